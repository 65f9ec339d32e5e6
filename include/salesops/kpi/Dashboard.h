// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/KpiId.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/Alerts.h"
#include "salesops/kpi/CancellationCohorts.h"
#include "salesops/kpi/DashboardFreshness.h"
#include "salesops/kpi/DataClock.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/TargetProgress.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// What the filter bar selects.
struct DashboardQuery {
  Period period;
  /// The moment cohorts are matured against: today unless chosen (docs/kpis.md, "as-of").
  Date asOf;
  KpiFilters filters;
  /// The local date the figures are read on, for the data clock; nullopt: as-of.
  std::optional<Date> today = std::nullopt;
  /// Whether to run the data-quality checks for Attention::failingChecks. They read the whole store
  /// whatever the filter (seconds on millions of visits), so the window runs them in a read of their
  /// own after the figures, once per data change, and keeps their result over filter changes.
  bool qualityChecks = true;
};

/// The KPIs on the tiles of the daily start, in order.
inline constexpr std::array kTileKpis = {KpiId::visits,   KpiId::contacts,        KpiId::orders, KpiId::conversion,
                                         KpiId::hit_rate, KpiId::cancel_rate_14d, KpiId::revenue};

/// One tile: the period's value, the comparable period before it, and the average of four.
struct Tile {
  KpiId kpi = KpiId::visits;
  KpiValues now;
  /// The values of `compared`: the same days a week earlier for a period of up to a week (the
  /// same weekday for a day, the previous week for a week), else the period just before.
  KpiValues lastWeek;
  /// The average of the four comparable periods before (`compared` and the three before it, each
  /// as far back again): counts averaged, rates pooled (their numerators over their denominators),
  /// so a quiet day weighs less.
  std::optional<double> fourWeekAverage;
  /// The period the tile measures. The dashboard's, except for cancel_rate_14d: matureCohortPeriod().
  Period period;
  /// The period `lastWeek` measures. For cancel_rate_14d the mature weeks a week earlier.
  Period compared;
  /// Whether the change against `compared` is more than chance: testSignificance() for a rate,
  /// testCountChange() for a count; revenue by the count of the orders behind it, and only when
  /// revenue moved the same way (else not significant).
  Significance change;
};

/// The tile's test of its change (Tile::change), from its values.
Significance tileChange(KpiId kpi, const KpiValues& now, const KpiValues& before);

/// How many alerts the attention strip of the daily start shows: the most orders at stake first.
inline constexpr size_t kAttentionAlerts = 3;

/// What the attention strip says besides the top alerts: how fresh the data is and how many
/// data-quality checks fail (error and warning checks that found something).
struct Attention {
  DashboardFreshness freshness;
  /// The titles of the failing checks, in the order of qualityChecks().
  std::vector<std::string> failingChecks;
};

/// The orders cancel_rate_14d reads for a period: the four weeks (28 days) of orders that are at
/// least 14 days old at the period's end, or at as-of when that is earlier. One rule for the
/// window's tile, the pack and `dashboard`.
Period matureCohortPeriod(const Period& period, Date asOf);
/// Puts the cancel_rate_14d parts (orders14d, cancelled14d) of `cohort`, rows over
/// matureCohortPeriod() by the same dimensions as `rows`, into the rows of the same members, in
/// place of the period's own (whose orders are mostly too young). A member with matured orders but
/// nothing in the period gets a row of its own (its period counts zero), so the rows' cancellations
/// and orders add up to the total's: the one way a total and its breakdown read cancel_rate_14d.
void takeMatureCancellations(std::vector<KpiRow>& rows, const std::vector<KpiRow>& cohort);

/// One day of the trend, with the rate over the seven days ending that day.
struct TrendPoint {
  Date day;
  std::optional<double> value;
  std::optional<double> movingAverage;
  int64_t denominator = 0;
};

/// Everything the daily start shows, computed in one go off the UI thread.
struct DashboardData {
  DashboardQuery query;
  DataClock clock;  ///< how far the data goes
  /// Where the period's data stops when it is in progress; the tiles, the tables and their
  /// comparisons are cut there (see DataCut). nullopt for a complete period.
  std::optional<DataCut> cut;
  Period trendPeriod;       ///< the eight weeks ending at query.period.to
  std::vector<Tile> tiles;  ///< kTileKpis, in order
  std::vector<TrendPoint> conversionTrend;
  std::vector<KpiRow> reps;   ///< by rep, with the previous period, most orders first
  std::vector<KpiRow> areas;  ///< by area, with the previous period, by area code
  std::vector<KpiRow> teams;  ///< by team, as areas (the doorstep outcomes per team)
  /// By rep over matureCohortPeriod (the cancel-rate tile's orders): cancel_rate_14d beside each
  /// rep's orders on the leaderboard, also for a period too recent to have any 14-day-old orders.
  std::vector<KpiRow> repCancellations;
  KpiValues funnel;      ///< the period's totals
  Period reasonsPeriod;  ///< cohortPeriod(query.period.to): the Cancellations page's weeks
  /// The orders of reasonsPeriod cancelled by as-of per reason, most first: the Cancellations
  /// page's figures (cancellationCohorts), so the two cannot disagree.
  std::vector<ReasonCancellations> reasons;
  std::vector<KpiRow> heatmap;  ///< by weekday and hour over the trend period
  /// Alerts for the alert period against the one before it, most impact first.
  /// The 7 days (or the whole period if longer) ending with the period's last complete data day.
  Period alertPeriod;
  std::vector<Alert> alerts;
  /// The targets of the filter's level (selectionTargets: a team filter shows its team's) for the
  /// ISO week, month and quarter holding query.period.to, with their pacing.
  std::vector<TargetProgress> targets;
  Attention attention;

  /// The first kAttentionAlerts alerts: those with the most orders at stake (alerts are ranked so).
  std::span<const Alert> topAlerts() const {
    return std::span<const Alert>(alerts).first(std::min(alerts.size(), kAttentionAlerts));
  }
  /// Whether the tile's value reaches its target (tileTarget()): at or above it, or at or below it
  /// for a KPI where lower is better. nullopt without a target or a value.
  std::optional<bool> meetsTarget(const Tile& tile) const;
  /// The week's target of `kpi` at the filter's level, if there is one.
  std::optional<double> target(KpiId kpi) const;
  /// The target of `kpi` over `horizon` with its pacing, or nullptr.
  const TargetProgress* targetProgress(KpiId kpi, TargetHorizon horizon) const;
  bool inProgress() const { return clock.inProgress(query.period); }
  /// The target a tile is set against: targets are per week, so a rate's holds for any period of
  /// the tile's own, a count's only for a week; none for the cohort tile's four weeks.
  std::optional<double> tileTarget(const Tile& tile) const;
};

/// The period a dashboard's changes compare against: a week earlier for a period of up to a week
/// (Mondays with Mondays), else the period just before.
Comparison dashboardComparison(const Period& p);

/// The daily start's page: every figure the window draws and `salesops-cli dashboard` prints.
Result<DashboardData> buildDashboard(store::Store& store, const DashboardQuery& query);

}  // namespace salesops::kpi
