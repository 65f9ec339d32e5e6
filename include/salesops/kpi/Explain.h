// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"

namespace salesops::kpi {

/// The rates a change can be explained for: those whose numerator and denominator add up over the
/// members of any dimension. Not addresses_per_sale and coverage (distinct addresses do not add up
/// over reps or hours) nor penetration (it belongs to areas only).
std::span<const KpiId> explainableKpis();
bool isExplainable(KpiId kpi);
/// The dimensions whose members recur from one period to the next: not day, week or month.
bool isExplainDimension(Dimension d);

/// One member's numerator and denominator in the base period (0) and the current period (1).
struct ExplainInput {
  std::string member;
  RateParts base;
  RateParts current;
};

/// One member's share of the change. With shares s = denominator / total denominator and rates
/// r = numerator / denominator, the total rate is R = sum(s * r), and
///   rateEffect = (r1 - r0) * (s0 + s1) / 2   (its own rate changed)
///   mixEffect  = (s1 - s0) * (r0 + r1) / 2   (its weight in the total changed)
/// add up to s1 * r1 - s0 * r0, so over all members to R1 - R0 exactly.
///
/// A member with no denominator in one period has no rate there: its rate effect is 0 and its whole
/// contribution (arriving or leaving) is mix, which is what the formula gives with the other
/// period's rate in place of the missing one. A member with a numerator but no denominator (orders
/// in an area without any conversation there) still counts in the total rate; its numerator over
/// the total denominator is mix as well, so the sum stays exact.
struct ExplainMember {
  std::string member;
  std::string name = {};  ///< a rep's or area's name (memberLabel); empty for other members or when not known
  RateParts base;
  RateParts current;
  std::optional<double> baseRate;     ///< r0; nullopt when its denominator is 0
  std::optional<double> currentRate;  ///< r1
  double baseShare = 0;               ///< s0
  double currentShare = 0;            ///< s1
  double rateEffect = 0;
  double mixEffect = 0;
  double effect() const { return rateEffect + mixEffect; }
};

struct Explanation {
  KpiId kpi = KpiId::conversion;
  Dimension dimension = Dimension::Area;
  Period current;
  Period base;
  RateParts currentTotal;
  RateParts baseTotal;
  std::optional<double> currentRate;  ///< R1; nullopt when the total denominator is 0
  std::optional<double> baseRate;     ///< R0
  /// R1 - R0; nullopt when either total rate is undefined (then there is nothing to explain and
  /// every effect is 0).
  std::optional<double> change;
  double rateEffect = 0;  ///< sum over the members
  double mixEffect = 0;
  /// Sorted by |rate effect + mix effect|, largest first, then by member; members with nothing in
  /// either period are left out.
  std::vector<ExplainMember> members;
};

/// The decomposition of the inputs' total rate change (the pure arithmetic, for tests and callers
/// that have their own numbers).
Explanation decompose(std::vector<ExplainInput> inputs);

/// What to compare with: the previous period, last week, or any period (its as-of moved with it).
struct ExplainQuery {
  KpiId kpi = KpiId::conversion;
  Period period;
  Date asOf;
  Dimension by = Dimension::Area;
  KpiFilters filters;
  std::optional<Comparison> against = Comparison::Previous;
  /// Used when `against` is empty. Its as-of is as many days before `asOf` as its end is before the
  /// current period's end, so both cohorts are equally mature.
  Period basePeriod;
  /// A period in progress: both periods are cut at the same weekday and hour (see DataCut).
  std::optional<DataCut> cut = std::nullopt;
};

/// Runs the engine for both periods and explains the change of `kpi` along `by`.
Result<Explanation> explainChange(const KpiEngine& engine, const ExplainQuery& query);

}  // namespace salesops::kpi
