// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "salesops/store/StoreReader.h"
#include "salesops/store/pg/PgStore.h"

namespace salesops::store::pg {

/// The store reads on a PostgreSQL team server: the same tables and encodings as on SQLite, read
/// with bound parameters (PQexecParams), filters bound as arrays (`= ANY($3::bigint[])`). The server's
/// row-level security decides which rows a team lead gets; nothing here filters by team.
class PgReader : public StoreReader {
 public:
  explicit PgReader(std::unique_ptr<PgStore> server) : server_(std::move(server)) {}

  const PgStore& server() const { return *server_; }

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
  std::unique_ptr<PgStore> server_;
};

}  // namespace salesops::store::pg
