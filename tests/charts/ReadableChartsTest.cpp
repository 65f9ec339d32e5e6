// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Charts a person can read exactly: round ticks, and every bar, point and cell saying its value and
// n on hover, on dashboards whose numbers were set by hand.
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <QXYSeries>

#include <gtest/gtest.h>
#include <memory>

#include "ChartsTestSupport.h"

#include "salesops/charts/BarEndTexts.h"
#include "salesops/charts/ChartHover.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/NiceTicks.h"

using namespace salesops;
using namespace salesops::charts;

namespace {

void expectTicks(const NiceTicks& t, double low, double high, double step, int count) {
  EXPECT_DOUBLE_EQ(t.low, low);
  EXPECT_DOUBLE_EQ(t.high, high);
  EXPECT_DOUBLE_EQ(t.step, step);
  EXPECT_EQ(t.count, count);
}

// Every bar, point and cell of every chart of the daily start says its value on hover (issue: "hover
// values with n on every bar, point and cell"); a series added without its texts would hover blank.
TEST(ChartHover, EveryBarPointAndCellOfTheDailyStartHasAHoverText) {
  ensureApplication();
  const kpi::DashboardData& d = demoDashboard();
  ChartStyle style;
  for (const QString& name : dashboardChartNames()) {
    const std::unique_ptr<QChart> chart(buildDashboardChart(name, d, style));
    ASSERT_NE(chart, nullptr) << name.toStdString();
    int values = 0;
    for (QAbstractSeries* series : chart->series()) {
      if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
        for (QBarSet* set : bars->barSets())
          for (int i = 0; i < set->count(); ++i, ++values)
            EXPECT_FALSE(hoverText(set, i).isEmpty())
                << name.toStdString() << " " << set->label().toStdString() << " " << i;
      } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
        for (int i = 0; i < xy->count(); ++i, ++values)
          EXPECT_FALSE(hoverText(xy, i).isEmpty()) << name.toStdString() << " " << xy->name().toStdString() << " " << i;
      } else if (auto* cell = qobject_cast<QAreaSeries*>(series);
                 cell && cell->upperSeries()->count() > 1 &&
                 cell->upperSeries()->at(0).x() < cell->upperSeries()->at(1).x()) {
        ++values;  // a heatmap cell; the legend's colour steps are areas of no width outside the grid
        EXPECT_FALSE(hoverText(cell).isEmpty()) << name.toStdString() << " " << series->name().toStdString();
      }
    }
    EXPECT_GT(values, 0) << name.toStdString();
  }
}

TEST(NiceTicks, AxesEndOnRoundNumbersWithAtMostTheTicksAsked) {
  // 0..126 in at most 5 ticks: steps 10, 20, 25 need 14, 8, 7 ticks; 50 needs 4 (0, 50, 100, 150).
  expectTicks(niceTicks(0, 126, 5, true), 0, 150, 50, 4);
  // 0..7.3 in 6: step 1 needs 9 ticks, 2 needs 5 (0..8).
  expectTicks(niceTicks(0, 7.3, 6), 0, 8, 2, 5);
  // 12.5..37.2 in 5: 5 would need 7 (10..40), 10 needs 4.
  expectTicks(niceTicks(12.5, 37.2, 5), 10, 40, 10, 4);
  // 0..23 in 6: 5 gives 0..25, six ticks.
  expectTicks(niceTicks(0, 23, 6), 0, 25, 5, 6);
  // 0..12 in 6: 2 needs 7, 2.5 gives 0..12.5 in six.
  expectTicks(niceTicks(0, 12, 6), 0, 12.5, 2.5, 6);
}

TEST(NiceTicks, CountsNeverStepByLessThanOneAndAnEmptyRangeStillHasAnAxis) {
  expectTicks(niceTicks(0, 0.4, 6, true), 0, 1, 1, 2);
  expectTicks(niceTicks(0, 3, 6, true), 0, 3, 1, 4);
  expectTicks(niceTicks(0, 0, 6, true), 0, 1, 1, 2);
  // Whole-number steps of 2.5 are no tick: 0..12 counts step by 5.
  expectTicks(niceTicks(0, 12, 6, true), 0, 15, 5, 4);
}

TEST(NiceTicks, TheAxisGetsTheRangeTicksAndDecimalsOfItsStep) {
  test::ensureApplication();
  QValueAxis axis;
  applyNiceTicks(&axis, 0, 12, 6, false, "%");
  EXPECT_DOUBLE_EQ(axis.min(), 0);
  EXPECT_DOUBLE_EQ(axis.max(), 12.5);
  EXPECT_EQ(axis.tickCount(), 6);
  EXPECT_EQ(axis.labelFormat(), QStringLiteral("%.1f%"));
  applyNiceTicks(&axis, 0, 126, 5, true);
  EXPECT_EQ(axis.labelFormat(), QStringLiteral("%.0f"));
}

kpi::KpiRow row(const std::string& member, int64_t contacts, int64_t orders) {
  kpi::KpiRow r;
  r.dims = {{member, std::nullopt}};
  r.now.sources = kpi::kVisitSource | kpi::kOrderSource;
  r.now.visits = contacts * 2;
  r.now.contacts = contacts;
  r.now.orders = orders;
  return r;
}

std::unique_ptr<QChart> build(const QString& name, const kpi::DashboardData& d) {
  test::ensureApplication();
  ChartStyle style;
  style.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
  return std::unique_ptr<QChart>(buildDashboardChart(name, d, style));
}

QBarSet* firstSet(QChart& c) {
  auto* bars = qobject_cast<QAbstractBarSeries*>(c.series().front());
  return bars ? bars->barSets().front() : nullptr;
}

QStringList categories(QChart& c) {
  for (QAbstractAxis* a : c.axes(Qt::Vertical))
    if (auto* cat = qobject_cast<QBarCategoryAxis*>(a)) return cat->categories();
  return {};
}

TEST(FunnelChart, EachBarSaysItsCountStepConversionAndShareOfVisits) {
  kpi::DashboardData d;
  d.funnel.sources = kpi::kVisitSource | kpi::kOrderSource;
  d.funnel.visits = 200;
  d.funnel.contacts = 120;
  d.funnel.pitches = 90;
  d.funnel.quotes = 30;
  d.funnel.orders = 12;
  d.funnel.installed = 9;
  auto chart = build("funnel", d);
  QBarSet* set = firstSet(*chart);
  ASSERT_TRUE(set);
  // Bottom-up: installed 0, orders 1, quotes 2 ... visits 5. Quotes: 30 of 90 pitches, 30 of 200 visits.
  // The step's name alone on the left; its count, step conversion and share of visits beyond its bar.
  EXPECT_EQ(categories(*chart).at(2), QStringLiteral("Quotes"));
  auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().front());
  EXPECT_EQ(barEndTexts(series).at(2), QStringLiteral("30 \u00b7 33.3% \u00b7 15.0%"));
  EXPECT_EQ(barEndTexts(series).at(5), QStringLiteral("200"));
  EXPECT_EQ(hoverText(set, 2),
            QStringLiteral("Quotes: 30\n33.3% of 90 pitches (the step before)\n15.0% of 200 visits"));
  EXPECT_EQ(hoverText(set, 0),
            QStringLiteral("Installed: 9\n75.0% of 12 orders (the step before)\n4.5% of 200 visits"));
  EXPECT_EQ(hoverText(set, 5), QStringLiteral("Visits: 200"));
  // The longest bar's label needs room beyond it: the axis reaches past 200 by at least a fifth.
  auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).front());
  EXPECT_GE(x->max(), 240);
}

TEST(AreaChart, SortedByChangeBiggestFallOnTopWithNoUnexplainedDash) {
  kpi::DashboardData d;
  d.query.period = {*Date::fromYmd(2026, 11, 23), *Date::fromYmd(2026, 11, 29)};
  kpi::KpiRow up = row("A1", 100, 20), down = row("A2", 100, 10), fresh = row("A3", 50, 5);
  up.prev = row("A1", 100, 10).now;    // 10% -> 20%
  down.prev = row("A2", 100, 20).now;  // 20% -> 10%
  d.areas = {up, down, fresh};
  auto chart = build("area-conversion", d);
  // Bottom-up: the last category stands on top.
  EXPECT_EQ(categories(*chart), (QStringList{"A3", "A1", "A2"}));
  auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().front());
  // The change beyond each area's bars, in the sort order.
  EXPECT_EQ(barEndTexts(bars), (QStringList{"(none before)", "+10.0\u00a0pp", "\u221210.0\u00a0pp"}));
  QBarSet* before = bars->barSets().at(0);
  QBarSet* now = bars->barSets().at(1);
  EXPECT_EQ(now->label(), QStringLiteral("This period"));
  EXPECT_EQ(before->label(), QStringLiteral("A week earlier"));
  EXPECT_EQ(barMember(now, 2), QStringLiteral("A2"));
  EXPECT_EQ(hoverText(now, 2), QStringLiteral("A2, this period: Conversion 10.0% (n = 100)"));
  EXPECT_EQ(hoverText(before, 0), QStringLiteral("A3, a week earlier: no contacts"));
}

TEST(Leaderboard, ShowsTheCancelRate14dBesideOrdersAndPutsAnOutlierFirstInRed) {
  kpi::DashboardData d;
  d.query.period = {*Date::fromYmd(2026, 11, 23), *Date::fromYmd(2026, 11, 29)};
  d.query.asOf = *Date::fromYmd(2026, 11, 30);
  d.reps = {row("R1", 400, 40), row("R2", 300, 30), row("R3", 200, 20)};
  // 14-day cohorts: R1 10 of 200, R2 30 of 100 (against 20 of 300 for the others: an outlier), R3 10 of 100.
  for (auto [rep, n, c] : {std::tuple{"R1", 200, 10}, std::tuple{"R2", 100, 30}, std::tuple{"R3", 100, 10}}) {
    kpi::KpiRow r = row(rep, 0, 0);
    r.now.sources = kpi::kOrderSource;
    r.now.orders14d = n;
    r.now.cancelled14d = c;
    d.repCancellations.push_back(r);
  }
  auto chart = build("rep-leaderboard", d);
  QBarSet* set = firstSet(*chart);
  ASSERT_TRUE(set);
  // Top (the last bar) is R2, the outlier, then R1 and R3 by orders.
  EXPECT_EQ(categories(*chart), (QStringList{"R3", "R1", "R2"}));
  // Orders, conversion and cancel rate 14d beyond each bar, as the title lists them.
  EXPECT_EQ(
      barEndTexts(qobject_cast<QAbstractBarSeries*>(chart->series().front())),
      (QStringList{"20 \u00b7 10.0% \u00b7 10.0%", "40 \u00b7 10.0% \u00b7 5.0%", "30 \u00b7 10.0% \u00b7 30.0%"}));
  EXPECT_EQ(barMember(set, 2), QStringLiteral("R2"));
  EXPECT_TRUE(set->isBarSelected(2));  // drawn in the selected colour: red
  EXPECT_FALSE(set->isBarSelected(1));
  const QString text = hoverText(set, 2);
  EXPECT_TRUE(
      text.startsWith(QStringLiteral("R2: 30 orders\nConversion 10.0% (n = 300)\nCancel rate 14d 30.0% (n = 100)")))
      << text.toStdString();
  // 30 - 100 x 20/300 = 23.3 orders beyond the others' 6.7%.
  EXPECT_TRUE(text.contains(QStringLiteral("6.7%: 23.3 orders"))) << text.toStdString();
}

TEST(Heatmap, CellsSayTheirValueAndNAndTheLegendExplainsShadesAndGrey) {
  kpi::DashboardData d;
  const auto cell = [](int weekday, int hour, int64_t contacts, int64_t orders) {
    kpi::KpiRow r = row("", contacts, orders);
    r.dims = {{"", weekday}, {"", hour}};
    return r;
  };
  d.heatmap = {cell(1, 10, 100, 12), cell(2, 11, 20, 5)};  // Mon 10:00 12% of 100; Tue 11:00 20 contacts
  auto chart = build("heatmap", d);
  QStringList legend, texts;
  for (QAbstractSeries* s : chart->series()) {
    // The legend's keys are the series without a hover text (a cell has one; its marker is hidden).
    if (const QString t = hoverText(s); !t.isEmpty())
      texts << t;
    else
      legend << s->name();
  }
  // Bands on round bounds up to the best readable cell (12%): steps of 2.5 up to 12.5.
  EXPECT_EQ(legend, (QStringList{"0.0\u20132.5%", "2.5\u20135.0%", "5.0\u20137.5%", "7.5\u201310.0%", "10.0\u201312.5%",
                                 "under 30 contacts"}));
  EXPECT_EQ(texts, (QStringList{"Mon 10:00: conversion 12.0% (n = 100), 12 orders",
                                "Tue 11:00: conversion 25.0% (n = 20), 5 orders\nGrey: fewer than 30 contacts, too "
                                "few to read"}));
}

}  // namespace
