// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sqlite.h"

#include "salesops/store/StoreReader.h"

namespace salesops::store {

/// The store reads on the local SQLite file. Orders come through the covering index orders_by_time
/// (their cancellation copied onto them), addresses through the day zones, active installs from
/// install_rollup: see the statements in SqliteReader.cpp.
class SqliteReader : public StoreReader {
 public:
  explicit SqliteReader(Db& db) : db_(db) {}

  Result<std::vector<RepInfo>> reps() override;
  Result<std::vector<AreaInfo>> areas() override;
  Result<std::vector<RepDaySpan>> repDays(int32_t fromDay, int32_t toDay) override;
  Result<std::vector<VisitRollupRow>> visitRollup(int32_t fromDay, int32_t toDay) override;
  Result<void> orders(const FactQuery& q, bool withProduct, const std::function<void(OrderRow&&)>& each) override;
  Result<void> d2dAddresses(const FactQuery& q, const std::function<void(const VisitAddress&)>& each) override;
  Result<std::vector<PostcodeFacts>> postcodes(const FactQuery& q, int32_t asOfDay, int chars) override;
  Result<std::vector<ActiveInstalls>> activeInstalls(const std::vector<int32_t>& days,
                                                     const std::optional<std::vector<int64_t>>& areas) override;
  Result<std::vector<CohortCount>> cohortOrders(const FactQuery& q, int32_t asOfDay) override;
  Result<std::vector<StoredTarget>> targets(IsoWeek first, IsoWeek last) override;
  Result<std::optional<int64_t>> latestAt(LatestOf what, int32_t untilDay) override;
  Result<std::map<int32_t, std::vector<std::string>>> repsByDay(int32_t fromDay, int32_t toDay) override;
  std::vector<ImportLogEntry> importLog() override;
  int64_t generation() override;
  TableCounts counts() override;
  Result<std::unique_ptr<QualitySource>> qualitySource() override;
  Result<bool> beginSnapshot() override;
  void endSnapshot() override;

 private:
  Db& db_;
};

/// The postcode breakdown on a SQLite file (KpiSourcePostcodes.cpp): through the day zones and the
/// order index, or straight from the rows (`raw`, the engine's independent path).
Result<std::vector<PostcodeFacts>> sqlitePostcodes(Db& db, const FactQuery& q, int32_t asOfDay, int chars, bool raw);

/// Calls `each` for every row of `s`, a statement selecting visited_at, rep, area, postcode,
/// house_number, addition.
Result<void> eachAddress(Stmt& s, const std::function<void(const VisitAddress&)>& each);

/// Reads one import_log row of a statement that selects kImportLogColumns (Store.cpp).
ImportLogEntry readImportLogEntry(const Stmt& s);
/// `SELECT <the import log's columns> FROM import_log `, ready for a WHERE or ORDER BY.
extern const char* const kImportLogSelect;

}  // namespace salesops::store
