// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/DrillPages.h"

#include <algorithm>
#include <map>

#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/MemberLabel.h"

namespace salesops::kpi {
namespace {

const std::vector<KpiId> kSummary{KpiId::visits,     KpiId::contacts, KpiId::orders,
                                  KpiId::conversion, KpiId::hit_rate, KpiId::cancel_rate_14d};

/// The query's filters with the member as the choice at its level.
KpiFilters memberFilters(const KpiFilters& filters, DrillLevel level, const std::string& member) {
  KpiFilters f = filters;
  switch (level) {
    case DrillLevel::Area:
      f.areas = {member};
      break;
    case DrillLevel::Team:
      f.teams = {member};
      f.reps.clear();
      break;
    case DrillLevel::Rep:
      f.reps = {member};
      f.teams.clear();
      break;
  }
  return f;
}

/// Every area, team (reps without one left out) or rep of the store, sorted by code, with its
/// label; an area's line and a rep's team.
Result<void> membersOf(store::Store& store, DrillLevel level, DrillPageData& d) {
  const store::KpiSource source(store);
  std::map<std::string, std::string> members;  // code -> name, empty when not known or a team
  if (level == DrillLevel::Area) {
    auto areas = source.areas();
    if (!areas) return areas.error();
    for (const store::AreaInfo& a : *areas) {
      members[a.code] = a.name;
      if (a.code == d.member) d.area = a;
    }
  } else {
    auto reps = source.reps();
    if (!reps) return reps.error();
    for (const store::RepInfo& r : *reps) {
      if (level == DrillLevel::Rep)
        members[r.code] = r.name;
      else if (r.team)
        members.emplace(*r.team, std::string());
      if (level == DrillLevel::Rep && r.code == d.member) d.team = r.team;
    }
  }
  for (const auto& [code, name] : members) {
    d.members.push_back(code);
    d.memberLabels.push_back(memberLabel(name, code));
    if (code == d.member) d.label = d.memberLabels.back();
  }
  if (d.label.empty()) d.label = d.member;  // not in the reps or areas file: its code
  return {};
}

}  // namespace

KpiFilters organisationFilters(const KpiFilters& filters) {
  KpiFilters org;
  org.channels = filters.channels;
  return org;
}

Result<DrillPageData> buildDrillPage(store::Store& store, const DashboardQuery& q, DrillLevel level,
                                     const std::string& member) {
  DrillPageData d;
  d.member = member;
  d.totals.yourTeams = store.restricted();
  if (auto members = membersOf(store, level, d); !members) return members.error();
  if (member.empty()) return d;

  const KpiEngine engine(store);
  const KpiFilters mine = memberFilters(q.filters, level, member);
  const KpiFilters org = organisationFilters(q.filters);
  const Period& p = q.period;
  d.weeks = Period{p.to.addDays(-7 * kDrillWeeks + 1), p.to};
  d.totals.cohortPeriod = matureCohortPeriod(p, q.asOf);
  const std::vector<KpiId> trend{KpiId::conversion};
  const std::vector<KpiId> cohort{KpiId::cancel_rate_14d};
  const std::vector<KpiId> time{KpiId::visits, KpiId::contacts, KpiId::orders};
  std::vector<KpiId> breakdownKpis = kSummary;
  if (level != DrillLevel::Area) breakdownKpis.push_back(KpiId::orders_per_hour);
  const auto by = [](Dimension dim) { return std::vector<Dimension>{dim}; };

  auto memberWeeks = engine.run({d.weeks, q.asOf, by(Dimension::Week), mine, std::nullopt, trend});
  auto orgWeeks = engine.run({d.weeks, q.asOf, by(Dimension::Week), org, std::nullopt, trend});
  // An area's total carries every KPI: coverage and penetration need its homes and installs.
  auto total = level == DrillLevel::Area ? engine.run({p, q.asOf, by(Dimension::Area), mine, std::nullopt, {}})
                                         : engine.run({p, q.asOf, {}, mine, std::nullopt, kSummary});
  auto orgTotal = engine.run({p, q.asOf, {}, org, std::nullopt, kSummary});
  // By the same dimensions as the total, so takeMatureCancellations pairs them.
  auto memberCohort = engine.run({d.totals.cohortPeriod, q.asOf,
                                  level == DrillLevel::Area ? by(Dimension::Area) : std::vector<Dimension>{}, mine,
                                  std::nullopt, cohort});
  auto orgCohort = engine.run({d.totals.cohortPeriod, q.asOf, {}, org, std::nullopt, cohort});
  const std::vector<Dimension> breakdownBy = by(level == DrillLevel::Rep ? Dimension::Area : Dimension::Rep);
  auto breakdown = engine.run({p, q.asOf, breakdownBy, mine, std::nullopt, breakdownKpis});
  auto breakdownCohort = engine.run({d.totals.cohortPeriod, q.asOf, breakdownBy, mine, std::nullopt, cohort});
  auto hours = engine.run(
      {p, q.asOf, by(Dimension::Hour), mine, std::nullopt, level == DrillLevel::Area ? std::vector<KpiId>{} : time});
  for (auto* r :
       {&memberWeeks, &orgWeeks, &total, &orgTotal, &memberCohort, &orgCohort, &breakdown, &breakdownCohort, &hours})
    if (!*r) return r->error();
  if (level != DrillLevel::Area) {
    auto weekdays = engine.run({p, q.asOf, by(Dimension::Weekday), mine, std::nullopt, time});
    if (!weekdays) return weekdays.error();
    d.weekdays = std::move(*weekdays);
  }

  // The trend's title names the weeks it draws: from the first week with data when the store's data
  // begins inside the twelve weeks (the engine has no row for a week without data).
  if (!orgWeeks->empty()) {
    Date first = p.to;
    for (const KpiRow& row : *orgWeeks)
      if (auto week = IsoWeek::parse(row.dims.front().text)) first = std::min(first, week->monday());
    d.weeks.from = std::max(d.weeks.from, first);
  }
  d.memberWeeks = std::move(*memberWeeks);
  d.orgWeeks = std::move(*orgWeeks);
  d.hasData = !total->empty() && (total->front().now.visits > 0 || total->front().now.orders > 0);
  // The cancel rate of the matured orders replaces the period's own (whose orders are too young),
  // in the totals and the breakdown alike, so the breakdown's rows add up to the member's total.
  const auto takeTotal = [](KpiValues& into, std::vector<KpiRow>& rows, const std::vector<KpiRow>& cohortRows) {
    takeMatureCancellations(rows, cohortRows);
    if (!rows.empty()) into = rows.front().now;
  };
  takeTotal(d.totals.member, *total, *memberCohort);
  takeTotal(d.totals.organisation, *orgTotal, *orgCohort);
  if (level == DrillLevel::Area) d.areaValues = d.totals.member;
  takeMatureCancellations(*breakdown, *breakdownCohort);
  d.breakdown = std::move(*breakdown);
  d.hours = std::move(*hours);
  return d;
}

}  // namespace salesops::kpi
