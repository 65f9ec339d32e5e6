// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "DashboardChartParts.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/NiceTicks.h"
#include "salesops/charts/Translation.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/LostDeals.h"

namespace salesops::charts {

void countAxes(QChart* chart, QAbstractBarSeries* series, const QList<CategoryLabel>& categories,
               const QStringList& barTexts, const QString& title, const ChartStyle& s) {
  auto* y = new QBarCategoryAxis;
  fitCategoryLabels(chart, y, categories);
  auto* x = new QValueAxis;
  x->setTitleText(title);
  chart->addAxis(y, Qt::AlignLeft);
  chart->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  series->attachAxis(y);
  // Each bar's figures just beyond its end, with room for them (inside a short bar "126" would be cut to "6").
  setBarEndTexts(chart, series, x, barTexts, s.dark ? QColor(0xee, 0xee, 0xee) : QColor(0x33, 0x33, 0x33), 1, true);
}

namespace {

QDateTime toDateTime(Date d) { return QDateTime(toQDate(d), QTime(12, 0)); }

double percent(std::optional<double> f) { return f ? *f * 100.0 : 0.0; }

std::optional<double> rate(const kpi::KpiValues& v, KpiId kpi) { return kpiNumber(v.value(kpi)); }

int64_t denominator(const kpi::KpiValues& v, KpiId kpi) {
  const auto p = v.parts(kpi);
  return p ? static_cast<int64_t>(p->denominator) : 0;
}

QString count(int64_t n, const QLocale& l) { return l.toString(static_cast<qlonglong>(n)); }

// "Conversion 12.3% (n = 456 contacts)": a rate of a row with its denominator.
QString rateWithN(const kpi::KpiValues& v, KpiId kpi, const QLocale& l) {
  return QStringLiteral("%1 %2").arg(kpiTitle(kpi, l),
                                     withN(formatKpiNumber(kpi, rate(v, kpi), l), denominator(v, kpi), l));
}

QChart* conversionTrend(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("conversion-trend"), s);
  auto* daily = new QLineSeries;
  daily->setName(tr("Conversion per day"));
  auto* average = new QLineSeries;
  average->setName(tr("7-day average"));
  QStringList dailyTexts, averageTexts;
  double top = 0;
  int64_t contacts7 = 0;
  for (size_t i = 0; i < d.conversionTrend.size(); ++i) {
    const kpi::TrendPoint& p = d.conversionTrend[i];
    contacts7 += p.denominator - (i >= 7 ? d.conversionTrend[i - 7].denominator : 0);
    const qreal x = static_cast<qreal>(toDateTime(p.day).toMSecsSinceEpoch());
    const QString day = s.locale.toString(toQDate(p.day), QStringLiteral("ddd d MMM"));
    if (p.value) {
      daily->append(x, *p.value * 100.0);
      dailyTexts << tr("%1: conversion %2")
                        .arg(day,
                             withN(formatKpiNumber(KpiId::conversion, p.value, s.locale), p.denominator, s.locale));
    }
    if (p.movingAverage) {
      average->append(x, *p.movingAverage * 100.0);
      averageTexts << tr("7 days to %1: conversion %2")
                          .arg(day, withN(formatKpiNumber(KpiId::conversion, p.movingAverage, s.locale), contacts7,
                                          s.locale));
    }
    top = std::max({top, percent(p.value), percent(p.movingAverage)});
  }
  setHoverTexts(daily, dailyTexts);
  setHoverTexts(average, averageTexts);
  QPen dailyPen(kNow);
  dailyPen.setWidthF(1.5);
  daily->setPen(dailyPen);
  QPen avgPen(kAverage);
  avgPen.setWidthF(3);
  average->setPen(avgPen);
  chart->addSeries(daily);
  chart->addSeries(average);
  if (s.conversionTarget && !d.conversionTrend.empty()) {
    auto* target = new QLineSeries;
    target->setName(tr("Target"));
    QPen pen(kTarget);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    target->setPen(pen);
    target->append(static_cast<qreal>(toDateTime(d.trendPeriod.from).toMSecsSinceEpoch()), *s.conversionTarget * 100);
    target->append(static_cast<qreal>(toDateTime(d.trendPeriod.to).toMSecsSinceEpoch()), *s.conversionTarget * 100);
    setHoverTexts(target,
                  {tr("Target: conversion %1").arg(formatKpiNumber(KpiId::conversion, s.conversionTarget, s.locale))});
    top = std::max(top, *s.conversionTarget * 100);
    chart->addSeries(target);
  }
  auto* x = new QDateTimeAxis;
  x->setFormat("d MMM");
  x->setTickCount(5);
  x->setRange(toDateTime(d.trendPeriod.from), toDateTime(d.trendPeriod.to));
  auto* y = new QValueAxis;
  applyNiceTicks(y, 0, std::max(5.0, top), 6, false, "%");
  y->setTitleText(tr("Conversion (%)"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* series : chart->series()) {
    series->attachAxis(x);
    series->attachAxis(y);
  }
  return chart;
}

QChart* leaderboard(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("rep-leaderboard"), s);
  auto* orders = new QBarSet(tr("Orders"));
  orders->setColor(kNow);
  // A rep whose 14-day cancel rate is significantly above the rest's is drawn red.
  orders->setSelectedColor(kTarget);
  // The cancel rate of the tile's mature orders, by rep, with the outliers against the other reps.
  const std::vector<kpi::CancelOutlier> outliers = kpi::cancelOutliers(d.repCancellations);
  std::map<std::string, size_t> cancelRow;
  for (size_t i = 0; i < d.repCancellations.size(); ++i) cancelRow[d.repCancellations[i].dims.at(0).text] = i;
  // The reps by orders (the data's order), but an outlier first: orders cancelled again are no lead.
  std::vector<size_t> order(d.reps.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const auto outlierOf = [&](size_t rep) -> const kpi::CancelOutlier* {
    auto it = cancelRow.find(d.reps[rep].dims.at(0).text);
    return it == cancelRow.end() ? nullptr : &outliers[it->second];
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const kpi::CancelOutlier *oa = outlierOf(a), *ob = outlierOf(b);
    const bool sa = oa && oa->significant, sb = ob && ob->significant;
    return sa != sb ? sa : false;
  });
  const Period mature = kpi::matureCohortPeriod(d.query.period, d.query.asOf);
  const QString cohort = cohortNote(mature, d.query.asOf, s.locale);
  QList<CategoryLabel> reps;
  QStringList texts, members, figures;
  QList<int> red;
  const size_t shown = std::min<size_t>(order.size(), 10);
  // Horizontal bars list bottom-up: add the first last so it stands on top.
  for (size_t k = shown; k-- > 0;) {
    const kpi::KpiRow& r = d.reps[order[k]];
    const kpi::CancelOutlier* o = outlierOf(order[k]);
    const auto it = cancelRow.find(r.dims.at(0).text);
    const kpi::KpiValues cancel = it == cancelRow.end() ? kpi::KpiValues{} : d.repCancellations[it->second].now;
    reps << memberCategory(r);
    // Orders, then the title's "(conversion · cancel 14d)".
    figures << QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                   .arg(count(r.now.orders, s.locale),
                        formatKpiNumber(KpiId::conversion, rate(r.now, KpiId::conversion), s.locale),
                        formatKpiNumber(KpiId::cancel_rate_14d, o ? o->rate : std::nullopt, s.locale));
    QString text = tr("%1: %2 orders").arg(dimText(r), count(r.now.orders, s.locale)) + QLatin1Char('\n') +
                   rateWithN(r.now, KpiId::conversion, s.locale) + QLatin1Char('\n') +
                   rateWithN(cancel, KpiId::cancel_rate_14d, s.locale) + QStringLiteral(", ") + cohort;
    if (o && o->significant) {
      text +=
          QLatin1Char('\n') + tr("Significantly above the other reps' %1: %2 orders cancelled more than at their rate")
                                  .arg(formatKpiNumber(KpiId::cancel_rate_14d, o->restRate, s.locale),
                                       s.locale.toString(o->excess, 'f', 1));
      red << orders->count();
    }
    texts << text;
    members << QString::fromStdString(r.dims.at(0).text);  // the code: what a click opens
    *orders << static_cast<double>(r.now.orders);
  }
  setHoverTexts(orders, texts);
  setBarMembers(orders, members);
  orders->selectBars(red);
  auto* series = new QHorizontalBarSeries;
  series->append(orders);
  series->setBarWidth(0.7);
  chart->legend()->hide();
  chart->addSeries(series);
  // Two short lines: a longer explanation of the red bars was cut at 1366x768 (the axis title has
  // the plot's width only); the hover says what "high" means.
  countAxes(chart, series, reps, figures,
            red.isEmpty() ? tr("Orders") : tr("Orders") + QStringLiteral("<br>") + tr("red: cancel rate 14d high"), s);
  return chart;
}

QString comparisonName(const kpi::DashboardData& d) {
  return kpi::dashboardComparison(d.query.period) == kpi::Comparison::LastWeek ? tr("A week earlier")
                                                                               : tr("Period before");
}

QChart* areaConversion(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("area-conversion"), s);
  auto* now = new QBarSet(tr("This period"));
  now->setColor(kNow);
  auto* before = new QBarSet(comparisonName(d));
  before->setColor(kBefore);
  // Biggest fall on top, then the rest by change; areas without a comparison last, by code.
  struct Area {
    const kpi::KpiRow* row;
    std::optional<double> now, before;
  };
  std::vector<Area> list;
  for (const kpi::KpiRow& r : d.areas)
    list.push_back({&r, rate(r.now, KpiId::conversion), r.prev ? rate(*r.prev, KpiId::conversion) : std::nullopt});
  std::stable_sort(list.begin(), list.end(), [](const Area& a, const Area& b) {
    const bool ca = a.now && a.before, cb = b.now && b.before;
    if (ca != cb) return ca;
    return ca && *a.now - *a.before < *b.now - *b.before;
  });
  QList<CategoryLabel> areas;
  QStringList nowTexts, beforeTexts, members, changes;
  double top = 5;
  // Bottom-up, so the first of the list stands on top.
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    const kpi::KpiRow& r = *it->row;
    // No "—": say which side has no contacts.
    const QString change = it->now && it->before ? formatChange(KpiId::conversion, it->now, it->before, s.locale)
                           : it->now             ? tr("(none before)")
                                                 : tr("(none now)");
    areas << memberCategory(r);
    changes << change;
    nowTexts << tr("%1, this period: %2").arg(dimText(r), rateWithN(r.now, KpiId::conversion, s.locale));
    beforeTexts << tr("%1, %2: %3")
                       .arg(dimText(r), comparisonName(d).toLower(),
                            r.prev ? rateWithN(*r.prev, KpiId::conversion, s.locale) : tr("no contacts"));
    members << QString::fromStdString(r.dims.at(0).text);  // the code: what a click opens
    *now << percent(it->now);
    *before << percent(it->before);
    top = std::max({top, percent(it->now), percent(it->before)});
  }
  setHoverTexts(now, nowTexts);
  setHoverTexts(before, beforeTexts);
  setBarMembers(now, members);
  setBarMembers(before, members);
  auto* series = new QHorizontalBarSeries;
  series->append(before);
  series->append(now);
  series->setBarWidth(0.85);
  chart->addSeries(series);
  auto* y = new QBarCategoryAxis;
  fitCategoryLabels(chart, y, areas);
  auto* x = new QValueAxis;
  chart->addAxis(y, Qt::AlignLeft);
  chart->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  series->attachAxis(y);
  // The change (what the areas are sorted by) beyond each area's longer bar; the names have the axis.
  setBarEndTexts(chart, series, x, changes, s.dark ? QColor(0xee, 0xee, 0xee) : QColor(0x33, 0x33, 0x33), top, false,
                 "%");
  return chart;
}

QString reasonName(CancelReason r) {
  switch (r) {
    case CancelReason::CoolingOff:
      return tr("Cooling-off period");
    case CancelReason::WrongExpectation:
      return tr("Wrong expectation");
    case CancelReason::Price:
      return tr("Price");
    case CancelReason::CreditCheck:
      return tr("Credit check");
    case CancelReason::Duplicate:
      return tr("Duplicate");
    case CancelReason::Technical:
      return tr("Technical");
    case CancelReason::Moved:
      return tr("Moved");
    case CancelReason::Other:
      return tr("Other");
  }
  return {};
}

QChart* reasons(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("cancellation-reasons"), s);
  auto* set = new QBarSet(tr("Cancelled orders"));
  set->setColor(kTarget.lighter(120));
  const QString orders = tr("orders %1 \u2013 %2")
                             .arg(s.locale.toString(toQDate(d.reasonsPeriod.from), QLocale::ShortFormat),
                                  s.locale.toString(toQDate(d.reasonsPeriod.to), QLocale::ShortFormat));
  QList<CategoryLabel> names;
  QStringList texts, counts;
  for (auto it = d.reasons.rbegin(); it != d.reasons.rend(); ++it) {
    names << CategoryLabel{reasonName(it->reason), {}};
    counts << count(it->cancelled, s.locale);
    texts << tr("%1: %2 cancelled, %3 of all orders")
                     .arg(reasonName(it->reason), count(it->cancelled, s.locale),
                          withN(formatKpiNumber(KpiId::cancel_rate, it->share(), s.locale), it->orders, s.locale)) +
                 QLatin1Char('\n') + orders;
    *set << static_cast<double>(it->cancelled);
  }
  setHoverTexts(set, texts);
  auto* series = new QHorizontalBarSeries;
  series->append(set);
  chart->addSeries(series);
  chart->legend()->hide();
  // Short enough for the narrowest column at 1366 pixels in Dutch; the line under the title names the weeks.
  countAxes(chart, series, names, counts, tr("Cancelled orders (8 weeks)"), s);
  return chart;
}

}  // namespace

QStringList dashboardChartNames() {
  return {"conversion-trend", "rep-leaderboard",  "area-conversion",  "funnel",         "cancellation-reasons",
          "heatmap",          "doorstep-by-team", "doorstep-by-area", "doorstep-by-rep"};
}

QString dashboardChartTitle(const QString& name) {
  if (name == "conversion-trend") return tr("Conversion, last 8 weeks");
  if (name == "rep-leaderboard") return tr("Orders per rep (conv. \u00b7 cancel 14d)");
  if (name == "area-conversion") return tr("Conversion per area");
  if (name == "funnel") return tr("Funnel: step conversion \u00b7 share of visits");
  if (name == "cancellation-reasons") return tr("Cancellations by reason");
  if (name == "heatmap") return tr("Conversion by weekday and hour (8 weeks)");
  if (name == "doorstep-by-team") return tr("How conversations end, per team");
  if (name == "doorstep-by-area") return tr("How conversations end, per area");
  if (name == "doorstep-by-rep") return tr("How conversations end, per rep");
  return {};
}

Period dashboardChartPeriod(const QString& name, const kpi::DashboardData& data) {
  if (name == "conversion-trend" || name == "heatmap") return data.trendPeriod;
  if (name == "cancellation-reasons") return data.reasonsPeriod;
  return data.query.period;
}

QChart* buildDashboardChart(const QString& name, const kpi::DashboardData& data, const ChartStyle& s) {
  if (name == "conversion-trend") return conversionTrend(data, s);
  if (name == "rep-leaderboard") return leaderboard(data, s);
  if (name == "area-conversion") return areaConversion(data, s);
  if (name == "funnel") return funnelChart(data, s);
  if (name == "cancellation-reasons") return reasons(data, s);
  if (name == "heatmap") return heatmapChart(data, s);
  if (name == "doorstep-by-team") return doorstepChart(data, kpi::Dimension::Team, s);
  if (name == "doorstep-by-area") return doorstepChart(data, kpi::Dimension::Area, s);
  if (name == "doorstep-by-rep") return doorstepChart(data, kpi::Dimension::Rep, s);
  return nullptr;
}

void styleChart(QChart* chart, const QString& title, const ChartStyle& s) {
  chart->setTitle(title);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setLocalizeNumbers(true);
  chart->setLocale(s.locale);
  chart->setTheme(s.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  QFont titleFont = chart->titleFont();
  titleFont.setPointSizeF(11);
  titleFont.setBold(true);
  chart->setTitleFont(titleFont);
  chart->setMargins(QMargins(6, 6, 6, 6));
  chart->legend()->setAlignment(Qt::AlignBottom);
}

ChartStyle widgetChartStyle(const QPalette& palette) {
  ChartStyle style;
  style.palette = palette;
  style.dark = palette.color(QPalette::Window).lightness() < 128;
  return style;
}

}  // namespace salesops::charts
