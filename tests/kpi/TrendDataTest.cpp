// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/TrendData.h"

namespace salesops::kpi {
namespace {

using testing::Backend;
using testing::day;
using testing::KpiTestStore;

constexpr auto d2d = Channel::D2d;

/// Two ISO weeks, W47 (Tuesday 17 Nov) and W48 (Tuesday 24 Nov), four reps:
///   R1 (North): W47 3 contacts, 1 order; W48 2 contacts, 2 orders  -> 5 contacts
///   R2 (South): W47 2 contacts, 1 order; W48 1 contact, no order   -> 3 contacts
///   R3 (North): W48 1 contact, 1 order                              -> 1 contact
///   R4 (East):  W47 1 contact and one door not opened, no order     -> 1 contact
class TrendDataTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.rep("R2", "South");
    s.rep("R3", "North");
    s.rep("R4", "East");
    s.area("A1", "Utrecht", 100);
    s.visit("V1", "2026-11-17 10:00", "R1", "A1", Outcome::Sale, d2d, "1000AA", 1);
    s.visit("V2", "2026-11-17 10:10", "R1", "A1", Outcome::NoInterest, d2d, "1000AA", 2);
    s.visit("V3", "2026-11-17 10:20", "R1", "A1", Outcome::NoInterest, d2d, "1000AA", 3);
    s.visit("V4", "2026-11-24 10:00", "R1", "A1", Outcome::Sale, d2d, "1000AA", 4);
    s.visit("V5", "2026-11-24 10:10", "R1", "A1", Outcome::Sale, d2d, "1000AA", 5);
    s.visit("V6", "2026-11-17 11:00", "R2", "A1", Outcome::Sale, d2d, "1000AB", 1);
    s.visit("V7", "2026-11-17 11:10", "R2", "A1", Outcome::NoInterest, d2d, "1000AB", 2);
    s.visit("V8", "2026-11-24 11:00", "R2", "A1", Outcome::NoInterest, d2d, "1000AB", 3);
    s.visit("V9", "2026-11-24 12:00", "R3", "A1", Outcome::Sale, d2d, "1000AC", 1);
    s.visit("V10", "2026-11-17 13:00", "R4", "A1", Outcome::NoInterest, d2d, "1000AD", 1);
    s.visit("V11", "2026-11-17 13:10", "R4", "A1", Outcome::NotHome, d2d, "1000AD", 2);
    s.order("O1", "2026-11-17 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O2", "2026-11-24 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O3", "2026-11-24 10:10", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O4", "2026-11-17 11:00", "R2", "A1", d2d, "fiber-100", 4000);
    s.order("O5", "2026-11-24 12:00", "R3", "A1", d2d, "fiber-100", 4000);
    s.commit();
  }

  TrendRequest request(const std::string& kpi, std::optional<Dimension> split, int topN) {
    TrendRequest r;
    r.query = DashboardQuery{Period{day("2026-11-16"), day("2026-11-29")}, day("2026-11-30"), {}};
    r.kpi = kpi;
    r.grain = Dimension::Week;
    r.split = split;
    r.topN = topN;
    return r;
  }

  static double at(const TrendSeries& s, size_t week, const char* kpi) {
    return std::get<double>(s.now.at(week)->value(kpi));
  }

  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(TrendDataTest);

// The KPI is the user's choice: a name that is no KPI is an error, not an empty trend.
TEST_P(TrendDataTest, AnUnknownKpiIsAnError) {
  const auto trend = buildTrend(s.store(), request("no_such_kpi", std::nullopt, 5));
  ASSERT_FALSE(trend);
  EXPECT_EQ(trend.error().message, "unknown KPI 'no_such_kpi'");
}

TEST_P(TrendDataTest, WithoutASplitOneLineOfEveryonePerWeek) {
  auto trend = buildTrend(s.store(), request("conversion", std::nullopt, 5));
  ASSERT_TRUE(trend) << trend.error().message;
  EXPECT_EQ(trend->periods, (std::vector<std::string>{"2026-W47", "2026-W48"}));
  ASSERT_EQ(trend->series.size(), 1u);
  EXPECT_TRUE(trend->series[0].member.empty());
  EXPECT_DOUBLE_EQ(at(trend->series[0], 0, "conversion"), 2.0 / 6);  // W47: O1, O4 of 6 contacts
  EXPECT_DOUBLE_EQ(at(trend->series[0], 1, "conversion"), 3.0 / 4);  // W48: O2, O3, O5 of 4 contacts
  EXPECT_EQ(trend->restCount, 0);
  EXPECT_TRUE(trend->allMembers.empty());
}

TEST_P(TrendDataTest, TopRepsByContactsAndTheRestMeasuredTogetherAsOther) {
  auto trend = buildTrend(s.store(), request("conversion", Dimension::Rep, 2));
  ASSERT_TRUE(trend) << trend.error().message;
  // A rate ranks by its denominator: R1 5 contacts, R2 3; R3 and R4 1 each are the rest.
  ASSERT_EQ(trend->series.size(), 3u);
  EXPECT_EQ(trend->series[0].member, "R1");
  EXPECT_EQ(trend->series[1].member, "R2");
  EXPECT_EQ(trend->series[0].label, "Rep R1 (R1)");  // the legend's name from the reps file
  EXPECT_EQ(trend->series[1].label, "Rep R2 (R2)");
  EXPECT_TRUE(trend->series[2].other);
  EXPECT_EQ(trend->restCount, 2);
  EXPECT_TRUE(trend->restSummed);
  EXPECT_DOUBLE_EQ(at(trend->series[0], 0, "conversion"), 1.0 / 3);
  EXPECT_DOUBLE_EQ(at(trend->series[0], 1, "conversion"), 1.0);
  EXPECT_DOUBLE_EQ(at(trend->series[1], 0, "conversion"), 1.0 / 2);
  EXPECT_DOUBLE_EQ(at(trend->series[1], 1, "conversion"), 0.0);
  // Other is R3 and R4 as one: W47 R4's 1 contact without an order, W48 R3's 1 contact with one.
  EXPECT_DOUBLE_EQ(at(trend->series[2], 0, "conversion"), 0.0);
  EXPECT_DOUBLE_EQ(at(trend->series[2], 1, "conversion"), 1.0);
  EXPECT_EQ(trend->series[2].now[0]->contacts, 1);
  EXPECT_EQ(trend->series[2].now[1]->orders, 1);
  EXPECT_EQ(trend->allMembers, (std::vector<std::string>{"R1", "R2", "R3", "R4"}));
}

TEST_P(TrendDataTest, ACountRanksByItsOwnValueAndEveryTeamOfTheStoreKeepsItsColourSlot) {
  auto trend = buildTrend(s.store(), request("orders", Dimension::Team, 1));
  ASSERT_TRUE(trend) << trend.error().message;
  // North has 4 orders (R1 3, R3 1), South 1, East none.
  ASSERT_EQ(trend->series.size(), 2u);
  EXPECT_EQ(trend->series[0].member, "North");
  EXPECT_EQ(std::get<int64_t>(trend->series[0].now[0]->value(KpiId::orders)), 1);
  EXPECT_EQ(std::get<int64_t>(trend->series[0].now[1]->value(KpiId::orders)), 3);
  // The rest is South alone: East took no order, so the orders answer has no row of it to rank.
  EXPECT_TRUE(trend->series[1].other);
  EXPECT_EQ(trend->restCount, 1);
  EXPECT_EQ(std::get<int64_t>(trend->series[1].now[0]->value(KpiId::orders)), 1);  // R2's O4
  EXPECT_EQ(trend->allMembers, (std::vector<std::string>{"East", "North", "South"}));
}

// The data starts in W47 (Tuesday 17 Nov). A window the program chose from 2 Nov starts at W47's
// Monday, 16 Nov; a period the user chose keeps its two empty weeks.
TEST_P(TrendDataTest, AWindowTheProgramChoseStartsWithTheFirstWeekWithData) {
  TrendRequest r = request("conversion", std::nullopt, 5);
  r.query.period.from = day("2026-11-02");
  auto whole = buildTrend(s.store(), r);
  ASSERT_TRUE(whole) << whole.error().message;
  EXPECT_EQ(whole->periods, (std::vector<std::string>{"2026-W45", "2026-W46", "2026-W47", "2026-W48"}));
  EXPECT_FALSE(whole->series[0].now[0]);
  EXPECT_EQ(whole->request.query.period.from, day("2026-11-02"));

  r.fromFirstData = true;
  auto trimmed = buildTrend(s.store(), r);
  ASSERT_TRUE(trimmed) << trimmed.error().message;
  EXPECT_EQ(trimmed->periods, (std::vector<std::string>{"2026-W47", "2026-W48"}));
  EXPECT_EQ(trimmed->request.query.period, (Period{day("2026-11-16"), day("2026-11-29")}));
  ASSERT_EQ(trimmed->series[0].now.size(), 2u);
  EXPECT_DOUBLE_EQ(at(trimmed->series[0], 0, "conversion"), 2.0 / 6);  // W47 as before
  // Split by rep: R3's line starts empty in W47, but R1's has a value, so W47 stays.
  r.split = Dimension::Rep;
  auto split = buildTrend(s.store(), r);
  ASSERT_TRUE(split) << split.error().message;
  EXPECT_EQ(split->periods, (std::vector<std::string>{"2026-W47", "2026-W48"}));
  for (const TrendSeries& line : split->series) EXPECT_EQ(line.now.size(), 2u) << line.member;
}

TEST(PeriodLabels, EveryWeekOrMonthTouchingThePeriodOnce) {
  const Period p{day("2026-11-28"), day("2026-12-07")};
  EXPECT_EQ(periodLabels(p, Dimension::Week), (std::vector<std::string>{"2026-W48", "2026-W49", "2026-W50"}));
  EXPECT_EQ(periodLabels(p, Dimension::Month), (std::vector<std::string>{"2026-11", "2026-12"}));
  EXPECT_EQ(periodLabels(p, Dimension::Day).size(), 10u);
}

// Saturday 28 November 2026 is in ISO week 48, whose Monday is 23 November.
TEST(TrendWindow, ShortPeriodsGrowToAWindowEndingOnTheirLastDay) {
  const Date sat = *Date::fromYmd(2026, 11, 28);
  const Period oneDay{sat, sat};
  EXPECT_EQ(trendWindow(oneDay, Dimension::Day), (Period{*Date::fromYmd(2026, 10, 4), sat}));  // 56 days
  // 12 whole ISO weeks: W37 (Monday 7 September) to W48.
  EXPECT_EQ(trendWindow(oneDay, Dimension::Week), (Period{*Date::fromYmd(2026, 9, 7), sat}));
  // 12 months: December 2025 to November 2026, across the year change.
  EXPECT_EQ(trendWindow(oneDay, Dimension::Month), (Period{*Date::fromYmd(2025, 12, 1), sat}));
  // Long enough already: kept as chosen.
  const Period fourWeeks{*Date::fromYmd(2026, 11, 1), sat};
  EXPECT_EQ(trendWindow(fourWeeks, Dimension::Day), fourWeeks);
  EXPECT_EQ(trendWindow(fourWeeks, Dimension::Week), fourWeeks);
  EXPECT_EQ(trendWindow(fourWeeks, Dimension::Month), (Period{*Date::fromYmd(2025, 12, 1), sat}));
}

}  // namespace
}  // namespace salesops::kpi
