// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "Backends.h"

#include "salesops/ingest/Rows.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/Store.h"

namespace salesops::kpi::testing {

using salesops::testing::Backend;

/// A fresh store, removed with the object: a SQLite file in a temp folder, or a database of its own
/// on the PostgreSQL test server (set up as `server init` does). Rows are written through the
/// store's own import writer, so rollups are kept exactly as an import keeps them, and read through
/// store::Store, as the program reads either kind of store.
class KpiTestStore {
 public:
  explicit KpiTestStore(Backend backend = Backend::Sqlite);
  ~KpiTestStore();
  KpiTestStore(const KpiTestStore&) = delete;
  KpiTestStore& operator=(const KpiTestStore&) = delete;
  store::Store& store() { return *store_; }
  /// Where imports go: the SQLite store itself, or the server's PgStore.
  store::ImportTarget& importTarget() { return writer_ ? *writer_ : *store_; }
  bool onServer() const { return backend_ == Backend::Postgresql; }
  /// The fact paths this store reads: FactPath::Raw reads SQLite's tables straight and has no
  /// server counterpart, so a team store has the rollup path only.
  std::vector<store::FactPath> paths() const;

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
  /// Writes what was added since the last commit, one kind after another: on SQLite in one
  /// transaction, on a server as one import per kind (its import writer takes one kind of file).
  void commit();
  /// Adds every row of `batch` and commits them, as commit() does.
  void write(ingest::RowBatch batch);
  /// Records an import in the log (nothing else changes), as an import of that file would.
  void logImport(const store::ImportLogEntry& entry);

  Result<std::vector<KpiRow>> run(const KpiQuery& q, store::FactPath path = store::FactPath::Rollup);

 private:
  Backend backend_;
  std::filesystem::path dir_;
  std::string database_;  ///< on the server: this store's database, dropped with it
  std::unique_ptr<store::ImportTarget> writer_;
  std::unique_ptr<store::Store> store_;
  ingest::RowBatch batch_;
};

DateTime at(const std::string& text);
Date day(const std::string& text);

}  // namespace salesops::kpi::testing
