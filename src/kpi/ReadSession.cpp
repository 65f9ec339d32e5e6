// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/ReadSession.h"

#include <map>
#include <set>

#include "salesops/kpi/DataClock.h"
#include "salesops/kpi/MemberLabel.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

Result<std::unique_ptr<ReadSession>> ReadSession::open(const std::string& path) {
  auto store = store::Store::open(path, store::OpenMode::ReadOnly);
  if (!store) return store.error();
  return std::unique_ptr<ReadSession>(new ReadSession(std::move(*store)));
}

ReadSession::ReadSession(std::unique_ptr<store::Store> store) : store_(std::move(store)) {}
ReadSession::~ReadSession() = default;

const std::string& ReadSession::storeName() const { return store_->path(); }

const std::string& ReadSession::signedInAs() const { return store_->signedInAs(); }

Result<DashboardData> ReadSession::dashboard(const DashboardQuery& query) { return buildDashboard(*store_, query); }

Result<DrillPageData> ReadSession::drillPage(const DashboardQuery& query, DrillLevel level, const std::string& member) {
  return buildDrillPage(*store_, query, level, member);
}

Result<std::vector<KpiRow>> ReadSession::postcodes(const PostcodeQuery& query) {
  return postcodeBreakdown(*store_, query);
}

Result<TrendData> ReadSession::trend(const TrendRequest& request) { return buildTrend(*store_, request); }

Result<CancellationsPageData> ReadSession::cancellationsPage(const Period& period, Date asOf, const KpiFilters& filters,
                                                             int weeks, int maxDay) {
  return buildCancellationsPage(*store_, period, asOf, filters, weeks, maxDay);
}

Result<DataQualityReport> ReadSession::dataQuality(const DataQualityOptions& options) {
  return checkDataQuality(*store_, options);
}

Result<std::optional<IsoWeek>> ReadSession::lastCompleteWeekWithData(Date today) {
  return kpi::lastCompleteWeekWithData(*store_, today);
}

Result<std::vector<std::string>> ReadSession::packTeams() { return kpi::packTeams(*store_); }

Result<WeeklyPack> ReadSession::weeklyPack(const WeeklyPackRequest& request) {
  return buildWeeklyPack(*store_, request);
}

Result<FilterChoices> ReadSession::filterChoices(Date today) {
  FilterChoices c;
  store::KpiSource source(*store_);
  // A reps or areas file not read yet leaves its choices empty: the bar still offers the rest.
  std::set<std::string> teams, cities;
  std::map<std::string, std::string> areas;  // code -> label, sorted by code
  if (auto reps = source.reps())
    for (const auto& r : *reps)
      if (r.team) teams.insert(*r.team);
  if (auto all = source.areas())
    for (const auto& a : *all) {
      areas[a.code] = memberLabel(a.name, a.code);
      if (a.city) cities.insert(*a.city);
    }
  c.teams.assign(teams.begin(), teams.end());
  c.cities.assign(cities.begin(), cities.end());
  for (const auto& [code, label] : areas) {
    c.areas.push_back(code);
    c.areaLabels.push_back(label);
  }
  // The presets end with the last complete data day: a day still coming in is not compared.
  if (auto clock = readDataClock(*store_, today)) c.lastCompleteDay = clock->lastCompleteDay;
  return c;
}

Result<std::vector<ImportLogRow>> ReadSession::importLog() {
  std::vector<ImportLogRow> rows;
  for (const store::ImportLogEntry& e : store_->importLog())
    rows.push_back({e.fileName, e.fileSize, e.contentHash, e.kind, e.importedAt, e.inserted, e.updated, e.unchanged,
                    e.rejected, e.source});
  return rows;
}

}  // namespace salesops::kpi
