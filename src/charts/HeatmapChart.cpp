// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

#include "DashboardChartParts.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/NiceTicks.h"

namespace salesops::charts {
namespace {

// Pale to dark blue for t in [0, 1].
QColor shade(double t) {
  return QColor::fromRgbF(static_cast<float>(0.92 - 0.80 * t), static_cast<float>(0.95 - 0.55 * t),
                          static_cast<float>(0.98 - 0.28 * t));
}
const QColor kTooFew(0xcc, 0xcc, 0xcc);

QAreaSeries* rectangle(double x0, double y0, double x1, double y1) {
  auto* upper = new QLineSeries;
  auto* lower = new QLineSeries;
  upper->append(x0, y1);
  upper->append(x1, y1);
  lower->append(x0, y0);
  lower->append(x1, y0);
  auto* cell = new QAreaSeries(upper, lower);
  // An area series does not own its lines (found leaking by the asan preset): the cell does.
  upper->setParent(cell);
  lower->setParent(cell);
  return cell;
}

}  // namespace

// Weekday x hour as a grid of filled cells: one area series per cell, in one of a few shades of
// conversion on round bounds that the legend names, so a cell's colour reads as a range. Cells
// with fewer than 30 contacts stay grey (the legend says so): too few to read anything into.
QChart* heatmapChart(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("heatmap"), s);
  int minHour = 23, maxHour = 0;
  double maxRate = 0;
  for (const kpi::KpiRow& r : d.heatmap) {
    const int hour = static_cast<int>(r.dims.at(1).number.value_or(0));
    if (r.now.contacts <= 0) continue;
    minHour = std::min(minHour, hour);
    maxHour = std::max(maxHour, hour);
    if (r.now.contacts >= kSmallDenominator)
      maxRate = std::max(maxRate, kpiNumber(r.now.value(KpiId::conversion)).value_or(0));
  }
  if (minHour > maxHour) minHour = maxHour = 12;
  // The shades: round bands of conversion from 0 to the highest readable cell.
  const NiceTicks bands = niceTicks(0, std::max(maxRate * 100, 1.0), 6);
  const int bandCount = std::max(bands.count - 1, 1);
  const auto bandOf = [&](double pct) {
    return std::clamp(static_cast<int>(std::floor(pct / bands.step)), 0, bandCount - 1);
  };
  const auto bandColour = [&](int b) { return shade(bandCount > 1 ? b / double(bandCount - 1) : 1.0); };

  auto* x = new QCategoryAxis;
  x->setRange(minHour, maxHour + 1);
  x->setTitleText(tr("Hour"));
  for (int h = minHour; h <= maxHour; ++h) x->append(QString::number(h), h + 1);
  auto* y = new QCategoryAxis;
  y->setRange(0, 7);
  // Categories must be added in increasing value: Sunday at the bottom, Monday on top.
  for (int wd = 7; wd >= 1; --wd) y->append(s.locale.dayName(wd, QLocale::ShortFormat), 7 - wd + 1);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  const auto add = [&](QAreaSeries* series, bool inLegend) {
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QLegendMarker* m : chart->legend()->markers(series)) m->setVisible(inLegend);
  };
  for (const kpi::KpiRow& r : d.heatmap) {
    const int wd = static_cast<int>(r.dims.at(0).number.value_or(1));
    const int hour = static_cast<int>(r.dims.at(1).number.value_or(0));
    const int64_t contacts = r.now.contacts;
    if (contacts <= 0) continue;
    const double row = 7 - wd;
    QAreaSeries* cell = rectangle(hour + 0.04, row + 0.04, hour + 0.96, row + 0.96);
    const auto conv = kpiNumber(r.now.value(KpiId::conversion));
    const bool readable = contacts >= kSmallDenominator && conv;
    const QColor colour = readable ? bandColour(bandOf(*conv * 100)) : kTooFew;
    cell->setColor(colour);
    cell->setBorderColor(colour);
    const QString when = QStringLiteral("%1 %2:00").arg(s.locale.dayName(wd, QLocale::ShortFormat)).arg(hour);
    cell->setName(when);
    QString text = tr("%1: conversion %2, %3 orders")
                       .arg(when, withN(formatKpiNumber(KpiId::conversion, conv, s.locale), contacts, s.locale),
                            s.locale.toString(static_cast<qlonglong>(r.now.orders)));
    if (!readable)
      text += QLatin1Char('\n') + tr("Grey: fewer than %1 contacts, too few to read").arg(kSmallDenominator);
    setHoverTexts(cell, {text});
    add(cell, false);
  }
  // The legend: one empty series per band, then grey. Outside the grid, so nothing is drawn.
  const auto bound = [&](double v) { return s.locale.toString(v, 'f', tickDecimals(bands.step)); };
  for (int b = 0; b < bandCount; ++b) {
    QAreaSeries* key = rectangle(minHour, -2, minHour, -2);
    key->setColor(bandColour(b));
    key->setBorderColor(bandColour(b));
    key->setName(QStringLiteral("%1\u2013%2%").arg(bound(b * bands.step), bound((b + 1) * bands.step)));
    add(key, true);
  }
  QAreaSeries* grey = rectangle(minHour, -2, minHour, -2);
  grey->setColor(kTooFew);
  grey->setBorderColor(kTooFew);
  grey->setName(tr("under %1 contacts").arg(kSmallDenominator));  // a legend reads "<" as markup
  add(grey, true);
  chart->legend()->setVisible(true);
  return chart;
}

}  // namespace salesops::charts
