// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the dashboard's chart files share: the colours, the translation context and the builders
// that live in files of their own (DashboardCharts.cpp names them all).

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "salesops/charts/BarEndTexts.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/Translation.h"

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
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

/// A row's member for people, "Kevin van Dijk (R007)" (kpi::memberLabel); a bar's click key stays the code.
inline QString dimText(const kpi::KpiRow& r, size_t i = 0) { return memberText(r.dims.at(i)); }

/// A category label down the left of a bar chart: `head` (a name) is elided when the label does
/// not fit, `tail` (the code and numbers after it) never is; when not even a few letters of the
/// head fit, `bare` (if not empty) is shown instead.
struct CategoryLabel {
  QString head;
  QString tail;
  QString bare = {};
};
/// A row's member as a category: "Rotterdam-Zuid" + " (RTZ)", or bare "RTZ" where the name has no
/// room; a member without a name is its code, which is never elided. Figures go beyond the bars
/// (countAxes, setBarEndTexts), so the names have the axis to themselves.
CategoryLabel memberCategory(const kpi::KpiRow& r);
/// The widest a category label may be on `chart` at its present size without Qt Charts cutting it.
double categoryLabelWidth(const QChart& chart);
/// Appends `labels` to `axis` as its categories, and whenever the chart is resized (on screen, in an
/// export) elides their heads so each label fits categoryLabelWidth(). The full label is in the
/// bars' hover texts. The axis must belong to `chart`.
void fitCategoryLabels(QChart* chart, QBarCategoryAxis* axis, const QList<CategoryLabel>& labels);

/// Categories down the left, counts along the bottom on round ticks, and `barTexts` (one per
/// category: its count and any figures after it) just beyond each bar's end, with room for them.
void countAxes(QChart* chart, QAbstractBarSeries* series, const QList<CategoryLabel>& categories,
               const QStringList& barTexts, const QString& title, const ChartStyle& s);

/// Adds `x` along the bottom and `y` on the left and attaches every series of the chart to both.
void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);

QChart* funnelChart(const kpi::DashboardData& d, const ChartStyle& s);
/// Doorstep outcomes as shares of contacts per member of `by` (area, team or rep).
QChart* doorstepChart(const kpi::DashboardData& d, kpi::Dimension by, const ChartStyle& s);
QChart* heatmapChart(const kpi::DashboardData& d, const ChartStyle& s);

}  // namespace salesops::charts
