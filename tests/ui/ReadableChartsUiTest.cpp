// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hovering a bar or a point shows its value and n; the rep table of the Cancellations page says how
// far each rep's 14-day cancellations are above the other reps'. Numbers set by hand.
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QLineSeries>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "models/CancelBreakdownModel.h"
#include "widgets/ChartView.h"

#include "salesops/charts/DashboardCharts.h"

using namespace salesops;

namespace {

charts::ChartStyle english() {
  charts::ChartStyle s;
  s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
  return s;
}

TEST(ChartHoverUi, HoveringAFunnelBarShowsItsCountStepConversionAndN) {
  uitest::app();
  kpi::DashboardData d;
  d.funnel.sources = kpi::kVisitSource | kpi::kOrderSource;
  d.funnel.visits = 200;
  d.funnel.contacts = 120;
  d.funnel.pitches = 90;
  d.funnel.quotes = 30;
  d.funnel.orders = 12;
  d.funnel.installed = 9;
  ui::ChartView view;
  view.setChart(charts::buildDashboardChart("funnel", d, english()));
  QBarSet* set = qobject_cast<QAbstractBarSeries*>(view.chart()->series().front())->barSets().front();
  emit set->hovered(true, 1);  // orders: 12 of 30 quotes, 12 of 200 visits
  EXPECT_EQ(view.hoverText(), QStringLiteral("Orders: 12\n40.0% of 30 quotes (the step before)\n6.0% of 200 visits"));
  emit set->hovered(false, 1);
  EXPECT_TRUE(view.hoverText().isEmpty());
  delete view.chart();
}

TEST(ChartHoverUi, HoveringTheTrendLineShowsTheNearestDaysRateAndContacts) {
  uitest::app();
  kpi::DashboardData d;
  const Date first = *Date::fromYmd(2026, 11, 2);
  d.trendPeriod = {first, first.addDays(2)};
  // Mon 2 Nov 5 of 50 contacts, Tue 3 Nov 12 of 80, Wed 4 Nov none.
  d.conversionTrend = {{first, 0.1, std::nullopt, 50},
                       {first.addDays(1), 0.15, std::nullopt, 80},
                       {first.addDays(2), std::nullopt, std::nullopt, 0}};
  ui::ChartView view;
  view.setChart(charts::buildDashboardChart("conversion-trend", d, english()));
  auto* daily = qobject_cast<QLineSeries*>(view.chart()->series().front());
  ASSERT_EQ(daily->count(), 2);
  // A little after Tuesday's point on the line: Tuesday is nearest.
  emit daily->hovered(QPointF(daily->at(1).x() + 3600e3, 14.0), true);
  EXPECT_EQ(view.hoverText(), QStringLiteral("Tue 3 Nov: conversion 15.0% (n = 80)"));
  delete view.chart();
}

kpi::KpiRow rep(const std::string& code, int64_t orders14d, int64_t cancelled14d) {
  kpi::KpiRow r;
  r.dims = {{code, std::nullopt}};
  r.now.sources = kpi::kOrderSource;
  r.now.orders = orders14d;
  r.now.orders14d = orders14d;
  r.now.cancelled14d = cancelled14d;
  return r;
}

TEST(CancelBreakdownUi, EachRepSaysItsCancellationsAboveTheOtherRepsAndOutliersAreRed) {
  uitest::app();
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
  ui::CancelBreakdownModel model("Rep", "Cancel rate", true);
  // B 10 of 200, A 30 of 100, C 10 of 100 cancelled within 14 days.
  model.setReps({rep("B", 200, 10), rep("A", 100, 30), rep("C", 100, 10)});
  const auto cell = [&](int row, int role) {
    return model.data(model.index(row, ui::CancelBreakdownModel::Excess), role);
  };
  // A: 30 - 100 x 20/300 = +23.3, significantly above (z = 6.7): red. B: 10 - 200 x 40/200 = -30.
  EXPECT_EQ(cell(1, Qt::DisplayRole).toString(), QStringLiteral("+23.3"));
  EXPECT_EQ(cell(1, Qt::ForegroundRole).value<QColor>(), QColor(0xd6, 0x27, 0x28));
  EXPECT_EQ(cell(0, Qt::DisplayRole).toString(), QStringLiteral("-30.0"));
  EXPECT_FALSE(cell(0, Qt::ForegroundRole).isValid());
  EXPECT_DOUBLE_EQ(cell(2, ui::CancelBreakdownModel::ValueRole).toDouble(), 10.0 - 100.0 * 40.0 / 300.0);
  EXPECT_EQ(cell(1, Qt::ToolTipRole).toString(),
            QStringLiteral("30.0% against the other reps' 6.7% (n = 100): significantly higher"));
}

}  // namespace
