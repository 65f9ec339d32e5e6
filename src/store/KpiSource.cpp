// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/KpiSource.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "InstallRollup.h"
#include "KpiSql.h"
#include "OrderTally.h"
#include "Sqlite.h"
#include "salesops/core/Enums.h"

namespace salesops::store {
namespace {

#define HOUR_OF(t) "(((" t " % 86400) + 86400) % 86400) / 3600"

constexpr KeyColumns kRawVisitKeys{"v.day", "v.hour", "v.rep", "v.area", "v.channel", nullptr};
constexpr KeyColumns kOrderKeys{
    SALESOPS_DAY_OF("o.ordered_at"), HOUR_OF("o.ordered_at"), "o.rep", "o.area", "o.channel", "o.product"};

// Visits straight from the visit table (a full scan: no rollup, no zone), as a check on the rollups.
constexpr const char* kRawVisits =
    "WITH v AS (SELECT " SALESOPS_DAY_OF("visited_at") " AS day, " HOUR_OF("visited_at") " AS hour, visited_at, "
    "rep, area, channel, outcome FROM visit WHERE visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399), "
    "d AS (SELECT day, rep, count(*) AS n, max(visited_at) - min(visited_at) + 300 AS secs FROM v GROUP BY day, rep) "
    "SELECT {KEYS}, count(*), sum(v.outcome = 0), sum(v.outcome = 1), sum(v.outcome = 4), sum(v.outcome = 5), "
    "sum(v.outcome = 6), sum(d.secs * 1.0 / d.n), sum(v.channel = 0), sum(v.channel = 0 AND v.outcome = 0), "
    "sum(v.outcome = 2), sum(v.outcome = 3) "
    "FROM v JOIN d ON d.day = v.day AND d.rep = v.rep "
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
    " <= 14, 0)), sum(o.channel = 0) "
    "FROM orders o LEFT JOIN cancellation c ON c.order_id = o.order_id "
    "WHERE o.ordered_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("o")
    " GROUP BY 1, 2, 3, 4, 5, 6";

// The rollup path's orders: one range scan of the covering index orders_by_time (the cancellation
// is copied onto the order), summed here rather than in SQL, which costs several times more per row.
constexpr const char* kOrderRows =
    "SELECT o.ordered_at, o.rep, o.area, o.channel, o.monthly_fee_cents, o.installed_at, o.first_time_right, "
    "o.cancelled_at, {PRODUCT} FROM orders o INDEXED BY orders_by_time "
    "WHERE o.ordered_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("o");

int64_t floorDay(int64_t t) { return OrderTally::floorDay(t); }

FactKey readKey(const Stmt& s) {
  return FactKey{s.int32(0), s.int32(1), s.int64(2), s.int64(3), s.int32(4), std::string(s.text(5))};
}

}  // namespace

Result<std::vector<RepInfo>> KpiSource::reps() const {
  Stmt s = store_.db().prepare(
      "SELECT c.id, c.code, r.team, ifnull(r.name, '') FROM rep_code c LEFT JOIN rep r ON r.rep = c.id");
  std::vector<RepInfo> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), std::string(s.text(1)),
                   s.isNull(2) ? std::nullopt : std::optional<std::string>(s.text(2)), std::string(s.text(3))});
  if (!s.done()) return makeError("reading the reps failed: " + s.error());
  return out;
}

Result<std::vector<AreaInfo>> KpiSource::areas() const {
  Stmt s = store_.db().prepare(
      "SELECT c.id, c.code, a.city, ifnull(a.homes_passed, 0), a.bundling_threshold, ifnull(a.name, '') "
      "FROM area_code c LEFT JOIN area a ON a.area = c.id");
  std::vector<AreaInfo> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), std::string(s.text(1)),
                   s.isNull(2) ? std::nullopt : std::optional<std::string>(s.text(2)), s.int64(3),
                   s.isNull(4) ? std::nullopt : std::optional<double>(s.real(4)), std::string(s.text(5))});
  if (!s.done()) return makeError("reading the areas failed: " + s.error());
  return out;
}

Result<std::vector<VisitFacts>> KpiSource::visits(const FactQuery& q) const {
  if (path_ == FactPath::Rollup) return rollupVisits(q);
  Stmt s = store_.db().prepare(withKeys(kRawVisits, kRawVisitKeys, q.groupBy & ~unsigned(kKeyProduct)));
  const FilterJson f(q);
  f.bind(s, q);
  std::vector<VisitFacts> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({readKey(s), s.int64(6), s.int64(7), s.int64(8), s.int64(9), s.int64(10), s.int64(11), s.real(12),
                   s.int64(13), s.int64(14), s.int64(15), s.int64(16)});
  if (!s.done()) return makeError("reading the visits failed: " + s.error());
  return out;
}

Result<std::vector<OrderFacts>> KpiSource::orders(const FactQuery& q, int32_t asOfDay) const {
  if (path_ == FactPath::Rollup) return orderRows(q, asOfDay);
  Stmt s = store_.db().prepare(withKeys(kOrders, kOrderKeys, q.groupBy));
  const FilterJson f(q);
  f.bind(s, q);
  s.bind(6, (static_cast<int64_t>(asOfDay) + 1) * 86400).bind(7, (static_cast<int64_t>(asOfDay) - 13) * 86400);
  std::vector<OrderFacts> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({readKey(s), s.int64(6), s.int64(7), s.int64(8), s.int64(9), s.int64(10), s.int64(11), s.int64(12),
                   s.int64(13), s.int64(14), s.int64(15)});
  if (!s.done()) return makeError("reading the orders failed: " + s.error());
  return out;
}

void KpiSource::keepOrders(int32_t fromDay, int32_t toDay) {
  if (toDay < fromDay || toDay - fromDay + 1 > kMaxKeptDays) {
    kept_.reset();
    return;
  }
  kept_ = KeptOrders{fromDay, toDay, false, {}, {}};
}

Result<const std::vector<KpiSource::OrderRow>*> KpiSource::keptOrders(const FactQuery& q) const {
  if (!kept_ || q.fromDay < kept_->fromDay || q.toDay > kept_->toDay) return nullptr;
  const auto sameFilters = [](const FactQuery& a, const FactQuery& b) {
    return a.reps == b.reps && a.areas == b.areas && a.channels == b.channels;
  };
  if (kept_->loaded) return sameFilters(kept_->filters, q) ? &kept_->rows : nullptr;
  FactQuery all = q;
  all.fromDay = kept_->fromDay;
  all.toDay = kept_->toDay;
  std::string sql(kOrderRows);
  sql.replace(sql.find("{PRODUCT}"), 9, "o.product");
  Stmt s = store_.db().prepare(sql);
  const FilterJson f(all);
  f.bind(s, all);
  const auto nullable = [&s](int i) { return s.isNull(i) ? std::nullopt : std::optional<int64_t>(s.int64(i)); };
  std::vector<OrderRow> rows;
  while (s.step() == SQLITE_ROW)
    rows.push_back({s.int64(0), s.int64(1), s.int64(2), s.int32(3), nullable(4), nullable(5), nullable(6), nullable(7),
                    std::string(s.text(8))});
  if (!s.done()) return makeError("reading the orders failed: " + s.error());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const OrderRow& a, const OrderRow& b) { return a.orderedAt < b.orderedAt; });
  kept_->filters = all;
  kept_->rows = std::move(rows);
  kept_->loaded = true;
  return &kept_->rows;
}

// The same sums as kOrders, row by row (see OrderTally), from the kept rows when they cover the
// query, else read for it.
Result<std::vector<OrderFacts>> KpiSource::orderRows(const FactQuery& q, int32_t asOfDay) const {
  const OrderTally tally(asOfDay);
  std::map<FactKey, OrderFacts> groups;
  FactKey key;
  OrderFacts* last = nullptr;
  const auto add = [&](int64_t at, int64_t rep, int64_t area, int32_t channel, std::string_view product,
                       std::optional<int64_t> fee, std::optional<int64_t> installed, std::optional<int64_t> ftr,
                       std::optional<int64_t> cancelled) {
    FactKey k;
    if (q.groupBy & kKeyDay) k.day = static_cast<int32_t>(floorDay(at));
    if (q.groupBy & kKeyHour) k.hour = static_cast<int32_t>((((at % 86400) + 86400) % 86400) / 3600);
    if (q.groupBy & kKeyRep) k.rep = rep;
    if (q.groupBy & kKeyArea) k.area = area;
    if (q.groupBy & kKeyChannel) k.channel = channel;
    if (q.groupBy & kKeyProduct) k.product = product;
    if (!last || !(k == key)) {
      key = k;
      last = &groups.try_emplace(k).first->second;
    }
    tally.add(*last, at, channel, fee, installed, ftr, cancelled);
  };
  auto kept = keptOrders(q);
  if (!kept) return kept.error();
  if (const std::vector<OrderRow>* rows = *kept) {
    const int64_t from = static_cast<int64_t>(q.fromDay) * 86400, to = static_cast<int64_t>(q.toDay) * 86400 + 86399;
    const auto first = std::lower_bound(rows->begin(), rows->end(), from,
                                        [](const OrderRow& r, int64_t t) { return r.orderedAt < t; });
    for (auto it = first; it != rows->end() && it->orderedAt <= to; ++it)
      add(it->orderedAt, it->rep, it->area, it->channel, it->product, it->feeCents, it->installedAt, it->firstTimeRight,
          it->cancelledAt);
  } else {
    std::string sql(kOrderRows);
    sql.replace(sql.find("{PRODUCT}"), 9, (q.groupBy & kKeyProduct) ? "o.product" : "''");
    Stmt s = store_.db().prepare(sql);
    const FilterJson f(q);
    f.bind(s, q);
    const auto nullable = [&s](int i) { return s.isNull(i) ? std::nullopt : std::optional<int64_t>(s.int64(i)); };
    while (s.step() == SQLITE_ROW)
      add(s.int64(0), s.int64(1), s.int64(2), s.int32(3), s.text(8), nullable(4), nullable(5), nullable(6),
          nullable(7));
    if (!s.done()) return makeError("reading the orders failed: " + s.error());
  }
  std::vector<OrderFacts> out;
  out.reserve(groups.size());
  for (auto& [k, g] : groups) {
    g.key = k;
    out.push_back(std::move(g));
  }
  return out;
}

// Visits from visit_rollup and rep_day: the rollup rows of the days (a few thousand for eight
// weeks), summed here rather than in SQL. Field time: each rep-day's span plus 5 minutes, shared by
// that rep-day's visits in proportion to their count, so any grouping (area, channel, hour) adds up
// to the rep-day's time. The share is over all the rep-day's visits, also those the filters leave
// out, so the rows are read unfiltered and filtered here.
Result<std::vector<VisitFacts>> KpiSource::rollupVisits(const FactQuery& q) const {
  struct RepDay {
    int64_t visits = 0;
    int64_t seconds = -1;  ///< -1: no rep_day row (the join drops such visits)
  };
  std::map<std::pair<int32_t, int64_t>, RepDay> repDays;
  Stmt spans =
      store_.db().prepare("SELECT day, rep, last_at - first_at + 300 FROM rep_day WHERE day BETWEEN ?1 AND ?2");
  spans.bind(1, static_cast<int64_t>(q.fromDay)).bind(2, static_cast<int64_t>(q.toDay));
  while (spans.step() == SQLITE_ROW) repDays[{spans.int32(0), spans.int64(1)}].seconds = spans.int64(2);
  if (!spans.done()) return makeError("reading the visits failed: " + spans.error());

  struct Row {
    FactKey key;
    int32_t day;
    int64_t rep;
    int64_t counts[8];  ///< visits, not_home, no_interest, callback, quote, sale, already_customer, contract_lock_in
    bool d2d;
    bool kept;
  };
  std::vector<Row> rows;
  Stmt s = store_.db().prepare(
      "SELECT day, hour, rep, area, channel, visits, not_home, no_interest, callback, quote, sale, already_customer, "
      "contract_lock_in "
      "FROM visit_rollup WHERE day BETWEEN ?1 AND ?2");
  s.bind(1, static_cast<int64_t>(q.fromDay)).bind(2, static_cast<int64_t>(q.toDay));
  const auto in = [](const std::optional<std::vector<int64_t>>& set, int64_t v) {
    return !set || std::find(set->begin(), set->end(), v) != set->end();
  };
  while (s.step() == SQLITE_ROW) {
    Row r;
    r.day = s.int32(0);
    r.rep = s.int64(2);
    const int64_t area = s.int64(3), channel = s.int64(4);
    for (int i = 0; i < 8; ++i) r.counts[i] = s.int64(5 + i);
    repDays[{r.day, r.rep}].visits += r.counts[0];
    r.d2d = channel == static_cast<int64_t>(Channel::D2d);
    r.kept = in(q.reps, r.rep) && in(q.areas, area) && in(q.channels, channel);
    if (!r.kept) continue;
    r.key.day = (q.groupBy & kKeyDay) ? r.day : 0;
    r.key.hour = (q.groupBy & kKeyHour) ? s.int32(1) : 0;
    r.key.rep = (q.groupBy & kKeyRep) ? r.rep : 0;
    r.key.area = (q.groupBy & kKeyArea) ? area : 0;
    r.key.channel = (q.groupBy & kKeyChannel) ? static_cast<int32_t>(channel) : 0;
    rows.push_back(r);
  }
  if (!s.done()) return makeError("reading the visits failed: " + s.error());

  // A group's share of a rep-day is its visits that day x the rep-day's time / the rep-day's visits,
  // from the summed integer visits: a group holding the whole rep-day (by day, week, rep, or the
  // total) gets the rep-day's seconds exactly, and adding whole seconds is exact.
  std::map<FactKey, VisitFacts> groups;
  std::map<std::tuple<FactKey, int32_t, int64_t>, int64_t> shares;
  for (const Row& r : rows) {
    const RepDay& d = repDays[{r.day, r.rep}];
    if (d.seconds < 0) continue;
    VisitFacts& g = groups[r.key];
    g.visits += r.counts[0];
    g.notHome += r.counts[1];
    g.noInterest += r.counts[2];
    g.callback += r.counts[3];
    g.quote += r.counts[4];
    g.sale += r.counts[5];
    g.alreadyCustomer += r.counts[6];
    g.contractLockIn += r.counts[7];
    if (r.d2d) {
      g.d2dVisits += r.counts[0];
      g.d2dNotHome += r.counts[1];
    }
    shares[{r.key, r.day, r.rep}] += r.counts[0];
  }
  for (const auto& [k, visits] : shares) {
    const RepDay& d = repDays[{std::get<1>(k), std::get<2>(k)}];
    groups[std::get<0>(k)].fieldSeconds += static_cast<double>(visits * d.seconds) / static_cast<double>(d.visits);
  }
  std::vector<VisitFacts> out;
  out.reserve(groups.size());
  for (auto& [k, g] : groups) {
    g.key = k;
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace salesops::store
