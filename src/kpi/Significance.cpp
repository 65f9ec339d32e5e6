// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Significance.h"

#include <cmath>

namespace salesops::kpi {

std::string_view toString(Verdict v) {
  switch (v) {
    case Verdict::NoVerdict: return "no_verdict";
    case Verdict::NotSignificant: return "not_significant";
    case Verdict::SignificantUp: return "significant_up";
    case Verdict::SignificantDown: return "significant_down";
  }
  return "no_verdict";
}

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
  if (std::abs(*s.z) < kSignificantZ)
    s.verdict = Verdict::NotSignificant;
  else
    s.verdict = *s.z > 0 ? Verdict::SignificantUp : Verdict::SignificantDown;
  return s;
}

}  // namespace salesops::kpi
