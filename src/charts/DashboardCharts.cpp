// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/DashboardCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/Translation.h"
#include "salesops/kpi/MemberLabel.h"

namespace salesops::charts {
namespace {

// lupdate files a free tr() under the enclosing namespace, so that is the context; the language is
// the default locale's, as the numbers', also where no translator is installed (exports).
QString tr(const char* text) { return translate("salesops::charts", text, QLocale()); }

// One hue per meaning across every chart: now, before, target, muted.
const QColor kNow(0x1f, 0x77, 0xb4);
const QColor kBefore(0xa6, 0xbd, 0xd7);
const QColor kTarget(0xd6, 0x27, 0x28);
const QColor kAverage(0xff, 0x7f, 0x0e);

QDateTime toDateTime(Date d) { return QDateTime(QDate(d.year(), d.month(), d.day()), QTime(12, 0)); }

double percent(std::optional<double> f) { return f ? *f * 100.0 : 0.0; }

std::optional<double> rate(const kpi::KpiValues& v, const char* kpi) { return kpiNumber(v.value(kpi)); }

// A rep or area by name and code ("Jan de Vries (R001)"), anything else by its text.
QString dimText(const kpi::KpiRow& r, size_t i = 0) { return QString::fromStdString(kpi::memberLabel(r.dims.at(i))); }

// Categories down the left, counts along the bottom, each bar's count just beyond its end (inside
// a short bar "126" would be cut to "6"): the layout of every horizontal count chart.
void countAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, const QString& title,
               const ChartStyle& s) {
  auto* y = new QBarCategoryAxis;
  y->setTruncateLabels(false);
  y->append(categories);
  auto* x = new QValueAxis;
  x->setLabelFormat("%.0f");
  x->setTitleText(title);
  series->setLabelsVisible(true);
  series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
  double top = 0;
  for (QBarSet* set : series->barSets()) {
    set->setLabelColor(s.dark ? QColor(0xee, 0xee, 0xee) : QColor(0x33, 0x33, 0x33));
    for (int i = 0; i < set->count(); ++i) top = std::max(top, set->at(i));
  }
  // Room for the longest bar's label.
  x->setRange(0, top > 0 ? top * 1.15 : 1);
  x->applyNiceNumbers();
  chart->addAxis(y, Qt::AlignLeft);
  chart->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  series->attachAxis(y);
}

QChart* conversionTrend(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("conversion-trend"), s);
  auto* daily = new QLineSeries;
  daily->setName(tr("Conversion per day"));
  auto* average = new QLineSeries;
  average->setName(tr("7-day average"));
  double top = 0;
  for (const kpi::TrendPoint& p : d.conversionTrend) {
    const qreal x = static_cast<qreal>(toDateTime(p.day).toMSecsSinceEpoch());
    if (p.value) daily->append(x, *p.value * 100.0);
    if (p.movingAverage) average->append(x, *p.movingAverage * 100.0);
    top = std::max({top, percent(p.value), percent(p.movingAverage)});
  }
  QPen dailyPen(kNow);
  dailyPen.setWidthF(1.5);
  daily->setPen(dailyPen);
  QPen avgPen(kAverage);
  avgPen.setWidthF(3);
  average->setPen(avgPen);
  chart->addSeries(daily);
  chart->addSeries(average);
  QLineSeries* target = nullptr;
  if (s.conversionTarget && !d.conversionTrend.empty()) {
    target = new QLineSeries;
    target->setName(tr("Target"));
    QPen pen(kTarget);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    target->setPen(pen);
    target->append(static_cast<qreal>(toDateTime(d.trendPeriod.from).toMSecsSinceEpoch()), *s.conversionTarget * 100);
    target->append(static_cast<qreal>(toDateTime(d.trendPeriod.to).toMSecsSinceEpoch()), *s.conversionTarget * 100);
    top = std::max(top, *s.conversionTarget * 100);
    chart->addSeries(target);
  }
  auto* x = new QDateTimeAxis;
  x->setFormat("d MMM");
  x->setTickCount(5);
  x->setRange(toDateTime(d.trendPeriod.from), toDateTime(d.trendPeriod.to));
  auto* y = new QValueAxis;
  y->setRange(0, std::max(5.0, std::ceil(top / 5.0) * 5.0));
  y->setLabelFormat(kPercentAxisFormat);
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
  QStringList reps;
  const size_t shown = std::min<size_t>(d.reps.size(), 10);
  // Horizontal bars list bottom-up: add the best last so it stands on top.
  for (size_t i = shown; i-- > 0;) {
    const kpi::KpiRow& r = d.reps[i];
    const auto conv = rate(r.now, "conversion");
    reps << QStringLiteral("%1 %2").arg(dimText(r), formatKpiNumber("conversion", conv, s.locale));
    *orders << kpiNumber(r.now.value("orders")).value_or(0);
  }
  auto* series = new QHorizontalBarSeries;
  series->append(orders);
  series->setBarWidth(0.7);
  chart->legend()->hide();
  chart->addSeries(series);
  countAxes(chart, series, reps, tr("Orders"), s);
  return chart;
}

QChart* areaConversion(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("area-conversion"), s);
  auto* now = new QBarSet(tr("Conversion"));
  now->setColor(kNow);
  auto* before = new QBarSet(tr("Comparison period"));
  before->setColor(kBefore);
  QStringList areas;
  double top = 5;
  // Bottom-up, so the first area (in the data's order) stands on top.
  for (auto it = d.areas.rbegin(); it != d.areas.rend(); ++it) {
    const kpi::KpiRow& r = *it;
    const auto n = rate(r.now, "conversion");
    const auto b = r.prev ? rate(*r.prev, "conversion") : std::nullopt;
    areas << QStringLiteral("%1 %2").arg(dimText(r), formatChange("conversion", n, b, s.locale));
    *now << percent(n);
    *before << percent(b);
    top = std::max({top, percent(n), percent(b)});
  }
  auto* series = new QHorizontalBarSeries;
  series->append(before);
  series->append(now);
  series->setBarWidth(0.85);
  chart->addSeries(series);
  auto* y = new QBarCategoryAxis;
  y->setTruncateLabels(false);
  y->append(areas);
  auto* x = new QValueAxis;
  x->setRange(0, top);
  x->applyNiceNumbers();
  x->setLabelFormat(kPercentAxisFormat);
  chart->addAxis(y, Qt::AlignLeft);
  chart->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  series->attachAxis(y);
  return chart;
}

QChart* funnel(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("funnel"), s);
  static constexpr const char* kSteps[] = {"visits", "contacts", "pitches", "quotes", "orders", "installed"};
  auto* set = new QBarSet(tr("Count"));
  set->setColor(kNow);
  QStringList steps;
  for (size_t i = std::size(kSteps); i-- > 0;) {
    const double v = kpiNumber(d.funnel.value(kSteps[i])).value_or(0);
    const double first = kpiNumber(d.funnel.value("visits")).value_or(0);
    steps << QStringLiteral("%1  %2").arg(kpiTitle(kSteps[i], s.locale),
                                          first > 0 ? formatKpiNumber("conversion", v / first, s.locale) : QString());
    *set << v;
  }
  auto* series = new QHorizontalBarSeries;
  series->append(set);
  series->setBarWidth(0.7);
  chart->addSeries(series);
  chart->legend()->hide();
  countAxes(chart, series, steps, QString(), s);
  return chart;
}

QString reasonName(CancelReason r) {
  switch (r) {
    case CancelReason::CoolingOff: return tr("Cooling-off period");
    case CancelReason::WrongExpectation: return tr("Wrong expectation");
    case CancelReason::Price: return tr("Price");
    case CancelReason::CreditCheck: return tr("Credit check");
    case CancelReason::Duplicate: return tr("Duplicate");
    case CancelReason::Technical: return tr("Technical");
    case CancelReason::Moved: return tr("Moved");
    case CancelReason::Other: return tr("Other");
  }
  return {};
}

QChart* reasons(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("cancellation-reasons"), s);
  auto* set = new QBarSet(tr("Cancelled orders"));
  set->setColor(kTarget.lighter(120));
  QStringList names;
  for (auto it = d.reasons.rbegin(); it != d.reasons.rend(); ++it) {
    names << reasonName(it->reason);
    *set << static_cast<double>(it->cancelled);
  }
  auto* series = new QHorizontalBarSeries;
  series->append(set);
  chart->addSeries(series);
  chart->legend()->hide();
  countAxes(chart, series, names, tr("Cancelled orders of the last 8 weeks (cohort)"), s);
  return chart;
}

// Weekday x hour as a grid of filled cells: one area series per cell, coloured from pale to dark
// by conversion. Cells with fewer than 30 contacts stay grey: too few to read anything into.
QChart* heatmap(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("heatmap"), s);
  chart->legend()->hide();
  int minHour = 23, maxHour = 0;
  double maxRate = 0;
  for (const kpi::KpiRow& r : d.heatmap) {
    const int hour = static_cast<int>(r.dims.at(1).number.value_or(0));
    if (kpiNumber(r.now.value("contacts")).value_or(0) <= 0) continue;
    minHour = std::min(minHour, hour);
    maxHour = std::max(maxHour, hour);
    maxRate = std::max(maxRate, rate(r.now, "conversion").value_or(0));
  }
  if (minHour > maxHour) minHour = maxHour = 12;
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
  for (const kpi::KpiRow& r : d.heatmap) {
    const int wd = static_cast<int>(r.dims.at(0).number.value_or(1));
    const int hour = static_cast<int>(r.dims.at(1).number.value_or(0));
    const double contacts = kpiNumber(r.now.value("contacts")).value_or(0);
    if (contacts <= 0) continue;
    const double row = 7 - wd;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(hour + 0.04, row + 0.96);
    upper->append(hour + 0.96, row + 0.96);
    lower->append(hour + 0.04, row + 0.04);
    lower->append(hour + 0.96, row + 0.04);
    auto* cell = new QAreaSeries(upper, lower);
    // An area series does not own its lines (found leaking by the asan preset): the cell does.
    upper->setParent(cell);
    lower->setParent(cell);
    const auto conv = rate(r.now, "conversion");
    QColor color(0xcc, 0xcc, 0xcc);
    if (contacts >= kSmallDenominator && conv && maxRate > 0) {
      const double t = std::clamp(*conv / maxRate, 0.0, 1.0);
      color = QColor::fromRgbF(static_cast<float>(0.92 - 0.80 * t), static_cast<float>(0.95 - 0.55 * t),
                               static_cast<float>(0.98 - 0.28 * t));
    }
    cell->setColor(color);
    cell->setBorderColor(color);
    cell->setName(QStringLiteral("%1 %2:00 %3").arg(s.locale.dayName(wd, QLocale::ShortFormat)).arg(hour)
                      .arg(formatKpiNumber("conversion", conv, s.locale)));
    chart->addSeries(cell);
    cell->attachAxis(x);
    cell->attachAxis(y);
  }
  return chart;
}

}  // namespace

QStringList dashboardChartNames() {
  return {"conversion-trend", "rep-leaderboard", "area-conversion", "funnel", "cancellation-reasons", "heatmap"};
}

QString dashboardChartTitle(const QString& name) {
  if (name == "conversion-trend") return tr("Conversion, last 8 weeks");
  if (name == "rep-leaderboard") return tr("Leaderboard: orders per rep (conversion)");
  if (name == "area-conversion") return tr("Conversion per area");
  if (name == "funnel") return tr("Funnel");
  if (name == "cancellation-reasons") return tr("Cancellations by reason");
  if (name == "heatmap") return tr("Conversion by weekday and hour (8 weeks)");
  return {};
}

QChart* buildDashboardChart(const QString& name, const kpi::DashboardData& data, const ChartStyle& s) {
  if (name == "conversion-trend") return conversionTrend(data, s);
  if (name == "rep-leaderboard") return leaderboard(data, s);
  if (name == "area-conversion") return areaConversion(data, s);
  if (name == "funnel") return funnel(data, s);
  if (name == "cancellation-reasons") return reasons(data, s);
  if (name == "heatmap") return heatmap(data, s);
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
