// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/Alerts.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/TargetProgress.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// What the filter bar selects.
struct DashboardQuery {
  Period period;
  Date asOf;
  KpiFilters filters;
};

/// The KPIs on the tiles of the daily start, in order.
inline constexpr std::array<const char*, 7> kTileKpis = {"visits",   "contacts",        "orders", "conversion",
                                                         "hit_rate", "cancel_rate_14d", "revenue"};

/// One tile: the period's value, the same period a week earlier, and the four weeks before.
struct Tile {
  std::string kpi;
  KpiValues now;
  KpiValues lastWeek;
  /// The average of the four same-length periods 7, 14, 21 and 28 days earlier: counts averaged,
  /// rates pooled (their numerators over their denominators), so a quiet day weighs less.
  std::optional<double> fourWeekAverage;
  /// The period the tile measures. The dashboard's, except for cancel_rate_14d: its orders must be
  /// 14 days old, so it reads the four weeks of orders that are, ending 14 days before as-of.
  Period period;
};

/// One day of the trend, with the rate over the seven days ending that day.
struct TrendPoint {
  Date day;
  std::optional<double> value;
  std::optional<double> movingAverage;
  int64_t denominator = 0;
};

struct ReasonSlice {
  CancelReason reason = CancelReason::Other;
  int64_t cancelled = 0;
};

/// Everything the daily start shows, computed in one go off the UI thread.
struct DashboardData {
  DashboardQuery query;
  Period trendPeriod;       ///< the eight weeks ending at query.period.to
  std::vector<Tile> tiles;  ///< kTileKpis, in order
  std::vector<TrendPoint> conversionTrend;
  std::vector<KpiRow> reps;          ///< by rep, with the previous period, most orders first
  std::vector<KpiRow> areas;         ///< by area, with the previous period, by area code
  KpiValues funnel;                  ///< the period's totals
  std::vector<ReasonSlice> reasons;  ///< cancelled orders of the trend period per reason, most first
  std::vector<KpiRow> heatmap;       ///< by weekday and hour over the trend period
  /// Alerts for the alert period against the one before it, most impact first.
  Period alertPeriod;  ///< the dashboard's period, or the 7 days ending with it if shorter
  std::vector<Alert> alerts;
  /// The targets of the filter's level (selectionTargets: a team filter shows its team's) for the
  /// ISO week, month and quarter holding query.period.to, with their pacing.
  std::vector<TargetProgress> targets;

  /// The week's target of `kpi` at the filter's level, if there is one.
  std::optional<double> target(std::string_view kpi) const;
  /// The target of `kpi` over `horizon` with its pacing, or nullptr.
  const TargetProgress* targetProgress(std::string_view kpi, TargetHorizon horizon) const;
};

/// The period a dashboard's changes compare against: a week earlier for a period of up to a week
/// (Mondays with Mondays), else the period just before.
Comparison dashboardComparison(const Period& p);

/// The last day on or before `today` with visits, or nullopt for an empty store.
Result<std::optional<Date>> lastDayWithData(store::Store& store, Date today);

Result<DashboardData> buildDashboard(store::Store& store, const DashboardQuery& query);

}  // namespace salesops::kpi
