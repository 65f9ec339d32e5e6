// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteQualitySource.h"

#include "Sqlite.h"

#include "salesops/core/Enums.h"
#include "salesops/store/StoreReader.h"

namespace salesops::store {
namespace {

constexpr int64_t kSecondsPerDay = 86400;
// The SQL below compares outcomes with this literal: the numbers are stored, never renumbered.
static_assert(static_cast<int>(Outcome::Sale) == 6);

// Row queries return the offending rows, in id order, with the rep's code (or NULL): offending
// rows are few in any store worth checking, so one pass gives counts and examples.
constexpr const char* kOrdersWithoutVisit =
    "SELECT o.order_id, o.ordered_at, c.code FROM orders o LEFT JOIN rep_code c ON c.id = o.rep "
    "WHERE o.visit_id = '' ORDER BY o.order_id";
constexpr const char* kInstalledBeforeOrdered =
    "SELECT o.order_id, o.ordered_at, o.installed_at, c.code FROM orders o LEFT JOIN rep_code c ON c.id = o.rep "
    "WHERE o.installed_at < o.ordered_at ORDER BY o.order_id";
// The order is unknown, so is its rep: NULL.
constexpr const char* kCancellationsOfUnknownOrders =
    "SELECT c.order_id, c.cancelled_at, NULL FROM cancellation c "
    "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = c.order_id) ORDER BY c.order_id";
constexpr const char* kCancelledBeforeOrdered =
    "SELECT c.order_id, o.ordered_at, c.cancelled_at, r.code FROM cancellation c "
    "JOIN orders o ON o.order_id = c.order_id LEFT JOIN rep_code r ON r.id = o.rep "
    "WHERE c.cancelled_at < o.ordered_at ORDER BY c.order_id";
constexpr const char* kFutureOrders =
    "SELECT o.order_id, o.ordered_at, o.installed_at, c.code FROM orders o LEFT JOIN rep_code c ON c.id = o.rep "
    "WHERE o.ordered_at >= ?1 OR o.installed_at >= ?1 ORDER BY o.order_id";
constexpr const char* kFutureCancellations =
    "SELECT c.order_id, c.cancelled_at, r.code FROM cancellation c LEFT JOIN orders o ON o.order_id = c.order_id "
    "LEFT JOIN rep_code r ON r.id = o.rep WHERE c.cancelled_at >= ?1 ORDER BY c.order_id";
constexpr const char* kOrdersOfUnknownReps =
    "SELECT o.order_id, c.code FROM orders o LEFT JOIN rep_code c ON c.id = o.rep "
    "WHERE o.rep NOT IN (SELECT rep FROM rep) ORDER BY o.order_id";
constexpr const char* kOrdersInUnknownAreas =
    "SELECT o.order_id, a.code, c.code FROM orders o LEFT JOIN area_code a ON a.id = o.area "
    "LEFT JOIN rep_code c ON c.id = o.rep WHERE o.area NOT IN (SELECT area FROM area) ORDER BY o.order_id";
// Orders with an unknown visit and orders on a visit without a sale both look their visit up by
// primary key, the dearest step of the check: one pass over the orders finds both.
constexpr const char* kOrdersAndTheirVisits =
    "SELECT o.order_id, o.visit_id, v.outcome, c.code FROM orders o "
    "LEFT JOIN visit v ON v.visit_id = o.visit_id LEFT JOIN rep_code c ON c.id = o.rep "
    "WHERE o.visit_id <> '' AND (v.visit_id IS NULL OR v.outcome <> 6) ORDER BY o.order_id";
constexpr const char* kLiveOrdersByAddress =
    "SELECT o.postcode, o.house_number, o.addition, o.ordered_at, o.order_id, o.rep FROM orders o "
    "WHERE o.postcode <> '' AND o.house_number > 0 AND o.order_id NOT IN (SELECT order_id FROM cancellation) "
    "ORDER BY 1, 2, 3, 4, 5";
constexpr const char* kRepCodes = "SELECT id, code FROM rep_code";

// Visits are counted from the rollup (rows: rep code, visits) and their examples read day by day:
// the first days with such visits, then each day's visits through its zone (?1 ?2 the zone's id
// range, ?3 ?4 the day's seconds, ?5 how many, ?6 the day).
constexpr const char* kFutureVisitCounts =
    "SELECT c.code, n FROM (SELECT rep, sum(visits) AS n FROM visit_rollup WHERE day > ?1 GROUP BY rep) "
    "LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kFutureVisitDays = "SELECT DISTINCT day FROM visit_rollup WHERE day > ?1 ORDER BY day LIMIT ?2";
constexpr const char* kFutureVisits =
    "SELECT v.visit_id, v.visited_at, c.code FROM visit v LEFT JOIN rep_code c ON c.id = v.rep "
    "WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 AND v.visited_at < ?4 ORDER BY v.visit_id LIMIT ?5";

constexpr const char* kUnknownRepVisitCounts =
    "SELECT c.code, n FROM (SELECT rep, sum(visits) AS n FROM visit_rollup "
    "WHERE rep NOT IN (SELECT rep FROM rep) GROUP BY rep) LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kUnknownRepVisitDays =
    "SELECT DISTINCT day FROM visit_rollup WHERE rep NOT IN (SELECT rep FROM rep) ORDER BY day LIMIT ?1";
constexpr const char* kUnknownRepVisits =
    "SELECT v.visit_id, c.code FROM visit v LEFT JOIN rep_code c ON c.id = v.rep "
    "WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 AND v.visited_at < ?4 "
    "AND v.rep NOT IN (SELECT rep FROM rep) ORDER BY v.visit_id LIMIT ?5";

constexpr const char* kUnknownAreaVisitCounts =
    "SELECT c.code, n FROM (SELECT rep, sum(visits) AS n FROM visit_rollup "
    "WHERE area NOT IN (SELECT area FROM area) GROUP BY rep) LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kUnknownAreaVisitDays =
    "SELECT DISTINCT day FROM visit_rollup WHERE area NOT IN (SELECT area FROM area) ORDER BY day LIMIT ?1";
constexpr const char* kUnknownAreaVisits =
    "SELECT v.visit_id, a.code, c.code FROM visit v LEFT JOIN area_code a ON a.id = v.area "
    "LEFT JOIN rep_code c ON c.id = v.rep WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 "
    "AND v.visited_at < ?4 AND v.area NOT IN (SELECT area FROM area) ORDER BY v.visit_id LIMIT ?5";

// A NULL active_from or active_to is an open end: the comparison is NULL, so it never matches.
constexpr const char* kInactiveVisitCounts =
    "SELECT c.code, n FROM (SELECT vr.rep AS rep, sum(vr.visits) AS n FROM visit_rollup vr "
    "JOIN rep r ON r.rep = vr.rep WHERE vr.day < r.active_from OR vr.day > r.active_to GROUP BY vr.rep) "
    "LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kInactiveVisitDays =
    "SELECT DISTINCT d.day FROM rep_day d JOIN rep r ON r.rep = d.rep "
    "WHERE d.day < r.active_from OR d.day > r.active_to ORDER BY d.day LIMIT ?1";
constexpr const char* kInactiveVisits =
    "SELECT v.visit_id, v.visited_at, c.code, r.active_from, r.active_to FROM visit v "
    "JOIN rep r ON r.rep = v.rep LEFT JOIN rep_code c ON c.id = v.rep "
    "WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 AND v.visited_at < ?4 "
    "AND (?6 < r.active_from OR ?6 > r.active_to) ORDER BY v.visit_id LIMIT ?5";

// The SQL of each query, in QualitySql's order.
#define SALESOPS_QUALITY_TEXT(name) k##name,
constexpr const char* kSql[] = {SALESOPS_QUALITY_SQL(SALESOPS_QUALITY_TEXT)};
#undef SALESOPS_QUALITY_TEXT

const char* sqlOf(QualitySql q) { return kSql[static_cast<size_t>(q)]; }

class StmtRow : public QualityRow {
 public:
  explicit StmtRow(const Stmt& s) : s_(s) {}
  bool isNull(int col) const override { return s_.isNull(col); }
  std::string_view text(int col) const override { return s_.text(col); }
  int64_t int64(int col) const override { return s_.int64(col); }

 private:
  const Stmt& s_;
};

class SqliteQualitySource : public QualitySource {
 public:
  SqliteQualitySource(Db& db, StoreReader& reader) : snapshot_(reader), db_(db) {}
  SqliteQualitySource(const SqliteQualitySource&) = delete;
  SqliteQualitySource& operator=(const SqliteQualitySource&) = delete;

  Result<void> each(std::string_view what, QualitySql q, const std::vector<int64_t>& params,
                    const EachRow& row) override {
    Stmt s = db_.prepare(sqlOf(q));
    if (!s.valid()) return failed(what);
    for (size_t i = 0; i < params.size(); ++i) s.bind(static_cast<int>(i) + 1, params[i]);
    return rows(what, s, row);
  }

  // Each day's visits are a short range of the visit primary key, its zone: the visit table is
  // never scanned whole (visits have no time index on SQLite).
  Result<void> visitsOfDay(std::string_view what, QualitySql q, int64_t day, int64_t limit,
                           const EachRow& row) override {
    Stmt zone = db_.prepare("SELECT first_id, last_id FROM visit_zone WHERE day = ?1");
    Stmt visits = db_.prepare(sqlOf(q));
    if (!zone.valid() || !visits.valid()) return failed(what);
    zone.bind(1, day);
    const int rc = zone.step();
    if (rc == SQLITE_DONE) return {};  // no visits that day
    if (rc != SQLITE_ROW) return failed(what);
    visits.bind(1, zone.text(0)).bind(2, zone.text(1));
    visits.bind(3, day * kSecondsPerDay).bind(4, (day + 1) * kSecondsPerDay).bind(5, limit).bind(6, day);
    return rows(what, visits, row);
  }

 private:
  Error failed(std::string_view what) const {
    return makeError("data-quality query (" + std::string(what) + ") failed: " + db_.error());
  }
  Result<void> rows(std::string_view what, Stmt& s, const EachRow& row) const {
    const StmtRow r(s);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) row(r);
    if (rc != SQLITE_DONE) return failed(what);
    return {};
  }

  const ReadSnapshot snapshot_;  ///< the one read transaction of every query
  Db& db_;
};

}  // namespace

std::unique_ptr<QualitySource> sqliteQualitySource(Db& db, StoreReader& reader) {
  return std::make_unique<SqliteQualitySource>(db, reader);
}

}  // namespace salesops::store
