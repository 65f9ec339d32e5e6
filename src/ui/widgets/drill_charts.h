// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>
#include <vector>

#include "salesops/kpi/DrillPages.h"
#include "salesops/kpi/KpiRow.h"

class QAbstractItemModel;
class QComboBox;
class QWidget;
class QChart;

namespace salesops::ui {

class ChartView;

/// The chart view of the drill pages: exportable, tall enough for axis titles and a legend.
ChartView* makeDrillChartView(QWidget* parent);

/// Conversion week by week of one member (area, team, rep) against the whole organisation; the
/// rows are by week, the member's matched to the organisation's by week.
QChart* weeklyComparisonChart(const QString& title, const QString& member, const std::vector<kpi::KpiRow>& memberWeeks,
                              const std::vector<kpi::KpiRow>& orgWeeks, const char* kpi = "conversion");

/// Vertical bars of one column of a KpiTableModel (its ValueRole), one bar per row, labelled with
/// the first column: the chart beside the table that reads the same model.
QChart* modelBarChart(const QAbstractItemModel& model, int column, const QString& title);

/// One line of a member's period totals (visits, contacts, orders) and rates against the whole
/// organisation's, as rich text, saying what the organisation is and which orders the cancel rate
/// reads.
QString memberSummary(const kpi::MemberTotals& totals);

/// Fills a drill page's picker with `members`, `current` selected (none when it is not listed).
void fillPicker(QComboBox* picker, const std::vector<std::string>& members, const QString& current);

}  // namespace salesops::ui
