// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

#include "salesops/kpi/Dashboard.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace salesops::charts {

/// How a chart is drawn: the window's palette and locale, or print (white, animations off).
struct ChartStyle {
  QLocale locale;
  QPalette palette;
  bool dark = false;
  std::optional<double> conversionTarget;  ///< drawn as a line on the conversion trend
};

/// The look every chart of the program shares (title, fonts, theme, localised numbers, no
/// animation), so the window's pages and the exports cannot drift apart.
void styleChart(QChart* chart, const QString& title, const ChartStyle& style);
/// ChartStyle for a widget: its palette (dark or light) and the default locale.
ChartStyle widgetChartStyle(const QPalette& palette);
/// A value axis label in percent. With localised numbers Qt Charts keeps the text around the
/// number as written, so the sign is a single `%`, not printf's `%%` (that would show as "5%%").
inline constexpr const char* kPercentAxisFormat = "%.0f%";

/// The stable names of the dashboard charts, as `salesops-cli export charts` lists them.
QStringList dashboardChartNames();
/// The chart's title for people, translated.
QString dashboardChartTitle(const QString& name);
/// The days the named chart shows: the conversion trend and the heatmap the eight weeks up to the
/// period's end (trendPeriod), the cancellation reasons their order weeks (reasonsPeriod), the
/// others the period.
Period dashboardChartPeriod(const QString& name, const kpi::DashboardData& data);

/// Builds the named chart from dashboard data; nullptr for an unknown name. One function for the
/// window and every export, so an export looks like the window. The caller owns the chart.
QChart* buildDashboardChart(const QString& name, const kpi::DashboardData& data, const ChartStyle& style);

}  // namespace salesops::charts
