// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace salesops::charts {

/// A value axis on round numbers: from `low` to `high` in `count - 1` steps of `step`, where the
/// step is 1, 2, 2.5 or 5 times a power of ten and both ends are multiples of it.
struct NiceTicks {
  double low = 0;
  double high = 1;
  double step = 1;
  int count = 2;  ///< ticks including both ends
};

/// The smallest round axis holding [min, max] with at most `maxTicks` ticks (at least 2). A range
/// of one value (or none) widens to one step above it; `wholeNumbers` keeps steps of at least 1 for
/// counts (no "0.5 orders").
NiceTicks niceTicks(double min, double max, int maxTicks = 6, bool wholeNumbers = false);

/// The decimals a label needs to show multiples of `step` exactly: 5 none, 2.5 one, 0.25 two.
int tickDecimals(double step);

/// Sets `axis` to niceTicks(min, max, ...): its range, tick count and a label format with as many
/// decimals as the step needs. `suffix` follows each number (e.g. "%").
void applyNiceTicks(QValueAxis* axis, double min, double max, int maxTicks = 6, bool wholeNumbers = false,
                    const char* suffix = "");

}  // namespace salesops::charts
