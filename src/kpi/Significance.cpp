// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Significance.h"

#include <cmath>

namespace salesops::kpi {

std::string_view toString(Verdict v) {
  switch (v) {
    case Verdict::NoVerdict:
      return "no_verdict";
    case Verdict::NotSignificant:
      return "not_significant";
    case Verdict::SignificantUp:
      return "significant_up";
    case Verdict::SignificantDown:
      return "significant_down";
  }
  return "no_verdict";
}

namespace {

Verdict verdictOf(double z) {
  if (std::abs(z) < kSignificantZ) return Verdict::NotSignificant;
  return z > 0 ? Verdict::SignificantUp : Verdict::SignificantDown;
}

}  // namespace

Significance testSignificance(const RateParts& current, const RateParts& previous) {
  Significance s;
  if (current.denominator > 0) s.current = current.numerator / current.denominator;
  if (previous.denominator > 0) s.previous = previous.numerator / previous.denominator;
  if (s.current && s.previous) {
    s.absoluteChange = *s.current - *s.previous;
    if (*s.previous > 0) s.relativeChange = *s.absoluteChange / *s.previous;
  }
  if (current.denominator < kMinDenominator || previous.denominator < kMinDenominator) return s;
  const auto isProportion = [](const RateParts& p) { return p.numerator >= 0 && p.numerator <= p.denominator; };
  if (!isProportion(current) || !isProportion(previous)) return s;

  // Under the null hypothesis both samples share one rate, best estimated from both together.
  const double pooled = (current.numerator + previous.numerator) / (current.denominator + previous.denominator);
  const double variance = pooled * (1 - pooled) * (1 / current.denominator + 1 / previous.denominator);
  // No spread: both rates are 0 or both are 1, so they are equal and there is nothing to test.
  s.z = variance > 0 ? *s.absoluteChange / std::sqrt(variance) : 0.0;
  s.verdict = verdictOf(*s.z);
  return s;
}

Significance testCountChange(double current, double previous) {
  Significance s;
  s.current = current;
  s.previous = previous;
  s.absoluteChange = current - previous;
  if (previous > 0) s.relativeChange = (current - previous) / previous;
  if (current < 0 || previous < 0 || current + previous < kMinDenominator) return s;
  s.z = (current - previous) / std::sqrt(current + previous);
  s.verdict = verdictOf(*s.z);
  return s;
}

bool comparable(const Stratum& s) { return s.current.denominator > 0 && s.previous.denominator > 0; }

Significance testWithinStrata(std::span<const Stratum> strata) {
  RateParts now, before;
  double expected = 0;  // sum over the strata of n1 * r0: the numerator the previous rates predict
  double variance = 0;  // of sum(n1 * (r1 - r0)); divided by N1^2 below
  bool proportions = true;
  for (const Stratum& s : strata) {
    if (!comparable(s)) continue;
    const double n1 = s.current.denominator, n0 = s.previous.denominator;
    now.numerator += s.current.numerator;
    now.denominator += n1;
    before.numerator += s.previous.numerator;
    before.denominator += n0;
    expected += n1 * s.previous.numerator / n0;
    if (s.current.numerator < 0 || s.current.numerator > n1 || s.previous.numerator < 0 || s.previous.numerator > n0) {
      proportions = false;
      continue;
    }
    const double pooled = (s.current.numerator + s.previous.numerator) / (n1 + n0);
    variance += n1 * n1 * pooled * (1 - pooled) * (1 / n1 + 1 / n0);
  }
  Significance sig;
  if (now.denominator <= 0) return sig;
  sig.current = now.numerator / now.denominator;
  sig.previous = expected / now.denominator;
  sig.absoluteChange = *sig.current - *sig.previous;
  if (*sig.previous > 0) sig.relativeChange = *sig.absoluteChange / *sig.previous;
  if (now.denominator < kMinDenominator || before.denominator < kMinDenominator || !proportions) return sig;
  // Same as testSignificance(): no spread in any stratum means equal rates, nothing to test.
  sig.z = variance > 0 ? (now.numerator - expected) / std::sqrt(variance) : 0.0;
  sig.verdict = verdictOf(*sig.z);
  return sig;
}

}  // namespace salesops::kpi
