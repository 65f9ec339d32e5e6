// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Dashboard.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/KpiDirection.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/StoreReader.h"

namespace salesops::kpi {
namespace {

constexpr int kTrendDays = 56;

// The values of `p` moved `shift` days back (0 or a negative multiple of 7), measured as long after
// its end as the period itself (its as-of and cut moved with it): how the engine compares periods,
// so a tile's "vs last week" is `kpi --compare last-week`'s.
Result<KpiValues> totals(const KpiEngine& engine, const DashboardQuery& q, const Period& p, int shift,
                         std::optional<DataCut> cut, std::vector<KpiId> only) {
  if (cut) cut->day = cut->day.addDays(shift);
  KpiQuery kq{p.shifted(shift), q.asOf.addDays(shift), {}, q.filters, std::nullopt, std::move(only), cut};
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

std::optional<double> fourWeekAverage(KpiId kpi, const std::vector<KpiValues>& weeks) {
  if (kpiDefinition(kpi).kind == KpiKind::Rate) {
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
  KpiQuery kq{trend, q.asOf, {Dimension::Day}, q.filters, std::nullopt, {KpiId::conversion}};
  auto rows = engine.run(kq);
  if (!rows) return rows.error();
  std::vector<RateParts> daily(static_cast<size_t>(trend.lengthDays()));
  for (const KpiRow& r : *rows) {
    const auto day = Date::parseIso(r.dims.front().text);
    if (!day || !trend.contains(*day)) continue;
    if (auto parts = r.now.parts(KpiId::conversion))
      daily[static_cast<size_t>(day->days() - trend.from.days())] = *parts;
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

int64_t count(const KpiValues& v, KpiId kpi) {
  const KpiValue value = v.value(kpi);
  const auto* n = std::get_if<int64_t>(&value);
  return n ? *n : 0;
}

}  // namespace

Significance tileChange(KpiId kpi, const KpiValues& now, const KpiValues& before) {
  if (const auto parts = now.parts(kpi)) {
    const auto prev = before.parts(kpi);
    return prev ? testSignificance(*parts, *prev) : Significance{};
  }
  if (kpi != KpiId::revenue)
    return testCountChange(number(now.value(kpi)).value_or(0), number(before.value(kpi)).value_or(0));
  // Revenue is a sum of fees, not a count: its chance spread is that of the orders behind it.
  Significance orders = testCountChange(static_cast<double>(count(now, KpiId::orders)),
                                        static_cast<double>(count(before, KpiId::orders)));
  Significance s = testCountChange(number(now.value(kpi)).value_or(0), number(before.value(kpi)).value_or(0));
  s.z = orders.z;
  s.verdict = orders.verdict;
  const bool sameWay = s.absoluteChange && ((orders.verdict == Verdict::SignificantUp && *s.absoluteChange > 0) ||
                                            (orders.verdict == Verdict::SignificantDown && *s.absoluteChange < 0));
  if (orders.significant() && !sameWay) s.verdict = Verdict::NotSignificant;
  return s;
}

Comparison dashboardComparison(const Period& p) {
  return p.lengthDays() <= 7 ? Comparison::LastWeek : Comparison::Previous;
}

Period matureCohortPeriod(const Period& period, Date asOf) {
  const Date end = std::min(period.to, asOf);
  return {end.addDays(-14 - 27), end.addDays(-14)};
}

void takeMatureCancellations(std::vector<KpiRow>& rows, const std::vector<KpiRow>& cohort) {
  std::map<std::vector<DimValue>, const KpiValues*> matured;
  for (const KpiRow& r : cohort) matured.emplace(r.dims, &r.now);
  const unsigned sources = rows.empty() ? kVisitSource | kOrderSource : rows.front().now.sources;
  for (KpiRow& r : rows) {
    const auto it = matured.find(r.dims);
    r.now.orders14d = it == matured.end() ? 0 : it->second->orders14d;
    r.now.cancelled14d = it == matured.end() ? 0 : it->second->cancelled14d;
    if (it != matured.end()) matured.erase(it);
  }
  const size_t before = rows.size();
  for (const KpiRow& r : cohort) {
    if (!matured.contains(r.dims) || r.now.orders14d == 0) continue;
    KpiRow added{r.dims, KpiValues{}, std::nullopt};
    added.now.sources = sources | kOrderSource;
    added.now.orders14d = r.now.orders14d;
    added.now.cancelled14d = r.now.cancelled14d;
    rows.push_back(std::move(added));
  }
  if (rows.size() != before)
    std::stable_sort(rows.begin(), rows.end(), [](const KpiRow& a, const KpiRow& b) { return a.dims < b.dims; });
}

Result<DashboardData> buildDashboard(store::Store& store, const DashboardQuery& q) {
  // Every figure and check of the page from one moment of the store.
  const store::ReadSnapshot snapshot(store.reader());
  KpiEngine engine(store);
  DashboardData data;
  data.query = q;
  auto clock = readDataClock(store, q.today.value_or(q.asOf));
  if (!clock) return clock.error();
  data.clock = *clock;
  data.cut = data.clock.cut(q.period);
  data.trendPeriod = Period{q.period.to.addDays(1 - kTrendDays), q.period.to};
  const Period mature = matureCohortPeriod(q.period, q.asOf);
  // The tiles compare like the tables (dashboardComparison): the same days a week earlier for up
  // to a week, else the period just before; the average is over four such steps back.
  const int step = dashboardComparison(q.period) == Comparison::LastWeek ? 7 : q.period.lengthDays();
  // Every period below lies in these days: the period and the four before it (tiles, the previous
  // period of the tables and alerts), the trend, and the cohort tile's mature weeks and the four
  // before them. Their orders are read once.
  engine.keepOrders(Period{
      std::min({q.period.from.addDays(-std::max(28, 4 * step)), data.trendPeriod.from, mature.from.addDays(-28)}),
      std::max(q.period.to, mature.to)});
  // The tiles' KPIs but the cohort one, whose tile reads its own mature periods.
  std::vector<KpiId> periodKpis(kTileKpis.begin(), kTileKpis.end());
  std::erase(periodKpis, KpiId::cancel_rate_14d);
  // Only what the tiles and the funnel show (visits and orders): no address scan, no installs.
  std::vector<KpiId> shown = periodKpis;
  shown.insert(shown.end(), {KpiId::pitches, KpiId::quotes, KpiId::installed});
  auto now = totals(engine, q, q.period, 0, data.cut, shown);
  if (!now) return now.error();
  data.funnel = *now;
  // Tiles share their periods (all but the cohort tile look at the same four weeks), and a KPI's
  // value does not depend on what else is asked, so each period is read once for every tile. The
  // cohort tile's own five periods ask for its KPI alone: they need no visits, and reading them for
  // every tile KPI was a quarter of the whole dashboard.
  const std::vector<KpiId> cohortKpis{KpiId::cancel_rate_14d};
  std::map<std::tuple<int32_t, int32_t, bool>, KpiValues> byPeriod;
  const auto valuesOf = [&](const Period& p, int shift, bool cohort) -> Result<KpiValues> {
    const std::tuple<int32_t, int32_t, bool> key{p.from.days() + shift, p.to.days() + shift, cohort};
    if (auto it = byPeriod.find(key); it != byPeriod.end()) return it->second;
    // The cohort tile's orders are all before any cut: it has none.
    auto v = totals(engine, q, p, shift, cohort ? std::nullopt : data.cut, cohort ? cohortKpis : periodKpis);
    if (!v) return v.error();
    return byPeriod[key] = *v;
  };
  for (KpiId kpi : kTileKpis) {
    const bool cohort = kpi == KpiId::cancel_rate_14d;
    const Period p = cohort ? mature : q.period;
    const int back = cohort ? 7 : step;  // the cohort tile's mature weeks move a week at a time
    Tile tile{kpi, *now, {}, std::nullopt, p, p.shifted(-back), {}};
    if (cohort) {
      auto v = valuesOf(p, 0, true);
      if (!v) return v.error();
      tile.now = *v;
    }
    std::vector<KpiValues> weeks;
    for (int w = 1; w <= 4; ++w) {
      auto v = valuesOf(p, -back * w, cohort);
      if (!v) return v.error();
      weeks.push_back(*v);
    }
    tile.lastWeek = weeks.front();
    tile.fourWeekAverage = fourWeekAverage(kpi, weeks);
    tile.change = tileChange(kpi, tile.now, tile.lastWeek);
    data.tiles.push_back(tile);
  }

  auto trend = conversionTrend(engine, q, data.trendPeriod);
  if (!trend) return trend.error();
  data.conversionTrend = std::move(*trend);

  // The tables compare like the tiles, cut alike when the period is in progress.
  const auto table = [&](Dimension by) {
    return engine.run({q.period,
                       q.asOf,
                       {by},
                       q.filters,
                       dashboardComparison(q.period),
                       {KpiId::visits, KpiId::contacts, KpiId::orders, KpiId::conversion, KpiId::hit_rate},
                       data.cut});
  };
  auto reps = table(Dimension::Rep);
  if (!reps) return reps.error();
  data.reps = std::move(*reps);
  std::stable_sort(data.reps.begin(), data.reps.end(), [](const KpiRow& a, const KpiRow& b) {
    return count(a.now, KpiId::orders) > count(b.now, KpiId::orders);
  });
  auto areas = table(Dimension::Area);
  if (!areas) return areas.error();
  data.areas = std::move(*areas);
  auto teams = table(Dimension::Team);
  if (!teams) return teams.error();
  data.teams = std::move(*teams);
  auto repCancellations =
      engine.run({mature, q.asOf, {Dimension::Rep}, q.filters, std::nullopt, {KpiId::cancel_rate_14d}});
  if (!repCancellations) return repCancellations.error();
  data.repCancellations = std::move(*repCancellations);
  auto heat = engine.run({data.trendPeriod,
                          q.asOf,
                          {Dimension::Weekday, Dimension::Hour},
                          q.filters,
                          std::nullopt,
                          {KpiId::contacts, KpiId::orders, KpiId::conversion}});
  if (!heat) return heat.error();
  data.heatmap = std::move(*heat);

  // Cancellation reasons: the Cancellations page's own figures, so the two cannot disagree.
  data.reasonsPeriod = cohortPeriod(q.period.to);
  auto cohorts = cancellationCohorts(store, CohortQuery{data.reasonsPeriod, q.asOf, q.filters, 0});
  if (!cohorts) return cohorts.error();
  data.reasons = std::move(cohorts->reasons);

  // A single day is too little for any change to be significant: alerts look at the week. They
  // compare whole periods, so they end with the last complete data day.
  const Date alertEnd =
      data.cut && data.clock.lastCompleteDay ? std::min(q.period.to, *data.clock.lastCompleteDay) : q.period.to;
  const int alertDays = std::max(7, q.period.lengthDays());
  data.alertPeriod = Period{alertEnd.addDays(1 - alertDays), alertEnd};
  auto alerts = findAlerts(engine, AlertQuery{data.alertPeriod, q.asOf, q.filters});
  if (!alerts) return alerts.error();
  data.alerts = std::move(*alerts);

  auto targets = selectionTargets(store, SelectionTargetQuery{q.period.to, q.asOf, q.filters});
  if (!targets) return targets.error();
  data.targets = std::move(*targets);

  // The attention strip: how fresh the data is and how many checks fail (filters do not apply).
  auto fresh = readFreshness(store, data.clock.today);
  if (!fresh) return fresh.error();
  data.attention.freshness = dashboardFreshness(*fresh, store.importLog());
  if (!q.qualityChecks) return data;
  auto quality = checkDataQuality(store, DataQualityOptions{q.asOf, 0});
  if (!quality) return quality.error();
  data.attention.failingChecks = quality->failingTitles();
  return data;
}

const TargetProgress* DashboardData::targetProgress(KpiId kpi, TargetHorizon horizon) const {
  for (const TargetProgress& t : targets)
    if (t.metric == kpiName(kpi) && t.horizon == horizon) return &t;
  return nullptr;
}

std::optional<double> DashboardData::target(KpiId kpi) const {
  const TargetProgress* t = targetProgress(kpi, TargetHorizon::Week);
  return t ? std::optional<double>(t->target) : std::nullopt;
}

std::optional<bool> DashboardData::meetsTarget(const Tile& tile) const {
  const auto target = tileTarget(tile);
  const auto value = number(tile.now.value(tile.kpi));
  if (!target || !value) return std::nullopt;
  return lowerIsBetter(tile.kpi) ? *value <= *target : *value >= *target;
}

std::optional<double> DashboardData::tileTarget(const Tile& tile) const {
  const bool applies =
      tile.period == query.period && (kpiDefinition(tile.kpi).kind == KpiKind::Rate || query.period.lengthDays() == 7);
  return applies ? target(tile.kpi) : std::nullopt;
}

}  // namespace salesops::kpi
