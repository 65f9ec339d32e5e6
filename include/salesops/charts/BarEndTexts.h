// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace salesops::charts {

/// The figures of a horizontal bar chart's categories written just beyond the end of each
/// category's longest bar ("57 · 12.3% · 38.7%"), never inside it. Qt's own bar labels can say the
/// bar's value only, and figures in the category labels leave the names no room at 1366x768.
///
/// `texts` has one text per category, in the categories' order (bottom-up). Whenever the chart is
/// laid out (on screen, in an export) the value axis `x` is widened on round ticks so the longest
/// text fits inside the plot area; its range never goes below 0 to `least`. The chart owns the
/// texts; the series keeps them for barEndTexts(). `wholeNumbers` and `suffix` as applyNiceTicks.
void setBarEndTexts(QChart* chart, QAbstractBarSeries* series, QValueAxis* x, const QStringList& texts,
                    const QColor& colour, double least, bool wholeNumbers, const char* suffix = "");
/// The texts given to setBarEndTexts() for `series`, in its categories' order.
QStringList barEndTexts(const QAbstractBarSeries* series);

}  // namespace salesops::charts
