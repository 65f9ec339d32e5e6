// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

#include "salesops/kpi/DrillPages.h"

class QComboBox;
class QLabel;
class QVBoxLayout;
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

/// The top of an area, team or rep page, into `layout`: the breadcrumbs, the heading with the
/// picker and its label on its right, the member's facts below (wrapped rich text).
void addDrillHeading(QVBoxLayout* layout, QWidget* crumbs, QLabel* heading, QLabel* pickerLabel, QComboBox* picker,
                     QLabel* facts);
/// The rest of such a page below what a page puts between (the area's gauges): the trend and a
/// second chart side by side (3:2), then the tabs of tables.
void addDrillBody(QVBoxLayout* layout, QWidget* trend, QWidget* second, QWidget* tabs);

/// Fills a drill page's picker with the page's members, each shown by its label ("Overvecht (UTR-03)")
/// with its code as the item's data, `current` selected (none when it is not listed).
void fillPicker(QComboBox* picker, const kpi::DrillPageData& page, const QString& current);
/// The code of the picker's item `index` (fillPicker); empty when there is none.
QString pickedMember(const QComboBox* picker, int index);

}  // namespace salesops::ui
