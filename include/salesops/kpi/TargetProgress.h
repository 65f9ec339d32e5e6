// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/Store.h"
#include "salesops/store/TargetSource.h"

namespace salesops::kpi {

/// Working days are the first `perWeek` ISO weekdays (6: Monday to Saturday, as the field works).
inline constexpr int kDefaultWorkingDaysPerWeek = 6;

/// Working days of `week` on or before `through` (0 before the week, all of them after it).
int workingDaysElapsed(IsoWeek week, Date through, int perWeek = kDefaultWorkingDaysPerWeek);

/// A count's projected week total: at the pace so far (`soFar` over `elapsed` working days) over
/// all `inWeek` working days; nullopt when no working day has passed yet.
std::optional<double> projectedWeekTotal(double soFar, int elapsed, int inWeek);

struct TargetProgressQuery {
  IsoWeek first;
  IsoWeek last;
  /// Data is counted up to and including this day; it is also the cohort date for cancellations.
  /// A week that ends after it is in progress.
  Date asOf;
  int workingDaysPerWeek = kDefaultWorkingDaysPerWeek;
};

/// The span a target is paced over: the ISO week, the calendar month or the calendar quarter.
enum class TargetHorizon { Week, Month, Quarter, Period };
std::string_view toString(TargetHorizon h);

/// Working days (the first `perWeek` ISO weekdays) from `from` to `to`, both included.
int workingDaysBetween(Date from, Date to, int perWeek = kDefaultWorkingDaysPerWeek);

/// One target against its value.
struct TargetProgress {
  IsoWeek week;
  TargetLevel level = TargetLevel::All;
  std::string key;  ///< team name or rep id; empty for `all`
  std::string metric;
  double target = 0;
  bool rate = false;      ///< a rate (value is a fraction or pace) rather than a count
  bool complete = false;  ///< the week ended on or before as-of
  int workingDaysElapsed = 0;
  int workingDaysInWeek = 0;
  /// The value so far (the whole week when complete): counts as numbers (revenue in euros), rates
  /// as fractions. nullopt before the week starts, for a rate without denominator, or for a metric
  /// the engine does not know.
  std::optional<double> value;
  std::optional<double> n;  ///< a rate's denominator so far
  /// Where the week is heading: for a count the projected week total at the pace so far (the value
  /// itself when complete), for a rate the rate so far.
  std::optional<double> pace;
  /// pace / target; nullopt without a pace or with a target of 0.
  std::optional<double> ratio;
  /// Pace at or beyond the target in the good direction (at or below it for cancel rates).
  std::optional<bool> onTrack;

  // For a selection's target (selectionTargets, targetsOfRow): `week` is the week of its last day,
  // `workingDaysElapsed` and `workingDaysInWeek` count the working days of `period`.
  TargetHorizon horizon = TargetHorizon::Week;
  Period period;                  ///< the days the target covers
  std::vector<std::string> keys;  ///< the teams or reps whose targets make it (`key` when one)
  /// Summed from the members' targets (a team's reps, the organisation's teams) as the level
  /// itself has none for the metric.
  bool fromMembers = false;
};

/// Whose targets apply to a selection: the reps when reps are filtered, else the teams when teams
/// are, else the organisation (`all`). nullopt when an area, city or channel filter narrows the
/// selection: the targets file sets targets for the organisation, teams and reps only.
struct TargetScope {
  TargetLevel level = TargetLevel::All;
  std::vector<std::string> keys;  ///< team names or rep ids; empty for `all`
};
std::optional<TargetScope> targetScope(const KpiFilters& filters);

/// The targets of a span of weeks and the reps' teams: resolves the target of any period for any
/// scope (see docs/kpis.md, Targets).
class TargetBook {
 public:
  /// Reads the targets of every ISO week that overlaps `span`.
  static Result<TargetBook> load(store::Store& store, const Period& span);

  /// The metrics with any target in the span, in catalogue order.
  std::vector<std::string> metrics() const;

  /// The target of `metric` over `period` for `scope`, or nullopt. Per ISO week: the level's own
  /// target; for a count without one, the sum of its members' (a team's reps, the organisation's
  /// teams); for several teams or reps the sum of theirs (counts only: a rate needs exactly one).
  /// Over a period: each week that overlaps it contributes in proportion to its working days inside
  /// the period (a count's target summed, a rate's averaged); every such week needs a target.
  /// `fromMembers` is set when a member sum was used.
  std::optional<double> target(std::string_view metric, const TargetScope& scope, const Period& period, int perWeek,
                               bool* fromMembers = nullptr) const;

 private:
  std::optional<double> weekTarget(IsoWeek week, std::string_view metric, TargetLevel level, const std::string& key,
                                   bool rate, bool* fromMembers) const;
  std::vector<store::StoredTarget> targets_;
  std::vector<std::pair<std::string, std::string>> repTeams_;  ///< (rep id, team) from the reps file
};

/// A target's progress from the selection's value over `period` so far: counts projected to the
/// period's end at the pace per working day so far (the value itself once the period has ended),
/// rates as they are so far. Data counts up to and including `asOf`.
TargetProgress paceTarget(std::string metric, double target, const Period& period, Date asOf, const KpiValues& value,
                          int perWeek = kDefaultWorkingDaysPerWeek);

struct SelectionTargetQuery {
  Date day;  ///< the week, month and quarter holding this day are paced
  Date asOf;
  KpiFilters filters;
  int workingDaysPerWeek = kDefaultWorkingDaysPerWeek;
};

/// The targets of the selection's level for the ISO week, the month and the quarter holding
/// `day`, each with its pacing; by metric, then week, month, quarter.
Result<std::vector<TargetProgress>> selectionTargets(store::Store& store, const SelectionTargetQuery& query);

/// The targets of one row of a `kpi` query over its period: the filter's level for the total, the
/// row's team or rep when the query is by team or by rep only; none by other dimensions.
std::vector<TargetProgress> targetsOfRow(const TargetBook& book, const KpiQuery& query, const KpiRow& row);

/// Every target of the weeks `first` to `last`, by week, level, key and metric, with its progress.
Result<std::vector<TargetProgress>> targetProgress(store::Store& store, const TargetProgressQuery& query);

}  // namespace salesops::kpi
