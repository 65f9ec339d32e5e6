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
#include "salesops/store/StoreReader.h"

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

int64_t floorDay(int64_t t) { return OrderTally::floorDay(t); }

FactKey readKey(const Stmt& s) {
  return FactKey{s.int32(0), s.int32(1), s.int64(2), s.int64(3), s.int32(4), std::string(s.text(5))};
}

}  // namespace

Result<std::vector<RepInfo>> KpiSource::reps() const { return store_.reader().reps(); }

Result<std::vector<AreaInfo>> KpiSource::areas() const { return store_.reader().areas(); }

Result<std::vector<VisitFacts>> KpiSource::visits(const FactQuery& q) const {
  if (path_ == FactPath::Rollup) return rollupVisits(q);
  if (auto r = needsSqliteFile(store_, "the raw fact path"); !r) return r.error();
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
  if (auto r = needsSqliteFile(store_, "the raw fact path"); !r) return r.error();
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

StoreReader& KpiSource::reader() const { return store_.reader(); }

void KpiSource::keepOrders(int32_t fromDay, int32_t toDay) const {
  // Days already kept stay kept (the dashboard keeps its alerts' days and more).
  if (kept_ && kept_->fromDay <= fromDay && toDay <= kept_->toDay) return;
  if (toDay < fromDay || toDay - fromDay + 1 > kMaxKeptDays) {
    kept_.reset();
    return;
  }
  kept_ = KeptOrders{fromDay, toDay, false, {}, {}};
}

Result<const std::vector<OrderRow>*> KpiSource::keptOrders(const FactQuery& q) const {
  if (!kept_ || q.fromDay < kept_->fromDay || q.toDay > kept_->toDay) return nullptr;
  const auto sameFilters = [](const FactQuery& a, const FactQuery& b) {
    return a.reps == b.reps && a.areas == b.areas && a.channels == b.channels;
  };
  if (kept_->loaded) return sameFilters(kept_->filters, q) ? &kept_->rows : nullptr;
  FactQuery all = q;
  all.fromDay = kept_->fromDay;
  all.toDay = kept_->toDay;
  std::vector<OrderRow> rows;
  if (auto r = store_.reader().orders(all, true, [&rows](OrderRow&& row) { rows.push_back(std::move(row)); }); !r)
    return r.error();
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
    auto r = store_.reader().orders(q, (q.groupBy & kKeyProduct) != 0, [&](OrderRow&& o) {
      add(o.orderedAt, o.rep, o.area, o.channel, o.product, o.feeCents, o.installedAt, o.firstTimeRight, o.cancelledAt);
    });
    if (!r) return r.error();
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
  auto spans = store_.reader().repDays(q.fromDay, q.toDay);
  if (!spans) return spans.error();
  for (const RepDaySpan& d : *spans) repDays[{d.day, d.rep}].seconds = d.seconds;

  struct Row {
    FactKey key;
    int32_t day;
    int64_t rep;
    int64_t counts[8];  ///< visits, not_home, no_interest, callback, quote, sale, already_customer, contract_lock_in
    bool d2d;
    bool kept;
  };
  std::vector<Row> rows;
  auto rollup = store_.reader().visitRollup(q.fromDay, q.toDay);
  if (!rollup) return rollup.error();
  const auto in = [](const std::optional<std::vector<int64_t>>& set, int64_t v) {
    return !set || std::find(set->begin(), set->end(), v) != set->end();
  };
  for (const VisitRollupRow& v : *rollup) {
    Row r;
    r.day = v.day;
    r.rep = v.rep;
    for (int i = 0; i < 8; ++i) r.counts[i] = v.counts[i];
    repDays[{r.day, r.rep}].visits += r.counts[0];
    r.d2d = v.channel == static_cast<int32_t>(Channel::D2d);
    r.kept = in(q.reps, r.rep) && in(q.areas, v.area) && in(q.channels, v.channel);
    if (!r.kept) continue;
    r.key.day = (q.groupBy & kKeyDay) ? r.day : 0;
    r.key.hour = (q.groupBy & kKeyHour) ? v.hour : 0;
    r.key.rep = (q.groupBy & kKeyRep) ? r.rep : 0;
    r.key.area = (q.groupBy & kKeyArea) ? v.area : 0;
    r.key.channel = (q.groupBy & kKeyChannel) ? v.channel : 0;
    rows.push_back(r);
  }

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
  // Each group's shares are added smallest first: rep ids are interned in import order, which
  // differs between stores of the same data (SQLite, a team server), and adding the same
  // fractions in another order can change the last digit.
  std::map<FactKey, std::vector<double>> parts;
  for (const auto& [k, visits] : shares) {
    const RepDay& d = repDays[{std::get<1>(k), std::get<2>(k)}];
    parts[std::get<0>(k)].push_back(static_cast<double>(visits * d.seconds) / static_cast<double>(d.visits));
  }
  for (auto& [k, p] : parts) {
    std::sort(p.begin(), p.end());
    double& sum = groups[k].fieldSeconds;
    for (double x : p) sum += x;
  }
  std::vector<VisitFacts> out;
  out.reserve(groups.size());
  for (auto& [k, g] : groups) {
    g.key = k;
    out.push_back(std::move(g));
  }
  return inCodeOrder(std::move(out), q.groupBy);
}

// The engine adds field seconds up in the order of the groups; by rep and area code, not id, that
// order is the same on every store of the same data.
Result<std::vector<VisitFacts>> KpiSource::inCodeOrder(std::vector<VisitFacts> facts, unsigned groupBy) const {
  std::map<int64_t, std::string> repCodes, areaCodes;
  if (groupBy & kKeyRep) {
    auto reps = store_.reader().reps();
    if (!reps) return reps.error();
    for (RepInfo& r : *reps) repCodes.emplace(r.id, std::move(r.code));
  }
  if (groupBy & kKeyArea) {
    auto areas = store_.reader().areas();
    if (!areas) return areas.error();
    for (AreaInfo& a : *areas) areaCodes.emplace(a.id, std::move(a.code));
  }
  const auto sortKey = [&](const FactKey& k) {
    return std::tie(k.day, k.hour, repCodes[k.rep], areaCodes[k.area], k.channel);
  };
  std::sort(facts.begin(), facts.end(),
            [&](const VisitFacts& a, const VisitFacts& b) { return sortKey(a.key) < sortKey(b.key); });
  return facts;
}

}  // namespace salesops::store
