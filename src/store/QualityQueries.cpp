// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/QualityQueries.h"

#include <algorithm>
#include <map>

#include "Sqlite.h"

#include "salesops/core/Enums.h"
#include "salesops/store/StoreReader.h"

namespace salesops::store {
namespace {

constexpr int64_t kSecondsPerDay = 86400;
// The SQL below compares outcomes with this literal: the numbers are stored, never renumbered.
static_assert(static_cast<int>(Outcome::Sale) == 6);

std::string at(int64_t seconds) { return DateTime::fromSeconds(seconds).toString(); }
std::string str(std::string_view s) { return std::string(s); }
std::string textOrEmpty(const Stmt& s, int col) { return s.isNull(col) ? std::string() : str(s.text(col)); }

Error queryError(const Db& db, std::string_view what) {
  return makeError("data-quality query (" + std::string(what) + ") failed: " + db.error());
}

/// Adds `n` rows of `rep` to `out`; rows of an unknown rep (empty) count in the total only.
void addRepCount(std::string_view rep, int64_t n, QualityRows& out) {
  if (n == 0) return;
  out.count += n;
  if (rep.empty()) return;
  auto it = std::find_if(out.reps.begin(), out.reps.end(), [&](const QualityRepCount& r) { return r.rep == rep; });
  if (it == out.reps.end())
    out.reps.push_back({str(rep), n});
  else
    it->count += n;
}

std::string outcomeName(int64_t v) {
  return v >= 0 && v <= static_cast<int>(Outcome::Sale) ? str(toString(static_cast<Outcome>(v))) : std::to_string(v);
}

std::string dayOrOpen(const Stmt& s, int col) {
  return s.isNull(col) ? std::string("...") : Date::fromDays(static_cast<int32_t>(s.int64(col))).toString();
}

// Row queries return the offending rows, in id order, with the rep's code (or NULL) in the column
// passed to addRows: offending rows are few in any store worth checking, so one pass gives counts
// and examples.
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

// Visits are counted from the rollup (rows: rep code, visits) and their examples read day by day:
// the first days with such visits (?3 of them at most), then each day's visits through its zone.
constexpr const char* kFutureVisitCounts =
    "SELECT c.code, n FROM (SELECT rep, sum(visits) AS n FROM visit_rollup WHERE day > ?2 GROUP BY rep) "
    "LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kFutureVisitDays = "SELECT DISTINCT day FROM visit_rollup WHERE day > ?2 ORDER BY day LIMIT ?3";
constexpr const char* kFutureVisits =
    "SELECT v.visit_id, v.visited_at, c.code FROM visit v LEFT JOIN rep_code c ON c.id = v.rep "
    "WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 AND v.visited_at < ?4 ORDER BY v.visit_id LIMIT ?5";

constexpr const char* kUnknownRepVisitCounts =
    "SELECT c.code, n FROM (SELECT rep, sum(visits) AS n FROM visit_rollup "
    "WHERE rep NOT IN (SELECT rep FROM rep) GROUP BY rep) LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kUnknownRepVisitDays =
    "SELECT DISTINCT day FROM visit_rollup WHERE rep NOT IN (SELECT rep FROM rep) ORDER BY day LIMIT ?3";
constexpr const char* kUnknownRepVisits =
    "SELECT v.visit_id, c.code FROM visit v LEFT JOIN rep_code c ON c.id = v.rep "
    "WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 AND v.visited_at < ?4 "
    "AND v.rep NOT IN (SELECT rep FROM rep) ORDER BY v.visit_id LIMIT ?5";

constexpr const char* kUnknownAreaVisitCounts =
    "SELECT c.code, n FROM (SELECT rep, sum(visits) AS n FROM visit_rollup "
    "WHERE area NOT IN (SELECT area FROM area) GROUP BY rep) LEFT JOIN rep_code c ON c.id = rep";
constexpr const char* kUnknownAreaVisitDays =
    "SELECT DISTINCT day FROM visit_rollup WHERE area NOT IN (SELECT area FROM area) ORDER BY day LIMIT ?3";
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
    "WHERE d.day < r.active_from OR d.day > r.active_to ORDER BY d.day LIMIT ?3";
constexpr const char* kInactiveVisits =
    "SELECT v.visit_id, v.visited_at, c.code, r.active_from, r.active_to FROM visit v "
    "JOIN rep r ON r.rep = v.rep LEFT JOIN rep_code c ON c.id = v.rep "
    "WHERE v.visit_id BETWEEN ?1 AND ?2 AND v.visited_at >= ?3 AND v.visited_at < ?4 "
    "AND (?6 < r.active_from OR ?6 > r.active_to) ORDER BY v.visit_id LIMIT ?5";

}  // namespace

QualityQueries::QualityQueries(Db& db, Date asOf, int maxExamples)
    : db_(db), asOf_(asOf), maxExamples_(std::max(0, maxExamples)) {}

Result<std::unique_ptr<QualityQueries>> QualityQueries::open(Store& store, Date asOf, int maxExamples) {
  if (auto r = needsSqliteFile(store, "the data-quality check"); !r) return r.error();
  Db& db = store.db();
  auto q = std::unique_ptr<QualityQueries>(new QualityQueries(db, asOf, maxExamples));
  // A read transaction: all checks see one snapshot even while an import commits (WAL). Inside a
  // transaction the caller already holds, its snapshot is the one to read.
  if (sqlite3_get_autocommit(db.handle())) {
    if (auto r = db.exec("BEGIN"); !r) return makeError("cannot read the store: " + r.error().message);
    q->ownsTransaction_ = true;
  }
  return q;
}

QualityQueries::~QualityQueries() {
  if (ownsTransaction_) (void)db_.exec("COMMIT");
}

Result<void> QualityQueries::addRows(std::string_view what, std::string_view sql, int repCol,
                                     const ExampleOf& exampleOf, QualityRows& out) {
  Stmt s = db_.prepare(sql);
  if (!s.valid()) return queryError(db_, what);
  s.bind(1, futureFrom());
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    addRepCount(s.isNull(repCol) ? std::string_view() : s.text(repCol), 1, out);
    if (static_cast<int>(out.examples.size()) < maxExamples_) out.examples.push_back(exampleOf(s));
  }
  if (rc != SQLITE_DONE) return queryError(db_, what);
  return {};
}

Result<void> QualityQueries::addCounts(std::string_view what, std::string_view sql, QualityRows& out) {
  Stmt s = db_.prepare(sql);
  if (!s.valid()) return queryError(db_, what);
  s.bind(1, futureFrom()).bind(2, asOf_.days());
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) addRepCount(s.isNull(0) ? std::string_view() : s.text(0), s.int64(1), out);
  if (rc != SQLITE_DONE) return queryError(db_, what);
  return {};
}

// Visits are found through the rollups (which days) and then read day by day through the day's
// zone, a short range of the visit primary key; the visit table is never scanned whole.
Result<void> QualityQueries::addVisitExamples(std::string_view what, std::string_view daysSql,
                                              std::string_view visitSql, const ExampleOf& exampleOf, QualityRows& out) {
  if (out.count == 0 || static_cast<int>(out.examples.size()) >= maxExamples_) return {};
  Stmt days = db_.prepare(daysSql);
  Stmt zone = db_.prepare("SELECT first_id, last_id FROM visit_zone WHERE day = ?1");
  Stmt visits = db_.prepare(visitSql);
  if (!days.valid() || !zone.valid() || !visits.valid()) return queryError(db_, what);
  days.bind(2, asOf_.days()).bind(3, maxExamples_);
  int rc = SQLITE_DONE;
  while (static_cast<int>(out.examples.size()) < maxExamples_ && (rc = days.step()) == SQLITE_ROW) {
    const int64_t day = days.int64(0);
    zone.bind(1, day);
    if (zone.step() == SQLITE_ROW) {
      const std::string first = str(zone.text(0)), last = str(zone.text(1));
      visits.bind(1, std::string_view(first)).bind(2, std::string_view(last));
      visits.bind(3, day * kSecondsPerDay).bind(4, (day + 1) * kSecondsPerDay);
      visits.bind(5, maxExamples_ - static_cast<int>(out.examples.size())).bind(6, day);
      int vrc;
      while ((vrc = visits.step()) == SQLITE_ROW) out.examples.push_back(exampleOf(visits));
      visits.reset();
      if (vrc != SQLITE_DONE) return queryError(db_, what);
    }
    zone.reset();
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return queryError(db_, what);
  return {};
}

// Orders with an unknown visit and orders on a visit without a sale both look their visit up by
// primary key, the dearest step of the check: one pass over the orders finds both.
Result<void> QualityQueries::linkOrdersToVisits() {
  if (visitLinks_) return {};
  Stmt s = db_.prepare(
      "SELECT o.order_id, o.visit_id, v.outcome, c.code FROM orders o "
      "LEFT JOIN visit v ON v.visit_id = o.visit_id LEFT JOIN rep_code c ON c.id = o.rep "
      "WHERE o.visit_id <> '' AND (v.visit_id IS NULL OR v.outcome <> 6) ORDER BY o.order_id");
  if (!s.valid()) return queryError(db_, "orders and their visits");
  VisitLinks links;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    const bool unknown = s.isNull(2);  // outcome is NOT NULL in the table: NULL means no visit
    QualityRows& out = unknown ? links.unknown : links.notSale;
    addRepCount(s.isNull(3) ? std::string_view() : s.text(3), 1, out);
    if (static_cast<int>(out.examples.size()) >= maxExamples_) continue;
    std::string value = "visit_id " + str(s.text(1));
    if (!unknown) value += ", outcome " + outcomeName(s.int64(2));
    out.examples.push_back({str(s.text(0)), std::move(value), textOrEmpty(s, 3)});
  }
  if (rc != SQLITE_DONE) return queryError(db_, "orders and their visits");
  visitLinks_ = std::move(links);
  return {};
}

Result<QualityRows> QualityQueries::ordersWithUnknownVisit() {
  if (auto r = linkOrdersToVisits(); !r) return r.error();
  return visitLinks_->unknown;
}

Result<QualityRows> QualityQueries::ordersOnVisitWithoutSale() {
  if (auto r = linkOrdersToVisits(); !r) return r.error();
  return visitLinks_->notSale;
}

Result<QualityRows> QualityQueries::ordersWithoutVisit() {
  QualityRows out;
  if (auto r = addRows(
          "orders without a visit", kOrdersWithoutVisit, 2,
          [](const Stmt& s) {
            return QualityExample{str(s.text(0)), "ordered_at " + at(s.int64(1)), textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::installedBeforeOrdered() {
  QualityRows out;
  if (auto r = addRows(
          "installed before ordered", kInstalledBeforeOrdered, 3,
          [](const Stmt& s) {
            return QualityExample{str(s.text(0)), "ordered_at " + at(s.int64(1)) + ", installed_at " + at(s.int64(2)),
                                  textOrEmpty(s, 3)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::cancellationsOfUnknownOrders() {
  QualityRows out;
  if (auto r = addRows(
          "cancellations of unknown orders", kCancellationsOfUnknownOrders, 2,
          [](const Stmt& s) {
            return QualityExample{str(s.text(0)), "cancelled_at " + at(s.int64(1)), {}};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::cancelledBeforeOrdered() {
  QualityRows out;
  if (auto r = addRows(
          "cancelled before ordered", kCancelledBeforeOrdered, 3,
          [](const Stmt& s) {
            return QualityExample{str(s.text(0)), "ordered_at " + at(s.int64(1)) + ", cancelled_at " + at(s.int64(2)),
                                  textOrEmpty(s, 3)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::futureVisits() {
  QualityRows out;
  if (auto r = addCounts("visits in the future", kFutureVisitCounts, out); !r) return r.error();
  if (auto r = addVisitExamples(
          "visits in the future", kFutureVisitDays, kFutureVisits,
          [](const Stmt& s) {
            return QualityExample{str(s.text(0)), "visited_at " + at(s.int64(1)), textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::futureOrders() {
  QualityRows out;
  if (auto r = addRows(
          "orders in the future", kFutureOrders, 3,
          [cutoff = futureFrom()](const Stmt& s) {
            const bool ordered = s.int64(1) >= cutoff;
            return QualityExample{str(s.text(0)),
                                  ordered ? "ordered_at " + at(s.int64(1)) : "installed_at " + at(s.int64(2)),
                                  textOrEmpty(s, 3)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::futureCancellations() {
  QualityRows out;
  if (auto r = addRows(
          "cancellations in the future", kFutureCancellations, 2,
          [](const Stmt& s) {
            return QualityExample{str(s.text(0)), "cancelled_at " + at(s.int64(1)), textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::unknownReps() {
  QualityRows out;
  auto example = [](const Stmt& s) {
    return QualityExample{str(s.text(0)), "rep_id " + textOrEmpty(s, 1), textOrEmpty(s, 1)};
  };
  // Visits first (counts from the rollup, examples by day), then orders.
  if (auto r = addCounts("unknown reps", kUnknownRepVisitCounts, out); !r) return r.error();
  if (auto r = addVisitExamples("unknown reps", kUnknownRepVisitDays, kUnknownRepVisits, example, out); !r)
    return r.error();
  if (auto r = addRows("unknown reps", kOrdersOfUnknownReps, 1, example, out); !r) return r.error();
  return out;
}

Result<QualityRows> QualityQueries::unknownAreas() {
  QualityRows out;
  auto example = [](const Stmt& s) {
    return QualityExample{str(s.text(0)), "area " + textOrEmpty(s, 1), textOrEmpty(s, 2)};
  };
  if (auto r = addCounts("unknown areas", kUnknownAreaVisitCounts, out); !r) return r.error();
  if (auto r = addVisitExamples("unknown areas", kUnknownAreaVisitDays, kUnknownAreaVisits, example, out); !r)
    return r.error();
  if (auto r = addRows("unknown areas", kOrdersInUnknownAreas, 2, example, out); !r) return r.error();
  return out;
}

Result<QualityRows> QualityQueries::visitsOutsideActivePeriod() {
  QualityRows out;
  if (auto r = addCounts("visits outside the rep's active period", kInactiveVisitCounts, out); !r) return r.error();
  if (auto r = addVisitExamples(
          "visits outside the rep's active period", kInactiveVisitDays, kInactiveVisits,
          [](const Stmt& s) {
            return QualityExample{
                str(s.text(0)),
                "visited_at " + at(s.int64(1)) + ", active " + dayOrOpen(s, 3) + " to " + dayOrOpen(s, 4),
                textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::doubleOrders(int withinDays) {
  // The live orders (not cancelled, with an address) sorted by address and time; each is compared
  // with its neighbours at the same address here, as the rows stream by. One sort, no self-join,
  // and about half the time of SQL window functions (lag/lead) on the same sort.
  Stmt s = db_.prepare(
      "SELECT o.postcode, o.house_number, o.addition, o.ordered_at, o.order_id, o.rep FROM orders o "
      "WHERE o.postcode <> '' AND o.house_number > 0 AND o.order_id NOT IN (SELECT order_id FROM cancellation) "
      "ORDER BY 1, 2, 3, 4, 5");
  Stmt code = db_.prepare("SELECT code FROM rep_code WHERE id = ?1");
  if (!s.valid() || !code.valid()) return queryError(db_, "double orders");
  const int64_t window = static_cast<int64_t>(withinDays) * kSecondsPerDay;

  struct Live {
    int64_t at;
    std::string id;
    int64_t rep;
  };
  struct Shown {
    QualityExample example;
    std::vector<int64_t> reps;  // in order of appearance, once each
  };
  std::vector<Live> group;  // the orders at one address
  std::string postcode, addition;
  int64_t house = -1;
  std::map<int64_t, int64_t> perRep;
  std::vector<Shown> shown;
  QualityRows out;

  auto closeGroup = [&] {
    Shown* example = nullptr;
    for (size_t i = 0; i < group.size(); ++i) {
      const bool nearPrev = i > 0 && group[i].at - group[i - 1].at < window;
      const bool nearNext = i + 1 < group.size() && group[i + 1].at - group[i].at < window;
      if (!nearPrev && !nearNext) continue;
      ++out.count;
      ++perRep[group[i].rep];
      if (!example) {
        if (static_cast<int>(shown.size()) >= maxExamples_) continue;
        example = &shown.emplace_back();
        example->example.id = postcode + " " + std::to_string(house) + (addition.empty() ? "" : " " + addition);
      }
      std::string& value = example->example.value;
      value += (value.empty() ? "" : ", ") + group[i].id + " on " + at(group[i].at).substr(0, 10);
      if (std::find(example->reps.begin(), example->reps.end(), group[i].rep) == example->reps.end())
        example->reps.push_back(group[i].rep);
    }
  };

  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    if (s.text(0) != postcode || s.int64(1) != house || s.text(2) != addition) {
      closeGroup();
      group.clear();
      postcode = str(s.text(0));
      house = s.int64(1);
      addition = str(s.text(2));
    }
    group.push_back({s.int64(3), str(s.text(4)), s.int64(5)});
  }
  if (rc != SQLITE_DONE) return queryError(db_, "double orders");
  closeGroup();

  // Rep ids to codes, for the few reps concerned.
  std::map<int64_t, std::string> codes;
  for (const auto& [rep, n] : perRep) {
    code.bind(1, rep);
    if (code.step() == SQLITE_ROW) codes[rep] = str(code.text(0));
    code.reset();
    if (!codes[rep].empty()) out.reps.push_back({codes[rep], n});
  }
  for (Shown& sh : shown) {
    for (int64_t rep : sh.reps)
      if (!codes[rep].empty()) sh.example.rep += (sh.example.rep.empty() ? "" : ", ") + codes[rep];
    out.examples.push_back(std::move(sh.example));
  }
  return out;
}

}  // namespace salesops::store
