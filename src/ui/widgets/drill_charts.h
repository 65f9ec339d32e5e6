// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

#include "salesops/kpi/DrillPages.h"

class QComboBox;
class QWidget;

namespace salesops::ui {

class ChartView;

/// A chart view of a drill page named after its chart (`area-trend`, `rep-weekdays`, ...):
/// exportable, tall enough for axis titles and a legend.
ChartView* makeDrillChartView(const QString& name, QWidget* parent);
/// Draws the view's named chart of `page` (charts::buildDrillChart), as `export chart` does.
void showDrillChart(ChartView* view, const kpi::DrillPageData& page);

/// One line of a member's period totals (visits, contacts, orders) and rates against the whole
/// organisation's, as rich text, saying what the organisation is and which orders the cancel rate
/// reads.
QString memberSummary(const kpi::MemberTotals& totals);

/// Fills a drill page's picker with `members`, `current` selected (none when it is not listed).
void fillPicker(QComboBox* picker, const std::vector<std::string>& members, const QString& current);

}  // namespace salesops::ui
