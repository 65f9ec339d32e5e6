// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "salesops/ingest/Rows.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/Store.h"

namespace salesops::kpi::testing {

/// A store in a fresh temp folder (removed with the object), filled through the store's own
/// writer, so rollups are kept exactly as an import keeps them.
class KpiTestStore {
 public:
  KpiTestStore();
  ~KpiTestStore();
  store::Store& store() { return *store_; }

  void rep(const std::string& id, const std::string& team);
  void area(const std::string& code, const std::string& city, int64_t homes, std::optional<double> threshold = {});
  /// `at` as `YYYY-MM-DD HH:MM`.
  void visit(const std::string& id, const std::string& at, const std::string& rep, const std::string& area,
             Outcome outcome, Channel channel, const std::string& postcode, int house,
             const std::string& addition = "");
  void order(const std::string& id, const std::string& at, const std::string& rep, const std::string& area,
             Channel channel, const std::string& product, std::optional<int64_t> feeCents,
             const std::string& installedAt = "", std::optional<bool> firstTimeRight = {},
             const std::string& postcode = "1000AA");
  void target(const std::string& week, TargetLevel level, const std::string& key, const std::string& metric,
              double value);
  void cancel(const std::string& orderId, const std::string& at, CancelReason reason = CancelReason::CoolingOff);
  /// Writes what was added since the last commit, one kind after another, in one transaction.
  void commit();

  Result<std::vector<KpiRow>> run(const KpiQuery& q, store::FactPath path = store::FactPath::Rollup);

 private:
  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  ingest::RowBatch batch_;
};

DateTime at(const std::string& text);
Date day(const std::string& text);

}  // namespace salesops::kpi::testing
