// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the dashboard's chart files share: the colours, the translation context and the builders
// that live in files of their own (DashboardCharts.cpp names them all).

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/Translation.h"

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
QT_END_NAMESPACE

namespace salesops::charts {

// lupdate files a free tr() under the enclosing namespace, so every chart file stays in this one and
// shares this context; the language is the default locale's, as the numbers', also in exports.
inline QString tr(const char* text) { return translate("salesops::charts", text, QLocale()); }

// One hue per meaning across every chart: now, before, target (and bad), average.
inline const QColor kNow(0x1f, 0x77, 0xb4);
inline const QColor kBefore(0xa6, 0xbd, 0xd7);
inline const QColor kTarget(0xd6, 0x27, 0x28);
inline const QColor kAverage(0xff, 0x7f, 0x0e);

/// Categories down the left, counts along the bottom on round ticks, each bar's count just beyond
/// its end with room for it (inside a short bar "126" would be cut to "6").
void countAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, const QString& title,
               const ChartStyle& s);

/// Adds `x` along the bottom and `y` on the left and attaches every series of the chart to both.
void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);

QChart* funnelChart(const kpi::DashboardData& d, const ChartStyle& s);
/// Doorstep outcomes as shares of contacts per member of `by` (area, team or rep).
QChart* doorstepChart(const kpi::DashboardData& d, kpi::Dimension by, const ChartStyle& s);
QChart* heatmapChart(const kpi::DashboardData& d, const ChartStyle& s);

}  // namespace salesops::charts
