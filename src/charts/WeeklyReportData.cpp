// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <filesystem>
#include <future>
#include <map>

#include "salesops/charts/WeeklyReport.h"
#include "salesops/kpi/KpiEngine.h"

namespace salesops::charts {
namespace {

// What the area table and the leaderboard show; the engine skips the sources nobody asked for.
const std::vector<std::string> kTableKpis = {"visits",     "contacts", "contact_rate", "orders",
                                             "conversion", "hit_rate", "revenue"};

int64_t orders(const kpi::KpiRow& r) {
  const kpi::KpiValue v = r.now.value("orders");
  const auto* n = std::get_if<int64_t>(&v);
  return n ? *n : 0;
}

double conversion(const kpi::KpiRow& r) {
  const kpi::KpiValue v = r.now.value("conversion");
  const auto* d = std::get_if<double>(&v);
  return d ? *d : -1;
}

}  // namespace

Date defaultReportAsOf(const IsoWeek& week) { return week.sunday().addDays(1); }

Result<std::optional<IsoWeek>> lastCompleteWeekWithData(store::Store& store, Date today) {
  // A week is complete once its Sunday is over: look for data up to the last Sunday before today.
  const Date lastSunday = today.addDays(-(today.isoWeekday() % 7 == 0 ? 7 : today.isoWeekday()));
  auto last = kpi::lastDayWithData(store, lastSunday);
  if (!last) return last.error();
  if (!*last) return std::optional<IsoWeek>();
  return std::optional<IsoWeek>((*last)->isoWeek());
}

Result<WeeklyReportData> gatherWeeklyReport(store::Store& store, const WeeklyReportRequest& request) {
  WeeklyReportData d;
  d.week = request.week;
  d.period = Period{request.week.monday(), request.week.sunday()};
  d.asOf = request.asOf;
  d.storeName = std::filesystem::path(store.path()).filename().string();

  // The data-quality checks scan the whole store, the longest read of the pack: they run at the same
  // time on a connection of their own (SQLite connections are not shared between threads).
  auto quality = std::async(std::launch::async, [path = store.path(), today = request.today]() {
    auto own = store::Store::open(path, store::OpenMode::ReadOnly);
    if (!own) return Result<kpi::DataQualityReport>(own.error());
    return kpi::checkDataQuality(**own, kpi::DataQualityOptions{today, 3});
  });

  auto dashboard = kpi::buildDashboard(store, kpi::DashboardQuery{d.period, d.asOf, {}});
  if (!dashboard) return dashboard.error();
  d.dashboard = std::move(*dashboard);

  const kpi::KpiEngine engine(store);
  const std::vector<std::string> tileKpis(kpi::kTileKpis.begin(), kpi::kTileKpis.end());
  // The tiles share their period (all but the cohort tile read the week): one engine run per period
  // and comparison.
  struct Compared {
    kpi::KpiValues now, previousWeek, lastYear;
  };
  std::map<std::pair<int32_t, int32_t>, Compared> byPeriod;
  for (const kpi::Tile& tile : d.dashboard.tiles) {
    const std::pair<int32_t, int32_t> key{tile.period.from.days(), tile.period.to.days()};
    if (!byPeriod.count(key)) {
      Compared c;
      for (const kpi::Comparison cmp : {kpi::Comparison::LastWeek, kpi::Comparison::LastYear}) {
        auto rows = engine.run(kpi::KpiQuery{tile.period, d.asOf, {}, {}, cmp, tileKpis});
        if (!rows) return rows.error();
        if (rows->empty()) continue;
        c.now = rows->front().now;
        (cmp == kpi::Comparison::LastWeek ? c.previousWeek : c.lastYear) =
            rows->front().prev.value_or(kpi::KpiValues{});
      }
      byPeriod[key] = c;
    }
    const Compared& c = byPeriod[key];
    // A count's target is for a whole week, a rate's for any period of the week: neither fits the
    // cohort tile's four weeks.
    const std::optional<double> target = tile.period == d.period ? d.dashboard.target(tile.kpi) : std::nullopt;
    d.tiles.push_back(ReportTile{tile.kpi, tile.period, c.now, c.previousWeek, c.lastYear, target, {}});
    for (const kpi::TargetProgress& t : d.dashboard.targets)
      if (t.metric == tile.kpi) d.tiles.back().pacing.push_back(t);
  }

  auto areas = engine.run(kpi::KpiQuery{
      d.period, d.asOf, {kpi::Dimension::City, kpi::Dimension::Area}, {}, kpi::Comparison::LastWeek, kTableKpis});
  if (!areas) return areas.error();
  d.areas = std::move(*areas);

  auto reps = engine.run(kpi::KpiQuery{
      d.period, d.asOf, {kpi::Dimension::Rep, kpi::Dimension::Team}, {}, kpi::Comparison::LastWeek, kTableKpis});
  if (!reps) return reps.error();
  d.reps = std::move(*reps);
  // A rep who was out all week has a row only because of last week: not on this week's board.
  std::erase_if(d.reps, [](const kpi::KpiRow& r) { return r.now.visits == 0 && r.now.orders == 0; });
  std::stable_sort(d.reps.begin(), d.reps.end(), [](const kpi::KpiRow& a, const kpi::KpiRow& b) {
    if (orders(a) != orders(b)) return orders(a) > orders(b);
    return conversion(a) > conversion(b);
  });

  kpi::ExplainQuery explain;
  explain.kpi = "conversion";
  explain.period = d.period;
  explain.asOf = d.asOf;
  explain.by = kpi::Dimension::Area;
  explain.against = kpi::Comparison::LastWeek;
  auto explanation = kpi::explainChange(engine, explain);
  if (!explanation) return explanation.error();
  d.conversionByArea = std::move(*explanation);

  auto checked = quality.get();
  if (!checked) return checked.error();
  d.quality = std::move(*checked);
  return d;
}

}  // namespace salesops::charts
