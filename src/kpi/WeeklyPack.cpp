// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/WeeklyPack.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <set>

#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/StoreReader.h"
#include "salesops/store/VisitClock.h"

namespace salesops::kpi {
namespace {

// What the area table and the leaderboard show; the engine skips the sources nobody asked for.
const std::vector<KpiId> kTableKpis = {KpiId::visits,     KpiId::contacts, KpiId::contact_rate, KpiId::orders,
                                       KpiId::conversion, KpiId::hit_rate, KpiId::revenue};

int64_t orders(const KpiRow& r) {
  const KpiValue v = r.now.value(KpiId::orders);
  const auto* n = std::get_if<int64_t>(&v);
  return n ? *n : 0;
}

double conversion(const KpiRow& r) {
  const KpiValue v = r.now.value(KpiId::conversion);
  const auto* d = std::get_if<double>(&v);
  return d ? *d : -1;
}

// A comma-separated list of reps (FindingExample::rep) naming one of `reps`.
bool namesOneOf(const std::string& list, const std::set<std::string>& reps) {
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t end = list.find(',', pos);
    if (end == std::string::npos) end = list.size();
    std::string rep = list.substr(pos, end - pos);
    rep.erase(0, rep.find_first_not_of(' '));
    if (reps.count(rep)) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace

Result<std::vector<std::string>> packTeams(store::Store& store) {
  auto reps = store::KpiSource(store).reps();
  if (!reps) return reps.error();
  std::set<std::string> teams;
  for (const auto& r : *reps)
    if (r.team && !r.team->empty()) teams.insert(*r.team);
  return std::vector<std::string>(teams.begin(), teams.end());
}

DataQualityReport qualityOfReps(const DataQualityReport& report, const std::vector<std::string>& reps) {
  const std::set<std::string> wanted(reps.begin(), reps.end());
  DataQualityReport out{report.asOf, {}};
  for (const Finding& f : report.findings) {
    if (f.reps.empty()) {
      out.findings.push_back(f);
      continue;
    }
    Finding mine{f.id, f.title, f.severity, 0, {}, {}};
    for (const RepCount& r : f.reps)
      if (wanted.count(r.rep)) {
        mine.reps.push_back(r);
        mine.count += r.count;
      }
    for (const FindingExample& e : f.examples)
      if (namesOneOf(e.rep, wanted)) mine.examples.push_back(e);
    out.findings.push_back(std::move(mine));
  }
  return out;
}

Result<std::optional<IsoWeek>> lastCompleteWeekWithData(store::Store& store, Date today) {
  // A week is complete once its Sunday is over: look for data up to the last Sunday before today.
  const Date lastSunday = today.addDays(-(today.isoWeekday() % 7 == 0 ? 7 : today.isoWeekday()));
  auto last = store::latestVisitAt(store, lastSunday.days());
  if (!last) return last.error();
  if (!*last) return std::optional<IsoWeek>();
  return std::optional<IsoWeek>((*last)->date().isoWeek());
}

Result<WeeklyPack> buildWeeklyPack(store::Store& store, const WeeklyPackRequest& request) {
  // Every page of the pack from one moment of the store.
  const store::ReadSnapshot snapshot(store.reader());
  WeeklyPack d;
  d.week = request.week;
  d.period = Period{request.week.monday(), request.week.sunday()};
  d.asOf = request.asOf;
  // A file by its name; a team server by its connection as Store names it (password redacted):
  // "host=/run/db port=5432 ..." has slashes that are not folders.
  d.storeName = store.onServer() ? store.path() : std::filesystem::path(store.path()).filename().string();
  d.team = request.team;
  KpiFilters filters;
  if (!d.team.empty()) filters.teams = {d.team};

  // The data-quality checks scan the whole store, the longest read of the pack: they run at the same
  // time on a connection of their own (SQLite connections are not shared between threads).
  auto quality = std::async(std::launch::async, [path = store.path(), today = request.today]() {
    auto own = store::Store::open(path, store::OpenMode::ReadOnly);
    if (!own) return Result<DataQualityReport>(own.error());
    return checkDataQuality(**own, DataQualityOptions{today, 3});
  });

  // The cover's tiles are the window's tiles for the week: one builder, one set of numbers.
  auto dashboard = buildDashboard(store, DashboardQuery{d.period, d.asOf, filters, request.today});
  if (!dashboard) return dashboard.error();
  d.dashboard = std::move(*dashboard);
  const std::optional<DataCut> cut = d.dashboard.cut;

  const KpiEngine engine(store);
  for (const Tile& tile : d.dashboard.tiles) {
    PackTile t{tile.kpi, tile.period, tile.now, tile.lastWeek, {}, std::nullopt, {}};
    const bool cohort = tile.period != d.period;
    auto rows = engine.run(
        KpiQuery{tile.period, d.asOf, {}, filters, Comparison::LastYear, {tile.kpi}, cohort ? std::nullopt : cut});
    if (!rows) return rows.error();
    if (!rows->empty()) t.lastYear = rows->front().prev.value_or(KpiValues{});
    // A count's target is for a whole week, a rate's for any period of the week: neither fits the
    // cohort tile's four weeks.
    if (!cohort) t.target = d.dashboard.target(tile.kpi);
    for (const TargetProgress& progress : d.dashboard.targets)
      if (progress.metric == kpiName(tile.kpi)) t.pacing.push_back(progress);
    d.tiles.push_back(std::move(t));
  }

  auto areas = engine.run(
      KpiQuery{d.period, d.asOf, {Dimension::City, Dimension::Area}, filters, Comparison::LastWeek, kTableKpis, cut});
  if (!areas) return areas.error();
  d.areas = std::move(*areas);

  auto reps = engine.run(
      KpiQuery{d.period, d.asOf, {Dimension::Rep, Dimension::Team}, filters, Comparison::LastWeek, kTableKpis, cut});
  if (!reps) return reps.error();
  d.reps = std::move(*reps);
  // A rep who was out all week has a row only because of last week: not on this week's board.
  std::erase_if(d.reps, [](const KpiRow& r) { return r.now.visits == 0 && r.now.orders == 0; });
  std::stable_sort(d.reps.begin(), d.reps.end(), [](const KpiRow& a, const KpiRow& b) {
    if (orders(a) != orders(b)) return orders(a) > orders(b);
    return conversion(a) > conversion(b);
  });

  ExplainQuery explain;
  explain.kpi = KpiId::conversion;
  explain.period = d.period;
  explain.asOf = d.asOf;
  explain.by = Dimension::Area;
  explain.filters = filters;
  explain.against = Comparison::LastWeek;
  explain.cut = cut;
  auto explanation = explainChange(engine, explain);
  if (!explanation) return explanation.error();
  d.conversionByArea = std::move(*explanation);

  auto checked = quality.get();
  if (!checked) return checked.error();
  d.quality = std::move(*checked);
  if (!d.team.empty()) {
    // The team's reps as the reps file lists them (a rep out all week has findings too).
    auto reps = store::KpiSource(store).reps();
    if (!reps) return reps.error();
    std::vector<std::string> members;
    for (const auto& r : *reps)
      if (r.team == d.team) members.push_back(r.code);
    d.quality = qualityOfReps(d.quality, members);
  }
  return d;
}

}  // namespace salesops::kpi
