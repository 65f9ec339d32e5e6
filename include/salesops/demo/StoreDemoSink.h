// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>

#include "salesops/demo/DemoGenerator.h"
#include "salesops/demo/DemoSink.h"
#include "salesops/store/StoreWriter.h"

namespace salesops::demo {

/// Writes generated demo rows straight into the store, in one transaction, through the same writer
/// as an import (so rollups and re-run semantics are the import's).
class StoreDemoSink : public DemoSink {
 public:
  explicit StoreDemoSink(store::StoreWriter& writer) : writer_(writer) {}

  Result<void> reps(const std::vector<ingest::RepRow>& rows) override {
    return put(FileKind::Reps, rows, &ingest::RowBatch::reps);
  }
  Result<void> areas(const std::vector<ingest::AreaRow>& rows) override {
    return put(FileKind::Areas, rows, &ingest::RowBatch::areas);
  }
  Result<void> targets(const std::vector<ingest::TargetRow>& rows) override {
    return put(FileKind::Targets, rows, &ingest::RowBatch::targets);
  }
  Result<void> visits(const std::vector<ingest::VisitRow>& rows) override {
    return put(FileKind::Visits, rows, &ingest::RowBatch::visits);
  }
  Result<void> orders(const std::vector<ingest::OrderRow>& rows) override {
    return put(FileKind::Orders, rows, &ingest::RowBatch::orders);
  }
  Result<void> cancellations(const std::vector<ingest::CancellationRow>& rows) override {
    return put(FileKind::Cancellations, rows, &ingest::RowBatch::cancellations);
  }

  const store::WriteCounts& counts(FileKind kind) const { return counts_[static_cast<size_t>(kind)]; }

 private:
  template <class Row>
  Result<void> put(FileKind kind, const std::vector<Row>& rows, std::vector<Row> ingest::RowBatch::*member) {
    batch_.clear();
    batch_.*member = rows;
    auto written = writer_.write(kind, batch_);
    if (!written) return written.error();
    counts_[static_cast<size_t>(kind)] += *written;
    return {};
  }

  store::StoreWriter& writer_;
  ingest::RowBatch batch_;
  store::WriteCounts counts_[6];
};

using DemoCounts = std::array<store::WriteCounts, 6>;  ///< per FileKind

/// Generates demo data straight into `store`, all in one transaction (nothing on failure).
Result<DemoCounts> generateIntoStore(store::Store& store, const DemoOptions& options);

}  // namespace salesops::demo
