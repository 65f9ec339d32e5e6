// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "salesops/demo/DemoSink.h"
#include "salesops/ingest/CsvWriter.h"

namespace salesops::demo {

/// Writes the demo data as the six CSV files of data-formats.md (canonical English headers, `,`,
/// `2026-11-03 17:45:00`, decimal points), which `salesops-cli import` reads back unchanged.
class CsvDemoSink final : public DemoSink {
 public:
  /// The files, in the order reps, areas, targets, visits, orders, cancellations.
  static constexpr std::array<std::string_view, 6> kFileNames = {"reps.csv",   "areas.csv",  "targets.csv",
                                                                 "visits.csv", "orders.csv", "cancellations.csv"};

  /// Creates `folder` when needed and the six files in it (replacing older ones), each with its
  /// header line. Fails when the folder or a file cannot be created.
  static Result<std::unique_ptr<CsvDemoSink>> open(const std::string& folder);

  Result<void> reps(const std::vector<ingest::RepRow>& rows) override;
  Result<void> areas(const std::vector<ingest::AreaRow>& rows) override;
  Result<void> targets(const std::vector<ingest::TargetRow>& rows) override;
  Result<void> visits(const std::vector<ingest::VisitRow>& rows) override;
  Result<void> orders(const std::vector<ingest::OrderRow>& rows) override;
  Result<void> cancellations(const std::vector<ingest::CancellationRow>& rows) override;
  /// Closes the files; fails when anything could not be written (e.g. a full disk).
  Result<void> finish() override;

 private:
  CsvDemoSink() = default;
  enum File { Reps, Areas, Targets, Visits, Orders, Cancellations };
  std::array<ingest::CsvWriter, 6> files_;
};

}  // namespace salesops::demo
