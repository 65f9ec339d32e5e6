// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

#include "DashboardChartParts.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/NiceTicks.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/SeriesColors.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/QtDate.h"

namespace salesops::charts {
namespace {

bool isFraction(const std::string& kpi) {
  const KpiDefinition* d = findKpi(kpi);
  return d && d->kind == KpiKind::Rate && d->fraction;
}

bool isWhole(const std::string& kpi) {
  const auto id = kpiIdFromName(kpi);
  return id && (*id == KpiId::revenue || kpiDefinition(*id).kind == KpiKind::Count);
}

QString grainName(kpi::Dimension grain) {
  switch (grain) {
    case kpi::Dimension::Day:
      return tr("day");
    case kpi::Dimension::Month:
      return tr("month");
    default:
      return tr("week");
  }
}

QString chartTitle(const kpi::TrendData& t, const QLocale& l) {
  const QString kpi = kpiTitle(t.request.kpi, l), grain = grainName(t.request.grain);
  if (!t.request.compare) return tr("%1 by %2").arg(kpi, grain);
  if (*t.request.compare == kpi::Comparison::LastYear)
    return tr("%1 by %2 (dashed: the same period last year)").arg(kpi, grain);
  return tr("%1 by %2 (dashed: the period before)").arg(kpi, grain);
}

}  // namespace

QString trendSeriesTitle(const kpi::TrendData& t, size_t series, bool compare) {
  const kpi::TrendSeries& s = t.series.at(series);
  QString title = s.other            ? tr("Other (%1 more)").arg(t.restCount)
                  : s.member.empty() ? tr("All")
                                     : QString::fromStdString(s.label.empty() ? s.member : s.label);
  if (!compare) return title;
  switch (t.request.compare.value_or(kpi::Comparison::Previous)) {
    case kpi::Comparison::LastYear:
      return tr("%1, last year").arg(title);
    case kpi::Comparison::LastWeek:
      return tr("%1, last week").arg(title);
    default:
      return tr("%1, period before").arg(title);
  }
}

QColor trendSeriesColor(const kpi::TrendData& t, size_t series, bool compare) {
  const kpi::TrendSeries& s = t.series.at(series);
  QStringList members;
  for (const std::string& m : t.allMembers) members << QString::fromStdString(m);
  const QColor color = s.other            ? otherSeriesColor()
                       : s.member.empty() ? totalSeriesColor()
                                          : seriesColor(QString::fromStdString(s.member), members);
  return compare ? color.lighter(130) : color;
}

QString trendPeriodText(const kpi::TrendData& t, size_t index, const QLocale& l) {
  const std::string& label = t.periods.at(index);
  if (t.request.grain == kpi::Dimension::Day) {
    if (auto d = Date::parseIso(label)) return l.toString(toQDate(*d), "ddd d MMM");
  } else if (t.request.grain == kpi::Dimension::Month) {
    if (auto d = Date::parseIso(label + "-01")) return l.toString(toQDate(*d), "MMM yyyy");
  }
  return QString::fromStdString(label);
}

QChart* trendChart(const kpi::TrendData& t, const ChartStyle& style, int maxLabels) {
  const std::string& kpi = t.request.kpi;
  const QLocale& l = style.locale;
  const bool percent = isFraction(kpi);
  const double scale = percent ? 100.0 : 1.0;
  auto* chart = new QChart;
  styleChart(chart, chartTitle(t, l), style);
  chart->legend()->setAlignment(Qt::AlignRight);

  const size_t rows = t.periods.size();
  double top = 0, bottom = 0;
  bool any = false;
  for (size_t i = 0; i < t.series.size(); ++i) {
    for (const bool compared : {false, true}) {
      if (compared && !t.request.compare) continue;
      auto* line = new QLineSeries;
      const QString name = trendSeriesTitle(t, i, compared);
      line->setName(name);
      QPen pen(trendSeriesColor(t, i, compared));
      pen.setWidthF(2);
      if (compared) pen.setStyle(Qt::DashLine);
      line->setPen(pen);
      line->setPointsVisible(rows <= 16);
      QStringList texts;
      const auto& values = compared ? t.series[i].prev : t.series[i].now;
      for (size_t r = 0; r < rows; ++r) {
        if (!values[r]) continue;
        const kpi::KpiValue value = values[r]->value(kpi);
        const auto number = kpiNumber(value);
        if (!number) continue;
        const double y = *number * scale;
        top = any ? std::max(top, y) : y;
        bottom = any ? std::min(bottom, y) : std::min(0.0, y);
        any = true;
        line->append(static_cast<qreal>(r), y);
        const auto parts = values[r]->parts(kpi);
        const QString shown = parts ? withN(formatKpi(kpi, value, l), static_cast<int64_t>(parts->denominator), l)
                                    : formatKpi(kpi, value, l);
        texts << QStringLiteral("%1, %2: %3").arg(name, trendPeriodText(t, r, l), shown);
      }
      setHoverTexts(line, texts);
      chart->addSeries(line);
      // The dashed twin has its line's colour; one legend entry per line keeps the legend in the chart.
      if (compared)
        for (QLegendMarker* marker : chart->legend()->markers(line)) marker->setVisible(false);
    }
  }

  auto* x = new QCategoryAxis;
  x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  const size_t room = static_cast<size_t>(std::max(2, maxLabels));
  const size_t step = std::max<size_t>(1, (rows + room - 1) / room);
  for (size_t r = 0; r < rows; r += step) x->append(trendPeriodText(t, r, l), static_cast<qreal>(r));
  x->setRange(-0.3, std::max(0.3, static_cast<double>(rows) - 0.7));
  x->setGridLineVisible(false);
  auto* y = new QValueAxis;
  if (!any) top = percent ? 5 : 1;
  applyNiceTicks(y, std::min(0.0, bottom), std::max(top, percent ? 5.0 : 1.0), 6, isWhole(kpi), percent ? "%" : "");
  if (kpiIdFromName(kpi) == KpiId::revenue) y->setTitleText(QStringLiteral("\u20AC"));
  attachAxes(chart, x, y);
  chart->legend()->setVisible(t.series.size() > 1);
  return chart;
}

}  // namespace salesops::charts
