// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of the Trends, Cancellations and drill pages, built from page data set by hand, and
// every chart of every page by name on the demo store.
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <gtest/gtest.h>
#include <memory>

#include "ChartsTestSupport.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/SeriesColors.h"

using namespace salesops;
using namespace salesops::charts;

namespace {

QValueAxis* valueAxis(const QChart& chart, Qt::Orientation o = Qt::Vertical) {
  return qobject_cast<QValueAxis*>(chart.axes(o).value(0));
}

kpi::KpiValues conversion(int64_t contacts, int64_t orders) {
  kpi::KpiValues v;
  v.sources = kpi::kVisitSource | kpi::kOrderSource;
  v.contacts = contacts;
  v.orders = orders;
  return v;
}

ChartStyle english() {
  ChartStyle s;
  s.locale = QLocale(QLocale::English, QLocale::UnitedStates);
  return s;
}

// W47 2 orders of 6 contacts, W48 3 of 4; compared with W45 1 of 4 and no W46.
kpi::TrendData twoWeeks() {
  kpi::TrendData t;
  t.request.kpi = "conversion";
  t.request.compare = kpi::Comparison::Previous;
  t.periods = {"2026-W47", "2026-W48"};
  kpi::TrendSeries all;
  all.now = {conversion(6, 2), conversion(4, 3)};
  all.prev = {conversion(4, 1), std::nullopt};
  t.series = {all};
  return t;
}

TEST(TrendChart, PointsInPercentWithTheirNAndADashedComparedLine) {
  test::ensureApplication();
  std::unique_ptr<QChart> chart(trendChart(twoWeeks(), english()));
  ASSERT_EQ(chart->series().size(), 2);
  auto* now = qobject_cast<QLineSeries*>(chart->series().at(0));
  auto* before = qobject_cast<QLineSeries*>(chart->series().at(1));
  ASSERT_TRUE(now && before);
  EXPECT_EQ(chart->title(), "Conversion by week (dashed: the period before)");
  EXPECT_EQ(now->name(), "All");
  EXPECT_EQ(before->name(), "All, period before");
  EXPECT_EQ(before->pen().style(), Qt::DashLine);
  ASSERT_EQ(now->count(), 2);
  EXPECT_DOUBLE_EQ(now->at(0).y(), 100.0 * 2 / 6);
  EXPECT_DOUBLE_EQ(now->at(1).y(), 75.0);
  ASSERT_EQ(before->count(), 1);  // no W46 row: no point
  EXPECT_EQ(hoverText(now, 0), "All, 2026-W47: 33.3% (n = 6)");
  EXPECT_EQ(hoverText(now, 1), "All, 2026-W48: 75.0% (n = 4)");
  EXPECT_EQ(hoverText(before, 0), "All, period before, 2026-W47: 25.0% (n = 4)");
  // 0..75 on at most 6 ticks: steps of 10 need 9, steps of 20 give 0, 20, 40, 60, 80.
  QValueAxis* y = valueAxis(*chart);
  ASSERT_NE(y, nullptr);
  EXPECT_DOUBLE_EQ(y->min(), 0);
  EXPECT_DOUBLE_EQ(y->max(), 80);
  EXPECT_EQ(y->tickCount(), 5);
  EXPECT_EQ(y->labelFormat(), "%.0f%");
}

TEST(TrendChart, OtherIsGreyAndCountsLabelTheirOwnNumbers) {
  test::ensureApplication();
  kpi::TrendData t;
  t.request.kpi = "orders";
  t.request.split = kpi::Dimension::Team;
  t.periods = {"2026-W47", "2026-W48"};
  t.allMembers = {"East", "North", "South"};
  kpi::TrendSeries north, other;
  north.member = "North";
  north.now = {conversion(3, 1), conversion(2, 3)};
  other.other = true;
  other.now = {conversion(2, 1), std::nullopt};
  t.series = {north, other};
  t.restCount = 2;
  t.restSummed = true;
  std::unique_ptr<QChart> chart(trendChart(t, english()));
  ASSERT_EQ(chart->series().size(), 2);
  auto* o = qobject_cast<QLineSeries*>(chart->series().at(1));
  EXPECT_EQ(o->name(), "Other (2 more)");
  EXPECT_EQ(o->pen().color(), otherSeriesColor());
  EXPECT_EQ(hoverText(chart->series().at(0), 1), "North, 2026-W48: 3");
  // Orders 0..3 as whole numbers: 0, 1, 2, 3.
  QValueAxis* y = valueAxis(*chart);
  EXPECT_DOUBLE_EQ(y->max(), 3);
  EXPECT_EQ(y->tickCount(), 4);
  EXPECT_EQ(y->labelFormat(), "%.0f");
}

TEST(CohortChart, OneLinePerWeekUpToItsAgeWithSharesAndN) {
  test::ensureApplication();
  kpi::CancellationCohorts c;
  c.query.maxDay = 28;
  kpi::Cohort old, young;
  old.week = Date::fromYmd(2026, 11, 9)->isoWeek();
  old.orders = 40;
  young.week = Date::fromYmd(2026, 11, 16)->isoWeek();
  young.orders = 20;
  for (int day = 0; day <= 14; ++day) old.curve.push_back({day, 40, day < 7 ? 2 : 5});
  for (int day = 0; day <= 7; ++day) young.curve.push_back({day, 20, 1});
  c.cohorts = {old, young};
  std::unique_ptr<QChart> chart(cohortChart(c, english()));
  ASSERT_EQ(chart->series().size(), 2);
  auto* first = qobject_cast<QLineSeries*>(chart->series().at(0));
  EXPECT_EQ(first->name(), "W46");
  ASSERT_EQ(first->count(), 15);
  EXPECT_DOUBLE_EQ(first->at(14).y(), 12.5);  // 5 of 40
  EXPECT_EQ(hoverText(first, 14), "W46, day 14: cancelled 12.5% (n = 40)");
  EXPECT_EQ(qobject_cast<QLineSeries*>(chart->series().at(1))->count(), 8);
  EXPECT_EQ(first->pen().color(), cohortColor(0, 2));
  // 0..12.5 on at most 6 ticks: 2.5 needs 6 (0..12.5).
  QValueAxis* y = valueAxis(*chart);
  EXPECT_DOUBLE_EQ(y->max(), 12.5);
  EXPECT_EQ(y->tickCount(), 6);
  EXPECT_EQ(valueAxis(*chart, Qt::Horizontal)->tickCount(), 5);  // days 0, 7, 14, 21, 28
}

kpi::KpiRow row(std::string text, std::optional<int64_t> number, kpi::KpiValues v) {
  kpi::KpiRow r;
  r.dims = {kpi::DimValue{std::move(text), number}};
  r.now = v;
  return r;
}

TEST(DrillCharts, MemberAgainstOrganisationAndConversionByWeekday) {
  test::ensureApplication();
  kpi::DrillPageData d;
  d.member = "R007";
  d.orgWeeks = {row("2026-W47", std::nullopt, conversion(100, 20)), row("2026-W48", std::nullopt, conversion(80, 12))};
  d.memberWeeks = {row("2026-W48", std::nullopt, conversion(10, 4))};
  d.weekdays = {row("1", 1, conversion(8, 2)), row("2", 2, conversion(5, 0))};
  std::unique_ptr<QChart> trend(buildDrillChart("rep-trend", d, english()));
  ASSERT_EQ(trend->series().size(), 2);
  auto* org = qobject_cast<QLineSeries*>(trend->series().at(0));
  auto* rep = qobject_cast<QLineSeries*>(trend->series().at(1));
  EXPECT_EQ(trend->title(), "Conversion per week: R007 against the organisation");
  EXPECT_EQ(org->name(), "Organisation");
  // A team lead on a team server: the organisation line is their teams.
  d.totals.yourTeams = true;
  std::unique_ptr<QChart> lead(buildDrillChart("rep-trend", d, english()));
  EXPECT_EQ(lead->series().at(0)->name(), "Organisation (your teams)");
  d.totals.yourTeams = false;
  ASSERT_EQ(rep->count(), 1);
  EXPECT_DOUBLE_EQ(rep->at(0).x(), 1);  // W48 is the organisation's second week
  EXPECT_DOUBLE_EQ(rep->at(0).y(), 40);
  EXPECT_EQ(hoverText(rep, 0), "R007, 2026-W48: Conversion 40.0% (n = 10)");
  EXPECT_DOUBLE_EQ(valueAxis(*trend)->max(), 40);  // 0..40 in steps of 10

  std::unique_ptr<QChart> days(buildDrillChart("rep-weekdays", d, english()));
  auto* bars = qobject_cast<QBarSeries*>(days->series().value(0));
  ASSERT_NE(bars, nullptr);
  QBarSet* set = bars->barSets().front();
  ASSERT_EQ(set->count(), 2);
  EXPECT_DOUBLE_EQ(set->at(0), 25);
  EXPECT_EQ(hoverText(set, 0), "Mon: Conversion 25.0% (n = 8)");
  auto* x = qobject_cast<QBarCategoryAxis*>(days->axes(Qt::Horizontal).value(0));
  EXPECT_EQ(x->categories(), (QStringList{"Mon", "Tue"}));
  EXPECT_EQ(buildDrillChart("rep-leaderboard", d, english()), nullptr);
}

TEST(ChartNames, EveryPageChartIsNamedOnceAfterTheDailyStartsOwn) {
  QStringList names = chartNames();
  EXPECT_EQ(names.mid(0, dashboardChartNames().size()), dashboardChartNames());
  EXPECT_EQ(names.mid(dashboardChartNames().size()),
            (QStringList{"trend", "cancellation-cohorts", "area-trend", "area-hours", "team-trend", "team-weekdays",
                         "rep-trend", "rep-weekdays"}));
  EXPECT_EQ(names.removeDuplicates(), 0);
  EXPECT_EQ(chartPage("team-weekdays"), ChartPage::Team);
  EXPECT_EQ(chartPage("funnel"), ChartPage::DailyStart);
  EXPECT_FALSE(chartPage("pie"));
}

// The demo week (21-27 Nov 2026, as of 28 Nov) of the demo store whose 56 days end on Friday 27 Nov.
TEST(ChartNames, EachNameBuildsItsPagesChartOnTheDemoStore) {
  test::ensureApplication();
  kpi::DashboardQuery q = test::demoWeek();
  q.filters.areas = {"UTR-03"};
  q.filters.teams = {"Team Zuid"};
  q.filters.reps = {"R007"};
  const auto build = [&](const char* name, const kpi::DashboardQuery& query) {
    auto chart = buildChartByName(test::demoStore(), name, query, english());
    EXPECT_TRUE(chart) << name << ": " << (chart ? "" : chart.error().message);
    return chart ? std::move(*chart) : nullptr;
  };
  // The trend widens the week to the 12 ISO weeks W37..W48, from the first week with data: the demo's
  // 56 days begin Saturday 3 Oct, in W40, so W40..W48 are its 9 labels; one line of everyone.
  auto trend = build("trend", test::demoWeek());
  ASSERT_TRUE(trend);
  ASSERT_EQ(trend->series().size(), 1);
  EXPECT_EQ(qobject_cast<QCategoryAxis*>(trend->axes(Qt::Horizontal).value(0))->categoriesLabels().size(), 9);
  // Eight order weeks W41..W48; W48's newest orders (27 Nov) are a day old at as-of: days 0 and 1.
  auto cohorts = build("cancellation-cohorts", test::demoWeek());
  ASSERT_TRUE(cohorts);
  ASSERT_EQ(cohorts->series().size(), 8);
  EXPECT_EQ(cohorts->series().front()->name(), "W41");
  EXPECT_EQ(qobject_cast<QLineSeries*>(cohorts->series().front())->count(), 29);
  EXPECT_EQ(qobject_cast<QLineSeries*>(cohorts->series().back())->count(), 2);
  for (const char* name : {"area-trend", "team-trend", "rep-trend"}) {
    auto chart = build(name, q);
    ASSERT_TRUE(chart) << name;
    EXPECT_EQ(chart->series().size(), 2) << name;  // the organisation and the member
  }
  auto hours = build("area-hours", q);
  ASSERT_TRUE(hours);
  EXPECT_EQ(hours->series().size(), 1);
  for (const char* name : {"team-weekdays", "rep-weekdays"}) {
    auto chart = build(name, q);
    ASSERT_TRUE(chart) << name;
    EXPECT_EQ(chart->series().size(), 1) << name;
  }
  for (const QString& name : dashboardChartNames())
    EXPECT_TRUE(build(name.toUtf8().constData(), q)) << name.toStdString();
  // A member's page needs exactly one member of its level.
  auto none = buildChartByName(test::demoStore(), "rep-trend", test::demoWeek(), english());
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("give exactly one --rep"), std::string::npos) << none.error().message;
  EXPECT_FALSE(buildChartByName(test::demoStore(), "pie", q, english()));
}

}  // namespace
