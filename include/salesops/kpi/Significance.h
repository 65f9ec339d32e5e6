// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

#include "salesops/kpi/KpiRow.h"

namespace salesops::kpi {

/// |z| at or above this is significant: p < 0.01, two-sided (spec kpis.md).
inline constexpr double kSignificantZ = 2.58;
/// Below this many in either denominator no verdict is given: too few to tell.
inline constexpr double kMinDenominator = 30;

enum class Verdict {
  NoVerdict,       ///< a denominator under kMinDenominator, a rate undefined or not a proportion
  NotSignificant,  ///< |z| < kSignificantZ
  SignificantUp,   ///< the current rate is significantly higher
  SignificantDown  ///< the current rate is significantly lower
};

/// `no_verdict`, `not_significant`, `significant_up`, `significant_down`.
std::string_view toString(Verdict v);

/// A two-proportion z-test of a rate between two samples (two periods, or a member and the rest).
struct Significance {
  std::optional<double> current;   ///< numerator / denominator; nullopt when the denominator is 0
  std::optional<double> previous;  ///< likewise for the sample compared with
  /// (current - previous) / sqrt(p (1 - p) (1/n_current + 1/n_previous)) with the pooled rate p;
  /// nullopt without a verdict. 0 when both rates are 0 or both are 1 (no spread, no difference).
  std::optional<double> z;
  Verdict verdict = Verdict::NoVerdict;
  std::optional<double> absoluteChange;  ///< current - previous, when both rates exist
  std::optional<double> relativeChange;  ///< (current - previous) / previous, when previous > 0

  bool significant() const { return verdict == Verdict::SignificantUp || verdict == Verdict::SignificantDown; }
};

/// Tests `current` against `previous`. The test only applies to proportions, so a sample whose
/// numerator exceeds its denominator (more orders than conversations in a slice) gets no verdict,
/// as does one with a denominator under kMinDenominator.
Significance testSignificance(const RateParts& current, const RateParts& previous);

}  // namespace salesops::kpi
