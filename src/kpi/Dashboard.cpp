// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Dashboard.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "RowMapper.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/CancellationSource.h"

namespace salesops::kpi {
namespace {

constexpr int kTrendDays = 56;

Result<KpiValues> totals(const KpiEngine& engine, const DashboardQuery& q, const Period& p,
                         std::vector<std::string> only) {
  KpiQuery kq{p, q.asOf, {}, q.filters, std::nullopt, std::move(only)};
  auto rows = engine.run(kq);
  if (!rows) return rows.error();
  return rows->empty() ? KpiValues{} : rows->front().now;
}

std::optional<double> number(const KpiValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* m = std::get_if<Money>(&v)) return static_cast<double>(m->cents()) / 100.0;
  return std::nullopt;
}

std::optional<double> fourWeekAverage(const std::string& kpi, const std::vector<KpiValues>& weeks) {
  const KpiDefinition* def = findKpi(kpi);
  if (def && def->kind == KpiKind::Rate) {
    double num = 0, den = 0;
    for (const KpiValues& w : weeks)
      if (auto parts = w.parts(kpi)) {
        num += parts->numerator;
        den += parts->denominator;
      }
    return den > 0 ? std::optional<double>(num / den) : std::nullopt;
  }
  double sum = 0;
  for (const KpiValues& w : weeks) sum += number(w.value(kpi)).value_or(0);
  return weeks.empty() ? std::nullopt : std::optional<double>(sum / static_cast<double>(weeks.size()));
}

Result<std::vector<TrendPoint>> conversionTrend(const KpiEngine& engine, const DashboardQuery& q, const Period& trend) {
  KpiQuery kq{trend, q.asOf, {Dimension::Day}, q.filters, std::nullopt, {"conversion"}};
  auto rows = engine.run(kq);
  if (!rows) return rows.error();
  std::vector<RateParts> daily(static_cast<size_t>(trend.lengthDays()));
  for (const KpiRow& r : *rows) {
    const auto day = Date::parseIso(r.dims.front().text);
    if (!day || !trend.contains(*day)) continue;
    if (auto parts = r.now.parts("conversion")) daily[static_cast<size_t>(day->days() - trend.from.days())] = *parts;
  }
  std::vector<TrendPoint> out;
  double num7 = 0, den7 = 0;
  for (size_t i = 0; i < daily.size(); ++i) {
    num7 += daily[i].numerator;
    den7 += daily[i].denominator;
    if (i >= 7) {
      num7 -= daily[i - 7].numerator;
      den7 -= daily[i - 7].denominator;
    }
    TrendPoint p;
    p.day = trend.from.addDays(static_cast<int>(i));
    p.denominator = static_cast<int64_t>(daily[i].denominator);
    if (daily[i].denominator > 0) p.value = daily[i].numerator / daily[i].denominator;
    if (i >= 6 && den7 > 0) p.movingAverage = num7 / den7;
    out.push_back(p);
  }
  return out;
}

int64_t count(const KpiValues& v, const char* kpi) {
  const KpiValue value = v.value(kpi);
  const auto* n = std::get_if<int64_t>(&value);
  return n ? *n : 0;
}

}  // namespace

Comparison dashboardComparison(const Period& p) {
  return p.lengthDays() <= 7 ? Comparison::LastWeek : Comparison::Previous;
}

Result<std::optional<Date>> lastDayWithData(store::Store& store, Date today) {
  store::KpiSource source(store);
  store::FactQuery q;
  q.fromDay = today.addDays(-3660).days();
  q.toDay = today.days();
  q.groupBy = store::kKeyDay;
  auto facts = source.visits(q);
  if (!facts) return facts.error();
  std::optional<Date> last;
  for (const auto& f : *facts)
    if (f.visits > 0 && (!last || f.key.day > last->days())) last = Date::fromDays(f.key.day);
  return last;
}

Result<DashboardData> buildDashboard(store::Store& store, const DashboardQuery& q) {
  KpiEngine engine(store);
  DashboardData data;
  data.query = q;
  data.trendPeriod = Period{q.period.to.addDays(1 - kTrendDays), q.period.to};
  const Period mature{q.asOf.addDays(-14 - 27), q.asOf.addDays(-14)};
  // Every period below lies in these days: the period and the four before it (tiles, the previous
  // period of the tables and alerts), the trend, and the cohort tile's mature weeks and the four
  // before them. Their orders are read once.
  engine.keepOrders(Period{std::min({q.period.from.addDays(-std::max(28, q.period.lengthDays())), data.trendPeriod.from,
                                     mature.from.addDays(-28)}),
                           std::max(q.period.to, mature.to)});
  const std::vector<std::string> tileKpis(kTileKpis.begin(), kTileKpis.end());

  // The tiles' KPIs but the cohort one, whose tile reads its own mature periods.
  std::vector<std::string> periodKpis = tileKpis;
  std::erase(periodKpis, std::string("cancel_rate_14d"));
  // Only what the tiles and the funnel show (visits and orders): no address scan, no installs.
  std::vector<std::string> shown = periodKpis;
  shown.insert(shown.end(), {"pitches", "quotes", "installed"});
  auto now = totals(engine, q, q.period, shown);
  if (!now) return now.error();
  data.funnel = *now;
  // Tiles share their periods (all but the cohort tile look at the same four weeks), and a KPI's
  // value does not depend on what else is asked, so each period is read once for every tile. The
  // cohort tile's own five periods ask for its KPI alone: they need no visits, and reading them for
  // every tile KPI was a quarter of the whole dashboard.
  const std::vector<std::string> cohortKpis{"cancel_rate_14d"};
  std::map<std::tuple<int32_t, int32_t, bool>, KpiValues> byPeriod;
  const auto valuesOf = [&](const Period& p, bool cohort) -> Result<KpiValues> {
    const std::tuple<int32_t, int32_t, bool> key{p.from.days(), p.to.days(), cohort};
    if (auto it = byPeriod.find(key); it != byPeriod.end()) return it->second;
    auto v = totals(engine, q, p, cohort ? cohortKpis : periodKpis);
    if (!v) return v.error();
    return byPeriod[key] = *v;
  };
  for (const std::string& kpi : tileKpis) {
    const bool cohort = kpi == "cancel_rate_14d";
    const Period p = cohort ? mature : q.period;
    Tile tile{kpi, *now, {}, std::nullopt, p};
    if (cohort) {
      auto v = valuesOf(p, true);
      if (!v) return v.error();
      tile.now = *v;
    }
    std::vector<KpiValues> weeks;
    for (int w = 1; w <= 4; ++w) {
      auto v = valuesOf(p.shifted(-7 * w), cohort);
      if (!v) return v.error();
      weeks.push_back(*v);
    }
    tile.lastWeek = weeks.front();
    tile.fourWeekAverage = fourWeekAverage(kpi, weeks);
    data.tiles.push_back(std::move(tile));
  }

  auto trend = conversionTrend(engine, q, data.trendPeriod);
  if (!trend) return trend.error();
  data.conversionTrend = std::move(*trend);

  const Comparison compare = dashboardComparison(q.period);
  auto reps = engine.run({q.period,
                          q.asOf,
                          {Dimension::Rep},
                          q.filters,
                          compare,
                          {"visits", "contacts", "orders", "conversion", "hit_rate"}});
  if (!reps) return reps.error();
  data.reps = std::move(*reps);
  std::stable_sort(data.reps.begin(), data.reps.end(),
                   [](const KpiRow& a, const KpiRow& b) { return count(a.now, "orders") > count(b.now, "orders"); });
  auto areas = engine.run({q.period,
                           q.asOf,
                           {Dimension::Area},
                           q.filters,
                           compare,
                           {"visits", "contacts", "orders", "conversion", "hit_rate"}});
  if (!areas) return areas.error();
  data.areas = std::move(*areas);
  auto heat = engine.run({data.trendPeriod,
                          q.asOf,
                          {Dimension::Weekday, Dimension::Hour},
                          q.filters,
                          std::nullopt,
                          {"contacts", "orders", "conversion"}});
  if (!heat) return heat.error();
  data.heatmap = std::move(*heat);

  // Cancellation reasons: the filters resolved to ids exactly as the engine does.
  store::KpiSource source(store);
  auto repInfo = source.reps();
  if (!repInfo) return repInfo.error();
  auto areaInfo = source.areas();
  if (!areaInfo) return areaInfo.error();
  KpiQuery kq{data.trendPeriod, q.asOf, {}, q.filters, std::nullopt, {}};
  RowMapper mapper(kq, std::move(*repInfo), std::move(*areaInfo));
  store::FactQuery fq = mapper.filter();
  fq.fromDay = data.trendPeriod.from.days();
  fq.toDay = data.trendPeriod.to.days();
  auto reasons = store::cancellationReasons(store, fq, q.asOf.days());
  if (!reasons) return reasons.error();
  for (CancelReason r : allValues<CancelReason>()) {
    int64_t n = 0;
    for (const auto& c : *reasons)
      if (c.reason == static_cast<int>(r)) n += c.cancelled;
    if (n > 0) data.reasons.push_back({r, n});
  }
  std::stable_sort(data.reasons.begin(), data.reasons.end(),
                   [](const ReasonSlice& a, const ReasonSlice& b) { return a.cancelled > b.cancelled; });

  // A single day is too little for any change to be significant: alerts look at the week.
  data.alertPeriod = q.period.lengthDays() >= 7 ? q.period : Period{q.period.to.addDays(-6), q.period.to};
  auto alerts = findAlerts(engine, AlertQuery{data.alertPeriod, q.asOf, q.filters});
  if (!alerts) return alerts.error();
  data.alerts = std::move(*alerts);

  auto targets = selectionTargets(store, SelectionTargetQuery{q.period.to, q.asOf, q.filters});
  if (!targets) return targets.error();
  data.targets = std::move(*targets);
  return data;
}

const TargetProgress* DashboardData::targetProgress(std::string_view kpi, TargetHorizon horizon) const {
  for (const TargetProgress& t : targets)
    if (t.metric == kpi && t.horizon == horizon) return &t;
  return nullptr;
}

std::optional<double> DashboardData::target(std::string_view kpi) const {
  const TargetProgress* t = targetProgress(kpi, TargetHorizon::Week);
  return t ? std::optional<double>(t->target) : std::nullopt;
}

}  // namespace salesops::kpi
