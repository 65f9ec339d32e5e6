// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/Explain.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// The last ISO week that ended before `today` and has visits; nullopt for an empty store.
Result<std::optional<IsoWeek>> lastCompleteWeekWithData(store::Store& store, Date today);

/// One KPI of the pack's cover: the window's tile for the week (value, last week, target), and the
/// same period a year (52 weeks) earlier, measured as long after its end.
struct PackTile {
  KpiId kpi = KpiId::visits;
  /// The week; for cancel_rate_14d matureCohortPeriod(week, as-of), as on the window's tile.
  Period period;
  KpiValues now;
  KpiValues previousWeek;
  KpiValues lastYear;
  std::optional<double> target;  ///< the week's target at the filter's level
  /// The targets of the KPI for the week, month and quarter with their pacing.
  std::vector<TargetProgress> pacing;
};

/// Every number of the weekly-start pack: what the PDF draws and `report --format json` prints.
struct WeeklyPack {
  IsoWeek week;
  Period period;  ///< Monday to Sunday
  Date asOf;
  std::string storeName;         ///< the store's file name, for the footer
  std::string team;              ///< a team lead's pack: every number is the team's; empty: everyone
  DashboardData dashboard;       ///< the window's daily start for the week: tiles, charts, alerts, targets, clock
  std::vector<PackTile> tiles;   ///< kTileKpis, in order
  std::vector<KpiRow> areas;     ///< by city and area, with the previous week
  std::vector<KpiRow> reps;      ///< by rep and team, with the previous week, most orders first
  Explanation conversionByArea;  ///< the week's conversion change against the week before
  DataQualityReport quality;
};

struct WeeklyPackRequest {
  IsoWeek week;
  Date asOf;  ///< the one as-of rule: today unless chosen
  /// The local date: the data clock's today, and anything dated after it is in the future.
  Date today;
  /// A team lead's pack: every figure filtered to this team (the reps file's team), the data-quality
  /// findings to the team's reps. Empty: the whole store.
  std::string team = {};
};

/// The teams of the reps file, sorted: the packs `report --every-team` and the window offer.
Result<std::vector<std::string>> packTeams(store::Store& store);

/// The findings of `report` that concern the reps in `reps`: a finding split by rep keeps those
/// reps, their rows (count) and the examples that name one of them; a finding that no rep can
/// answer for (an export that did not arrive, cancellations of unknown orders) is kept whole.
DataQualityReport qualityOfReps(const DataQualityReport& report, const std::vector<std::string>& reps);

/// Builds the pack's numbers in one go (off the UI thread in the window).
Result<WeeklyPack> buildWeeklyPack(store::Store& store, const WeeklyPackRequest& request);

}  // namespace salesops::kpi
