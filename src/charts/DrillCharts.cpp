// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

#include "DashboardChartParts.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/NiceTicks.h"
#include "salesops/charts/PageCharts.h"

namespace salesops::charts {
namespace {

const QColor kMember("#0969da");
const QColor kOrganisation("#8c959f");

/// "Conversion 12.3% (n = 45)" of a row, or "Conversion —" without contacts.
QString conversionText(const kpi::KpiValues& v, const QLocale& l) {
  const auto parts = v.parts(KpiId::conversion);
  const QString value = formatKpi(KpiId::conversion, v.value(KpiId::conversion), l);
  return QStringLiteral("%1 %2").arg(kpiTitle(KpiId::conversion, l),
                                     parts ? withN(value, static_cast<int64_t>(parts->denominator), l) : value);
}

/// Conversion week by week of the page's member against the whole organisation; the member's
/// weeks are matched to the organisation's by their label.
QChart* weeklyComparison(const kpi::DrillPageData& d, const ChartStyle& style) {
  auto* chart = new QChart;
  const QString member = QString::fromStdString(d.label.empty() ? d.member : d.label);  // "Overvecht (UTR-03)"
  styleChart(chart, tr("Conversion per week: %1 against the organisation").arg(member), style);
  std::map<std::string, size_t> weekIndex;
  for (size_t i = 0; i < d.orgWeeks.size(); ++i) weekIndex[d.orgWeeks[i].dims.front().text] = i;
  double top = 0;
  const auto addLine = [&](const std::vector<kpi::KpiRow>& rows, const QString& name, const QColor& colour) {
    auto* s = new QLineSeries;
    s->setName(name);
    s->setPointsVisible(true);
    s->setColor(colour);
    QStringList texts;
    for (const kpi::KpiRow& r : rows) {
      const auto at = weekIndex.find(r.dims.front().text);
      if (at == weekIndex.end()) continue;
      if (auto v = kpiNumber(r.now.value(KpiId::conversion))) {
        s->append(static_cast<qreal>(at->second), *v * 100);
        top = std::max(top, *v * 100);
        texts << QStringLiteral("%1, %2: %3")
                     .arg(name, QString::fromStdString(r.dims.front().text), conversionText(r.now, style.locale));
      }
    }
    setHoverTexts(s, texts);
    chart->addSeries(s);
  };
  addLine(d.orgWeeks, d.totals.yourTeams ? tr("Organisation (your teams)") : tr("Organisation"), kOrganisation);
  addLine(d.memberWeeks, member, kMember);
  auto* x = new QCategoryAxis;
  for (size_t i = 0; i < d.orgWeeks.size(); ++i) {
    // "2026-W47" reads as "W47": the year is in the page's period.
    const QString week = QString::fromStdString(d.orgWeeks[i].dims.front().text);
    x->append(week.mid(week.indexOf('W')), static_cast<qreal>(i) + 0.5);
  }
  // Week i spans i - 0.5 .. i + 0.5, so its label sits under its point.
  x->setStartValue(-0.5);
  x->setRange(-0.5, std::max<qreal>(0.5, static_cast<qreal>(d.orgWeeks.size()) - 0.5));
  auto* y = new QValueAxis;
  applyNiceTicks(y, 0, std::max(top, 5.0), 6, false, "%");
  y->setTitleText(kpiTitle(KpiId::conversion, style.locale));
  attachAxes(chart, x, y);
  return chart;
}

/// Conversion by hour or weekday: one bar per row, labelled as the page's table labels it.
QChart* conversionBars(const std::vector<kpi::KpiRow>& rows, kpi::Dimension by, const QString& title,
                       const ChartStyle& style) {
  auto* chart = new QChart;
  styleChart(chart, title, style);
  chart->legend()->hide();
  auto* set = new QBarSet(kpiTitle(KpiId::conversion, style.locale));
  set->setColor(kMember);
  QStringList labels, texts;
  double top = 0;
  for (const kpi::KpiRow& r : rows) {
    const QString label = timeLabel(r.dims.at(0), by, style.locale);
    labels << label;
    const double value = kpiNumber(r.now.value(KpiId::conversion)).value_or(0) * 100;
    *set << value;
    texts << QStringLiteral("%1: %2").arg(label, conversionText(r.now, style.locale));
    top = std::max(top, value);
  }
  setHoverTexts(set, texts);
  auto* series = new QBarSeries;
  series->append(set);
  series->setBarWidth(0.8);
  chart->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(labels);
  x->setLabelsAngle(labels.size() > 8 ? -90 : 0);
  auto* y = new QValueAxis;
  applyNiceTicks(y, 0, std::max(top, 5.0), 6, false, "%");
  attachAxes(chart, x, y);
  return chart;
}

}  // namespace

QString timeLabel(const kpi::DimValue& v, kpi::Dimension dimension, const QLocale& locale) {
  if (dimension == kpi::Dimension::Hour && v.number)
    return QStringLiteral("%1:00").arg(*v.number, 2, 10, QLatin1Char('0'));
  if (dimension == kpi::Dimension::Weekday && v.number && *v.number >= 1 && *v.number <= 7)
    return locale.dayName(static_cast<int>(*v.number), QLocale::ShortFormat);
  return QString::fromStdString(v.text);
}

QChart* buildDrillChart(const QString& name, const kpi::DrillPageData& d, const ChartStyle& style) {
  if (name == "area-trend" || name == "team-trend" || name == "rep-trend") return weeklyComparison(d, style);
  if (name == "area-hours") return conversionBars(d.hours, kpi::Dimension::Hour, tr("Conversion by hour"), style);
  if (name == "team-weekdays" || name == "rep-weekdays")
    return conversionBars(d.weekdays, kpi::Dimension::Weekday, tr("Conversion by weekday"), style);
  return nullptr;
}

}  // namespace salesops::charts
