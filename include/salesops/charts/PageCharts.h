// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "salesops/charts/DashboardCharts.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/CancellationCohorts.h"
#include "salesops/kpi/DrillPages.h"
#include "salesops/kpi/TrendData.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace salesops::charts {

/// The page a named chart is on, which says what data it is built from.
enum class ChartPage { DailyStart, Trends, Cancellations, Area, Team, Rep };

/// Every chart of every page by its stable name: the daily start's (dashboardChartNames()), then
/// `trend`, `cancellation-cohorts`, `area-trend`, `area-hours`, `team-trend`, `team-weekdays`,
/// `rep-trend` and `rep-weekdays`. `salesops-cli export charts` lists them, `export chart NAME`
/// exports them, and the window names its chart views so (the file name its export suggests).
QStringList chartNames();
/// The page of a chart name; nullopt for a name that is no chart.
std::optional<ChartPage> chartPage(const QString& name);

/// Reads the data of the named chart's page for `query` and builds the chart, as the window draws it
/// with that filter bar: the daily start's, the Trends page's default (conversion by week over
/// kpi::trendWindow of the period, no split), the cancellation cohorts of the period's last 8 weeks,
/// and a drill page's for the one area, team or rep of the filters (an error names the option to
/// give when there is not exactly one). An error for an unknown name.
Result<std::unique_ptr<QChart>> buildChartByName(store::Store& store, const QString& name,
                                                 const kpi::DashboardQuery& query, ChartStyle style);

/// The Trends page's chart: one line per series of the trend (a compared period dashed right after
/// its line), the points in percent for fractions, each point's value and n as its hover text, a
/// value axis on round ticks and at most `maxLabels` period labels along the bottom.
QChart* trendChart(const kpi::TrendData& trend, const ChartStyle& style, int maxLabels = 12);
/// The title of a trend's series `series`, or of its compared twin: "All", a member, "Other (3 more)".
QString trendSeriesTitle(const kpi::TrendData& trend, size_t series, bool compare);
/// The colour of that line: a member's own colour among the split's members, lighter when compared.
QColor trendSeriesColor(const kpi::TrendData& trend, size_t series, bool compare);
/// Period `index` of the trend for people: "Mon 23 Nov", "2026-W48", "Nov 2026".
QString trendPeriodText(const kpi::TrendData& trend, size_t index, const QLocale& locale);

/// The Cancellations page's chart: one line per order week, the share of its orders cancelled by
/// each day after ordering (in percent), each point's share and n as its hover text.
QChart* cohortChart(const kpi::CancellationCohorts& cohorts, const ChartStyle& style);
/// The line colour of order week `index` of `count`: one hue from light (oldest) to dark (newest).
QColor cohortColor(size_t index, size_t count);

/// A drill page's chart by name for the page's member: `area-trend`, `team-trend`, `rep-trend`
/// (conversion per week against the organisation), `area-hours` (conversion by hour),
/// `team-weekdays` and `rep-weekdays` (conversion by weekday). nullptr for another name.
QChart* buildDrillChart(const QString& name, const kpi::DrillPageData& page, const ChartStyle& style);

/// A row's hour or weekday as a table and a chart label it: "09:00", "Mon" (in `locale`).
QString timeLabel(const kpi::DimValue& value, kpi::Dimension dimension, const QLocale& locale);

}  // namespace salesops::charts
