// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/store/CohortSource.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/TargetSource.h"

namespace salesops::store {

class QualitySource;

/// One rep-day's field time: first to last visit plus five minutes (rep_day).
struct RepDaySpan {
  int32_t day = 0;
  int64_t rep = 0;
  int64_t seconds = 0;
};

/// One row of visit_rollup: the visits of one day, hour, rep, area and channel by outcome.
struct VisitRollupRow {
  int32_t day = 0;
  int32_t hour = 0;
  int64_t rep = 0;
  int64_t area = 0;
  int32_t channel = 0;
  /// visits, not_home, no_interest, callback, quote, sale, already_customer, contract_lock_in
  int64_t counts[8] = {};
};

/// Which table's latest time latestAt reads.
enum class LatestOf { Visit, Order, Cancellation };

/// The reads the KPI engine, the freshness clock, targets and the import log need from a store, as
/// rows of the tables both stores hold in the same encoding (days since 1970 local, times as local
/// seconds, reps and areas as ids). The sums over those rows are made once, above this interface
/// (KpiSource), so both stores give the same numbers by construction. One implementation reads the
/// SQLite file (SqliteReader), the other a PostgreSQL team server (pg/PgReader), where the server's
/// row-level security decides which rows a signed-in team lead gets.
class StoreReader {
 public:
  virtual ~StoreReader() = default;

  virtual Result<std::vector<RepInfo>> reps() = 0;
  virtual Result<std::vector<AreaInfo>> areas() = 0;
  /// rep_day rows of the days fromDay..toDay.
  virtual Result<std::vector<RepDaySpan>> repDays(int32_t fromDay, int32_t toDay) = 0;
  /// visit_rollup rows of the days fromDay..toDay (unfiltered: field time is shared over all of a
  /// rep-day's visits).
  virtual Result<std::vector<VisitRollupRow>> visitRollup(int32_t fromDay, int32_t toDay) = 0;
  /// The orders of the slice (q's days and filters), product only when `withProduct`.
  virtual Result<void> orders(const FactQuery& q, bool withProduct, const std::function<void(OrderRow&&)>& each) = 0;
  /// Every d2d visit of the slice (see KpiSource::forEachAddress).
  virtual Result<void> d2dAddresses(const FactQuery& q, const std::function<void(const VisitAddress&)>& each) = 0;
  /// The slice by postcode (its first `chars` characters, 4 or 6): see KpiSource::postcodes.
  virtual Result<std::vector<PostcodeFacts>> postcodes(const FactQuery& q, int32_t asOfDay, int chars) = 0;
  /// Active installs per area at the end of each of `days` (sorted, unique); an area without any
  /// may be left out.
  virtual Result<std::vector<ActiveInstalls>> activeInstalls(const std::vector<int32_t>& days,
                                                             const std::optional<std::vector<int64_t>>& areas) = 0;
  /// See store::cohortOrders.
  virtual Result<std::vector<CohortCount>> cohortOrders(const FactQuery& q, int32_t asOfDay) = 0;
  /// See TargetSource::targets.
  virtual Result<std::vector<StoredTarget>> targets(IsoWeek first, IsoWeek last) = 0;
  /// The latest time (local seconds) on or before the end of `untilDay`; nullopt when none.
  virtual Result<std::optional<int64_t>> latestAt(LatestOf what, int32_t untilDay) = 0;
  /// See store::repsByDay.
  virtual Result<std::map<int32_t, std::vector<std::string>>> repsByDay(int32_t fromDay, int32_t toDay) = 0;
  /// The import log, oldest first.
  virtual std::vector<ImportLogEntry> importLog() = 0;
  virtual int64_t generation() = 0;
  virtual TableCounts counts() = 0;
  /// The rows of the data-quality queries, in one read snapshot for as long as the source lives.
  virtual Result<std::unique_ptr<QualitySource>> qualitySource() = 0;
  /// Starts a read transaction, so that the reads until endSnapshot see the store at one moment,
  /// whatever an import commits meanwhile. Inside a transaction already open, its snapshot is the
  /// one read and nothing is started: false.
  virtual Result<bool> beginSnapshot() = 0;
  virtual void endSnapshot() = 0;
};

/// The reads while it lives see the store at one moment (StoreReader::beginSnapshot): the answers
/// of a KPI run, a dashboard or a pack agree with each other even while an import commits. Without
/// it, a `kpi` that read the visit rollups before an import's commit and the visits after it gave
/// 0 visits and 93,800 addresses.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(StoreReader& reader) : reader_(reader) {
    // A snapshot that cannot start (a lost connection) leaves the reads to fail on their own.
    auto begun = reader.beginSnapshot();
    own_ = begun && *begun;
  }
  ~ReadSnapshot() {
    if (own_) reader_.endSnapshot();
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  StoreReader& reader_;
  bool own_ = false;
};

/// An error naming `what` on a team server, for the reads that exist on SQLite only (the raw
/// fact path that checks the rollups, the postcode drill-down, the data-quality queries).
Result<void> needsSqliteFile(const Store& store, std::string_view what);

}  // namespace salesops::store
