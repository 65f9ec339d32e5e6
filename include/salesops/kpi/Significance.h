// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
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

/// Tests a change of a count (visits, orders) between two periods of the same length: under the
/// null hypothesis both are Poisson with one rate, so given their sum n = current + previous the
/// current count is Binomial(n, 1/2), and z = (current - previous) / sqrt(current + previous) (the
/// normal approximation of that conditional test). `current`/`previous` hold the two counts. No
/// verdict when n is under kMinDenominator or a count is negative.
Significance testCountChange(double current, double previous);

/// One stratum (for alerts: one channel) of a comparison within strata.
struct Stratum {
  RateParts current;
  RateParts previous;
};

/// True when both samples have a denominator in the stratum, so its two rates can be compared.
/// Other strata take no part in testWithinStrata(): a channel that was not worked in one of the
/// two samples says nothing about a change of rate.
bool comparable(const Stratum& s);

/// The two-proportion z-test within strata: the current rate against the previous stratum rates
/// weighted by the current sample's mix, so a change of mix alone (more stand visits, whose contact
/// rate is always 100%) is no change. Over the comparable strata, with weights w = n1 / N1:
///   current  = sum(x1) / N1                          (the current rate)
///   previous = sum(w * x0 / n0)                      (the rate expected at the previous rates)
///   z = (current - previous) / sqrt(sum(w^2 * p (1 - p) (1/n1 + 1/n0)))   with p pooled per stratum.
/// With one stratum this is testSignificance() exactly. No verdict when N1 or N0 (the comparable
/// strata's denominators summed) is under kMinDenominator, or a stratum is not a proportion.
Significance testWithinStrata(std::span<const Stratum> strata);

}  // namespace salesops::kpi
