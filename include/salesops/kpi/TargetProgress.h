// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

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
};

/// Every target of the weeks `first` to `last`, by week, level, key and metric, with its progress.
Result<std::vector<TargetProgress>> targetProgress(store::Store& store, const TargetProgressQuery& query);

}  // namespace salesops::kpi
