// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// The organisation every drill page compares with, whatever the filter: every team, area, city
/// and rep, over the same period and in the filter's channel (rates are compared within channel).
KpiFilters organisationFilters(const KpiFilters& filters);

/// One member's (area, team, rep) totals beside the organisation's. The cancel rate 14d is read
/// on the matured orders of matureCohortPeriod(), as on the daily start's tile, so a short period
/// has one too.
struct MemberTotals {
  KpiValues member;
  KpiValues organisation;
  Period cohortPeriod;  ///< the orders cancel_rate_14d of both reads
  /// A team lead on a team server sees only their teams' rows: `organisation` is those teams, and the
  /// page says "organisation (your teams)".
  bool yourTeams = false;
};

/// Everything a drill page shows besides its member-specific breakdowns.
struct DrillPageData {
  std::string member;                ///< empty: nothing picked; then only `members` is filled
  std::vector<std::string> members;  ///< every area, team or rep of the store, sorted, for the picker
  /// How people see each of `members` (memberLabel): "Overvecht (UTR-03)", "Jeroen de Vries (R001)",
  /// a team or an area without a name as its code; same order as `members`.
  std::vector<std::string> memberLabels;
  std::string label;                ///< how people see `member` (memberLabel); its code when its name is not known
  Period weeks;                     ///< the weeks of the trend, ending with the period's last day
  std::vector<KpiRow> memberWeeks;  ///< conversion by week of the member
  std::vector<KpiRow> orgWeeks;     ///< conversion by week of the organisation
  MemberTotals totals;
  bool hasData = false;  ///< the member has visits or orders in the period
  /// By rep (a team, an area) or by area (a rep), then by hour and by weekday.
  std::vector<KpiRow> breakdown, hours, weekdays;
  std::optional<store::AreaInfo> area;  ///< an area's line of the areas file
  std::optional<std::string> team;      ///< a rep's team
  KpiValues areaValues;                 ///< an area's period values with coverage and penetration
};

enum class DrillLevel { Area, Team, Rep };

/// The weeks a drill page's trend shows.
inline constexpr int kDrillWeeks = 12;

/// The page of one area, team or rep for the filter bar's query. The member replaces the filter's
/// own choice at its level (a team page under a team filter shows the page's team); the other
/// filters stay. `member` empty: only the list of members.
Result<DrillPageData> buildDrillPage(store::Store& store, const DashboardQuery& query, DrillLevel level,
                                     const std::string& member);

}  // namespace salesops::kpi
