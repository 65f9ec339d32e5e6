// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/WeeklyPack.h"

#include <algorithm>
#include <filesystem>
#include <future>

#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/VisitClock.h"

namespace salesops::kpi {
namespace {

// What the area table and the leaderboard show; the engine skips the sources nobody asked for.
const std::vector<std::string> kTableKpis = {"visits", "contacts", "contact_rate", "orders",
                                             "conversion", "hit_rate", "revenue"};

int64_t orders(const KpiRow& r) {
  const KpiValue v = r.now.value("orders");
  const auto* n = std::get_if<int64_t>(&v);
  return n ? *n : 0;
}

double conversion(const KpiRow& r) {
  const KpiValue v = r.now.value("conversion");
  const auto* d = std::get_if<double>(&v);
  return d ? *d : -1;
}

}  // namespace

Result<std::optional<IsoWeek>> lastCompleteWeekWithData(store::Store& store, Date today) {
  // A week is complete once its Sunday is over: look for data up to the last Sunday before today.
  const Date lastSunday = today.addDays(-(today.isoWeekday() % 7 == 0 ? 7 : today.isoWeekday()));
  auto last = store::latestVisitAt(store, lastSunday.days());
  if (!last) return last.error();
  if (!*last) return std::optional<IsoWeek>();
  return std::optional<IsoWeek>((*last)->date().isoWeek());
}

Result<WeeklyPack> buildWeeklyPack(store::Store& store, const WeeklyPackRequest& request) {
  WeeklyPack d;
  d.week = request.week;
  d.period = Period{request.week.monday(), request.week.sunday()};
  d.asOf = request.asOf;
  d.storeName = std::filesystem::path(store.path()).filename().string();

  // The data-quality checks scan the whole store, the longest read of the pack: they run at the same
  // time on a connection of their own (SQLite connections are not shared between threads).
  auto quality = std::async(std::launch::async, [path = store.path(), today = request.today]() {
    auto own = store::Store::open(path, store::OpenMode::ReadOnly);
    if (!own) return Result<DataQualityReport>(own.error());
    return checkDataQuality(**own, DataQualityOptions{today, 3});
  });

  // The cover's tiles are the window's tiles for the week: one builder, one set of numbers.
  auto dashboard = buildDashboard(store, DashboardQuery{d.period, d.asOf, {}, request.today});
  if (!dashboard) return dashboard.error();
  d.dashboard = std::move(*dashboard);
  const std::optional<DataCut> cut = d.dashboard.cut;

  const KpiEngine engine(store);
  const std::vector<std::string> tileKpis(kTileKpis.begin(), kTileKpis.end());
  for (const Tile& tile : d.dashboard.tiles) {
    PackTile t{tile.kpi, tile.period, tile.now, tile.lastWeek, {}, std::nullopt};
    const bool cohort = tile.period != d.period;
    auto rows = engine.run(
        KpiQuery{tile.period, d.asOf, {}, {}, Comparison::LastYear, {tile.kpi}, cohort ? std::nullopt : cut});
    if (!rows) return rows.error();
    if (!rows->empty()) t.lastYear = rows->front().prev.value_or(KpiValues{});
    // A count's target is for a whole week, a rate's for any period of the week: neither fits the
    // cohort tile's four weeks.
    if (!cohort) t.target = d.dashboard.target(tile.kpi);
    for (const TargetProgress& progress : d.dashboard.targets)
      if (progress.metric == tile.kpi) t.pacing.push_back(progress);
    d.tiles.push_back(std::move(t));
  }

  auto areas = engine.run(
      KpiQuery{d.period, d.asOf, {Dimension::City, Dimension::Area}, {}, Comparison::LastWeek, kTableKpis, cut});
  if (!areas) return areas.error();
  d.areas = std::move(*areas);

  auto reps = engine.run(
      KpiQuery{d.period, d.asOf, {Dimension::Rep, Dimension::Team}, {}, Comparison::LastWeek, kTableKpis, cut});
  if (!reps) return reps.error();
  d.reps = std::move(*reps);
  // A rep who was out all week has a row only because of last week: not on this week's board.
  std::erase_if(d.reps, [](const KpiRow& r) { return r.now.visits == 0 && r.now.orders == 0; });
  std::stable_sort(d.reps.begin(), d.reps.end(), [](const KpiRow& a, const KpiRow& b) {
    if (orders(a) != orders(b)) return orders(a) > orders(b);
    return conversion(a) > conversion(b);
  });

  ExplainQuery explain;
  explain.kpi = "conversion";
  explain.period = d.period;
  explain.asOf = d.asOf;
  explain.by = Dimension::Area;
  explain.against = Comparison::LastWeek;
  explain.cut = cut;
  auto explanation = explainChange(engine, explain);
  if (!explanation) return explanation.error();
  d.conversionByArea = std::move(*explanation);

  auto checked = quality.get();
  if (!checked) return checked.error();
  d.quality = std::move(*checked);
  return d;
}

}  // namespace salesops::kpi
