// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/KpiSource.h"

#include "InstallRollup.h"
#include "KpiSql.h"
#include "Sqlite.h"

namespace salesops::store {
namespace {

#define HOUR_OF(t) "(((" t " % 86400) + 86400) % 86400) / 3600"

constexpr KeyColumns kRollupKeys{"v.day", "v.hour", "v.rep", "v.area", "v.channel", nullptr};
constexpr KeyColumns kRawVisitKeys{"v.day", "v.hour", "v.rep", "v.area", "v.channel", nullptr};
constexpr KeyColumns kOrderKeys{SALESOPS_DAY_OF("o.ordered_at"), HOUR_OF("o.ordered_at"), "o.rep", "o.area",
                                "o.channel", "o.product"};

// Field time: each rep-day's span plus 5 minutes, shared by that rep-day's visits in proportion to
// their count, so any grouping (area, channel, hour) adds up to the rep-day's time.
constexpr const char* kRollupVisits =
    "WITH t AS (SELECT day, rep, sum(visits) AS n FROM visit_rollup WHERE day BETWEEN ?1 AND ?2 GROUP BY day, rep) "
    "SELECT {KEYS}, sum(v.visits), sum(v.not_home), sum(v.no_interest), sum(v.callback), sum(v.quote), "
    "sum(v.sale), sum(v.visits * (d.last_at - d.first_at + 300) * 1.0 / t.n) "
    "FROM visit_rollup v JOIN t ON t.day = v.day AND t.rep = v.rep "
    "JOIN rep_day d ON d.day = v.day AND d.rep = v.rep "
    "WHERE v.day BETWEEN ?1 AND ?2 AND " SALESOPS_FILTERS("v") " GROUP BY 1, 2, 3, 4, 5, 6";

// The same from the visit table alone (a full scan: no rollup, no zone), as a check on the rollups.
constexpr const char* kRawVisits =
    "WITH v AS (SELECT " SALESOPS_DAY_OF("visited_at") " AS day, " HOUR_OF("visited_at") " AS hour, visited_at, "
    "rep, area, channel, outcome FROM visit WHERE visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399), "
    "d AS (SELECT day, rep, count(*) AS n, max(visited_at) - min(visited_at) + 300 AS secs FROM v GROUP BY day, rep) "
    "SELECT {KEYS}, count(*), sum(v.outcome = 0), sum(v.outcome = 1), sum(v.outcome = 4), sum(v.outcome = 5), "
    "sum(v.outcome = 6), sum(d.secs * 1.0 / d.n) FROM v JOIN d ON d.day = v.day AND d.rep = v.rep "
    "WHERE " SALESOPS_FILTERS("v") " GROUP BY 1, 2, 3, 4, 5, 6";

// ?6: the first second after the as-of day; ?7: the first second of the day 13 days before as-of,
// so `ordered_at < ?7` means the order is at least 14 days old at as-of. A missing cancellation
// compares as NULL, which ifnull turns into "not cancelled".
constexpr const char* kOrders =
    "SELECT {KEYS}, count(*), sum(ifnull(c.cancelled_at < ?6, 0)), "
    "sum(ifnull(c.cancelled_at < ?6 AND (o.installed_at IS NULL OR c.cancelled_at < o.installed_at), 0)), "
    "sum(ifnull(o.installed_at < ?6, 0) AND NOT ifnull(c.cancelled_at < ?6, 0)), "
    "sum(CASE WHEN ifnull(c.cancelled_at < ?6, 0) THEN 0 ELSE ifnull(o.monthly_fee_cents, 0) END), "
    "sum(o.first_time_right IS 1), sum(o.first_time_right IS NOT NULL), sum(o.ordered_at < ?7), "
    "sum(o.ordered_at < ?7 AND ifnull(" SALESOPS_DAY_OF("c.cancelled_at") " - " SALESOPS_DAY_OF("o.ordered_at")
    " <= 14, 0)) "
    "FROM orders o LEFT JOIN cancellation c ON c.order_id = o.order_id "
    "WHERE o.ordered_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("o")
    " GROUP BY 1, 2, 3, 4, 5, 6";

FactKey readKey(const Stmt& s) {
  return FactKey{s.int32(0), s.int32(1), s.int64(2), s.int64(3), s.int32(4), std::string(s.text(5))};
}

}  // namespace

Result<std::vector<RepInfo>> KpiSource::reps() const {
  Stmt s = store_.db().prepare("SELECT c.id, c.code, r.team FROM rep_code c LEFT JOIN rep r ON r.rep = c.id");
  std::vector<RepInfo> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), std::string(s.text(1)),
                   s.isNull(2) ? std::nullopt : std::optional<std::string>(s.text(2))});
  if (!s.done()) return makeError("reading the reps failed: " + s.error());
  return out;
}

Result<std::vector<AreaInfo>> KpiSource::areas() const {
  Stmt s = store_.db().prepare(
      "SELECT c.id, c.code, a.city, ifnull(a.homes_passed, 0), a.bundling_threshold "
      "FROM area_code c LEFT JOIN area a ON a.area = c.id");
  std::vector<AreaInfo> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), std::string(s.text(1)),
                   s.isNull(2) ? std::nullopt : std::optional<std::string>(s.text(2)), s.int64(3),
                   s.isNull(4) ? std::nullopt : std::optional<double>(s.real(4))});
  if (!s.done()) return makeError("reading the areas failed: " + s.error());
  return out;
}

Result<std::vector<VisitFacts>> KpiSource::visits(const FactQuery& q) const {
  const bool raw = path_ == FactPath::Raw;
  Stmt s = store_.db().prepare(withKeys(raw ? kRawVisits : kRollupVisits, raw ? kRawVisitKeys : kRollupKeys,
                                        q.groupBy & ~unsigned(kKeyProduct)));
  const FilterJson f(q);
  f.bind(s, q);
  std::vector<VisitFacts> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({readKey(s), s.int64(6), s.int64(7), s.int64(8), s.int64(9), s.int64(10), s.int64(11),
                   s.real(12)});
  if (!s.done()) return makeError("reading the visits failed: " + s.error());
  return out;
}

Result<std::vector<OrderFacts>> KpiSource::orders(const FactQuery& q, int32_t asOfDay) const {
  Stmt s = store_.db().prepare(withKeys(kOrders, kOrderKeys, q.groupBy));
  const FilterJson f(q);
  f.bind(s, q);
  s.bind(6, (static_cast<int64_t>(asOfDay) + 1) * 86400).bind(7, (static_cast<int64_t>(asOfDay) - 13) * 86400);
  std::vector<OrderFacts> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({readKey(s), s.int64(6), s.int64(7), s.int64(8), s.int64(9), s.int64(10), s.int64(11),
                   s.int64(12), s.int64(13), s.int64(14)});
  if (!s.done()) return makeError("reading the orders failed: " + s.error());
  return out;
}

}  // namespace salesops::store
