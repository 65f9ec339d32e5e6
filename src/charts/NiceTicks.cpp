// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/NiceTicks.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace salesops::charts {

NiceTicks niceTicks(double min, double max, int maxTicks, bool wholeNumbers) {
  maxTicks = std::max(maxTicks, 2);
  if (!std::isfinite(min) || !std::isfinite(max)) min = max = 0;
  if (min > max) std::swap(min, max);
  const double span = max - min;
  // A span of 0 still needs an axis: one unit (a count) or the value's own magnitude.
  const double wanted =
      span > 0 ? span / (maxTicks - 1) : (max != 0 ? std::abs(max) / (maxTicks - 1) : 1.0 / (maxTicks - 1));
  const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
  // Smallest round step that keeps the ticks within maxTicks once both ends are rounded out.
  for (double power = magnitude;; power *= 10) {
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
      double step = m * power;
      if (wholeNumbers && step < 1) continue;
      // 2.5 only where it stays on whole tenths (25, 250...) for counts: 2.5 orders is no tick.
      if (wholeNumbers && m == 2.5 && step < 10) continue;
      const double low = std::floor(min / step + 1e-9) * step;
      double high = std::ceil(max / step - 1e-9) * step;
      if (high <= low) high = low + step;
      const int count = static_cast<int>(std::lround((high - low) / step)) + 1;
      if (count <= maxTicks) return {low, high, step, count};
    }
  }
}

int tickDecimals(double step) {
  int decimals = 0;
  while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
    ++decimals;
  return decimals;
}

void applyNiceTicks(QValueAxis* axis, double min, double max, int maxTicks, bool wholeNumbers, const char* suffix) {
  const NiceTicks t = niceTicks(min, max, maxTicks, wholeNumbers);
  axis->setRange(t.low, t.high);
  axis->setTickCount(t.count);
  axis->setMinorTickCount(0);
  axis->setLabelFormat(QStringLiteral("%.%1f%2").arg(tickDecimals(t.step)).arg(QString::fromLatin1(suffix)));
}

}  // namespace salesops::charts
