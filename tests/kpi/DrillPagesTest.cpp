// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/DrillPages.h"

namespace salesops::kpi {
namespace {

using testing::Backend;
using testing::day;
using testing::KpiTestStore;

constexpr auto d2d = Channel::D2d;

/// Friday 27 November 2026: North (R1, R3) rings 5 doors with 4 contacts and takes 3 orders; South
/// (R2) rings 4 with 2 contacts and takes 1. The matured orders of 17 Oct - 13 Nov: North 3 of
/// which 1 cancelled within 14 days, South 1 cancelled after 26 days. R9 is in no reps file.
class DrillPagesTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.rep("R2", "South");
    s.rep("R3", "North");
    s.area("A1", "Utrecht", 100);
    s.area("A2", "Zeist", 50);
    s.visit("V1", "2026-11-27 10:00", "R1", "A1", Outcome::Sale, d2d, "1000AA", 1);
    s.visit("V2", "2026-11-27 10:10", "R1", "A1", Outcome::NotHome, d2d, "1000AA", 2);
    s.visit("V3", "2026-11-27 10:20", "R1", "A1", Outcome::NoInterest, d2d, "1000AA", 3);
    s.visit("V4", "2026-11-27 11:00", "R3", "A2", Outcome::Sale, d2d, "2000AA", 1);
    s.visit("V5", "2026-11-27 11:10", "R3", "A2", Outcome::Sale, d2d, "2000AA", 2);
    s.visit("V6", "2026-11-27 12:00", "R2", "A1", Outcome::Sale, d2d, "1000AB", 1);
    s.visit("V7", "2026-11-27 12:10", "R2", "A1", Outcome::NotHome, d2d, "1000AB", 2);
    s.visit("V8", "2026-11-27 12:20", "R2", "A1", Outcome::Callback, d2d, "1000AB", 3);
    s.visit("V9", "2026-11-27 12:30", "R2", "A1", Outcome::NotHome, d2d, "1000AB", 4);
    s.visit("V10", "2026-11-20 12:30", "R9", "A1", Outcome::NotHome, d2d, "1000AC", 1);
    s.order("O1", "2026-11-27 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O2", "2026-11-27 11:00", "R3", "A2", d2d, "fiber-100", 4000);
    s.order("O3", "2026-11-27 11:10", "R3", "A2", d2d, "fiber-100", 4000);
    s.order("O4", "2026-11-27 12:00", "R2", "A1", d2d, "fiber-100", 4000);
    s.order("M1", "2026-11-02 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("M2", "2026-11-03 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("M3", "2026-11-04 10:00", "R2", "A1", d2d, "fiber-100", 4000);
    s.order("M4", "2026-11-10 10:00", "R3", "A2", d2d, "fiber-100", 4000);
    s.cancel("M1", "2026-11-05 09:00");
    s.cancel("M3", "2026-11-30 09:00");
    s.commit();
  }

  DashboardQuery friday(KpiFilters filters = {}) {
    return DashboardQuery{Period{day("2026-11-27"), day("2026-11-27")}, day("2026-11-30"), std::move(filters)};
  }

  static double rate(const KpiValues& v, const char* kpi) { return std::get<double>(v.value(kpi)); }

  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(DrillPagesTest);

TEST_P(DrillPagesTest, TeamPageUnderAnotherTeamsFilterShowsItsOwnTeamAgainstTheWholeOrganisation) {
  KpiFilters southOnly;
  southOnly.teams = {"South"};
  auto page = buildDrillPage(s.store(), friday(southOnly), DrillLevel::Team, "North");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_TRUE(page->hasData);
  EXPECT_EQ(page->totals.member.visits, 5);
  EXPECT_EQ(page->totals.member.contacts, 4);
  EXPECT_EQ(page->totals.member.orders, 3);
  EXPECT_DOUBLE_EQ(rate(page->totals.member, "conversion"), 3.0 / 4);
  // The organisation is everyone, not the filter's South.
  EXPECT_EQ(page->totals.organisation.visits, 9);
  EXPECT_EQ(page->totals.organisation.orders, 4);
  EXPECT_DOUBLE_EQ(rate(page->totals.organisation, "conversion"), 4.0 / 6);
  ASSERT_EQ(page->breakdown.size(), 2u);  // by rep: R1 and R3
  EXPECT_EQ(page->breakdown[0].dims[0].text, "R1");
  EXPECT_EQ(page->breakdown[0].now.visits, 3);
  EXPECT_EQ(page->breakdown[1].now.orders, 2);
}

// Twelve weeks back from Friday 27 Nov is Saturday 5 Sept, but the store's first data is order M1 on
// Monday 2 Nov (W45): the trend and its title start there, not at weeks drawn empty.
TEST_P(DrillPagesTest, TheWeeklyTrendStartsWithTheStoresFirstWeekWithData) {
  auto page = buildDrillPage(s.store(), friday(), DrillLevel::Team, "North");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(page->weeks, (Period{day("2026-11-02"), day("2026-11-27")}));
  ASSERT_FALSE(page->orgWeeks.empty());
  EXPECT_EQ(page->orgWeeks.front().dims.front().text, "2026-W45");
}

TEST_P(DrillPagesTest, CancelRateOfAOneDayPeriodReadsTheMaturedOrders) {
  auto page = buildDrillPage(s.store(), friday(), DrillLevel::Team, "North");
  ASSERT_TRUE(page) << page.error().message;
  // The orders 14 to 41 days before the Friday: 17 October - 13 November.
  EXPECT_EQ(page->totals.cohortPeriod, (Period{day("2026-10-17"), day("2026-11-13")}));
  EXPECT_EQ(page->totals.member.orders14d, 3);  // M1, M2, M4
  EXPECT_DOUBLE_EQ(rate(page->totals.member, "cancel_rate_14d"), 1.0 / 3);
  // M3 was cancelled 26 days after ordering: not within 14 days.
  EXPECT_DOUBLE_EQ(rate(page->totals.organisation, "cancel_rate_14d"), 1.0 / 4);
}

TEST_P(DrillPagesTest, ByRepCancelRatesReadTheMaturedOrdersAndAddUpToTheTeamsTotal) {
  auto page = buildDrillPage(s.store(), friday(), DrillLevel::Team, "North");
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->breakdown.size(), 2u);
  // R1: M1 (cancelled after 3 days) and M2; R3: M4. The Friday's own orders are too young.
  const KpiValues& r1 = page->breakdown[0].now;
  const KpiValues& r3 = page->breakdown[1].now;
  EXPECT_EQ(r1.orders14d, 2);
  EXPECT_EQ(r1.cancelled14d, 1);
  EXPECT_DOUBLE_EQ(rate(r1, "cancel_rate_14d"), 1.0 / 2);
  EXPECT_EQ(r3.orders14d, 1);
  EXPECT_DOUBLE_EQ(rate(r3, "cancel_rate_14d"), 0.0);
  EXPECT_EQ(r1.orders14d + r3.orders14d, page->totals.member.orders14d);
  EXPECT_EQ(r1.cancelled14d + r3.cancelled14d, page->totals.member.cancelled14d);
  EXPECT_EQ(r1.orders, 1);  // the period's counts stay the period's
}

TEST_P(DrillPagesTest, ARepWithMaturedOrdersButNoWorkInThePeriodKeepsItsCancelRateRow) {
  // Friday 20 November: only R9 (no team) works; North's matured orders are 10 October - 6 November.
  auto page =
      buildDrillPage(s.store(), DashboardQuery{Period{day("2026-11-20"), day("2026-11-20")}, day("2026-11-30"), {}},
                     DrillLevel::Team, "North");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_FALSE(page->hasData);
  ASSERT_EQ(page->breakdown.size(), 1u);  // R1 (M1, M2); R3's M4 of 10 November is not in the weeks
  EXPECT_EQ(page->breakdown[0].dims[0].text, "R1");
  EXPECT_EQ(page->breakdown[0].now.visits, 0);
  EXPECT_EQ(page->breakdown[0].now.orders, 0);
  EXPECT_DOUBLE_EQ(rate(page->breakdown[0].now, "cancel_rate_14d"), 1.0 / 2);
  EXPECT_DOUBLE_EQ(rate(page->totals.member, "cancel_rate_14d"), 1.0 / 2);
}

TEST_P(DrillPagesTest, TeamPickerListsTheTeamsOfTheRepsFileOnly) {
  auto page = buildDrillPage(s.store(), friday(), DrillLevel::Team, "");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(page->members, (std::vector<std::string>{"North", "South"}));  // R9 has no team: no "(unknown)"
  EXPECT_TRUE(page->memberWeeks.empty());
}

TEST_P(DrillPagesTest, AreaPageKeepsTheTeamFilterAndListsEveryArea) {
  KpiFilters southOnly;
  southOnly.teams = {"South"};
  auto page = buildDrillPage(s.store(), friday(southOnly), DrillLevel::Area, "A1");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(page->members, (std::vector<std::string>{"A1", "A2"}));
  ASSERT_TRUE(page->area);
  EXPECT_EQ(page->area->homesPassed, 100);
  EXPECT_EQ(page->totals.member.visits, 4);  // South's in A1
  EXPECT_EQ(page->totals.member.orders, 1);
  EXPECT_EQ(page->totals.organisation.visits, 9);
  ASSERT_EQ(page->breakdown.size(), 1u);
  EXPECT_EQ(page->breakdown[0].dims[0].text, "R2");
}

TEST_P(DrillPagesTest, RepPageNamesItsTeamAndBreaksDownByArea) {
  auto page = buildDrillPage(s.store(), friday(), DrillLevel::Rep, "R3");
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_TRUE(page->team);
  EXPECT_EQ(*page->team, "North");
  EXPECT_EQ(page->members.size(), 4u);  // R1, R2, R3 and R9
  ASSERT_EQ(page->breakdown.size(), 1u);
  EXPECT_EQ(page->breakdown[0].dims[0].text, "A2");
  EXPECT_EQ(page->breakdown[0].now.orders, 2);
  EXPECT_DOUBLE_EQ(rate(page->totals.member, "hit_rate"), 2.0 / 2);
}

TEST_P(DrillPagesTest, AnAreaWithoutWorkInThePeriodHasNoData) {
  auto page =
      buildDrillPage(s.store(), DashboardQuery{Period{day("2026-11-26"), day("2026-11-26")}, day("2026-11-30"), {}},
                     DrillLevel::Area, "A2");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_FALSE(page->hasData);
}

TEST_P(DrillPagesTest, PagesAndPickersNameRepsAndAreasWithTheCodeAfterTheName) {
  // The fixture's reps file names R1 "Rep R1", its areas file A1 "Area A1"; R9 is only in the visits.
  auto rep = buildDrillPage(s.store(), friday(), DrillLevel::Rep, "R3");
  ASSERT_TRUE(rep) << rep.error().message;
  EXPECT_EQ(rep->label, "Rep R3 (R3)");
  EXPECT_EQ(rep->memberLabels, (std::vector<std::string>{"Rep R1 (R1)", "Rep R2 (R2)", "Rep R3 (R3)", "R9"}));
  auto unknown = buildDrillPage(s.store(), friday(), DrillLevel::Rep, "R9");
  ASSERT_TRUE(unknown) << unknown.error().message;
  EXPECT_EQ(unknown->label, "R9");  // not in the reps file: its code
  auto area = buildDrillPage(s.store(), friday(), DrillLevel::Area, "A2");
  ASSERT_TRUE(area) << area.error().message;
  EXPECT_EQ(area->label, "Area A2 (A2)");
  EXPECT_EQ(area->memberLabels, (std::vector<std::string>{"Area A1 (A1)", "Area A2 (A2)"}));
  auto team = buildDrillPage(s.store(), friday(), DrillLevel::Team, "North");
  ASSERT_TRUE(team) << team.error().message;
  EXPECT_EQ(team->label, "North");  // a team is its name
  EXPECT_EQ(team->memberLabels, (std::vector<std::string>{"North", "South"}));
}

}  // namespace
}  // namespace salesops::kpi
