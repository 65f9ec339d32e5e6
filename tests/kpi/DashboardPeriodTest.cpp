// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The periods of the daily start on a hand-made store: the last complete data day, a period in
// progress against the same part of the week before, and the cohort tile anchored to the period's
// end. Every expected number is worked out in the comments.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/WeeklyPack.h"

namespace salesops::kpi::testing {
namespace {

// One rep, one area, d2d. Today is Thursday 3 December 2026 (2026-W49, 30 Nov - 6 Dec).
// W48 (23-29 Nov), visits: Mon 10:00, Tue 11:00, Wed 12:00, Thu 09:00 (sale, order 09:30),
//   Thu 14:30, Thu 16:00 (sale, order 16:10), Fri 10:00, Sat 10:00: 8 visits, 2 orders.
// W49 so far, visits: Mon 10:00 (sale, order 10:15), Tue 10:00, Tue 15:00, Wed 10:00,
//   Thu 09:00, Thu 14:00 (the latest visit): 6 visits, 1 order.
// Every visit opens the door (a contact) but the two not-at-home ones: W48 Sat, W49 Tue 15:00.
class DashboardPeriods : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.area("A1", "Utrecht", 100);
    const auto visit = [&](const std::string& id, const std::string& at, Outcome o) {
      s.visit(id, at, "R1", "A1", o, Channel::D2d, "1000AA", static_cast<int>(visits_++ + 1));
    };
    visit("V1", "2026-11-23 10:00", Outcome::NoInterest);
    visit("V2", "2026-11-24 11:00", Outcome::NoInterest);
    visit("V3", "2026-11-25 12:00", Outcome::NoInterest);
    visit("V4", "2026-11-26 09:00", Outcome::Sale);
    visit("V5", "2026-11-26 14:30", Outcome::NoInterest);
    visit("V6", "2026-11-26 16:00", Outcome::Sale);
    visit("V7", "2026-11-27 10:00", Outcome::NoInterest);
    visit("V8", "2026-11-28 10:00", Outcome::NotHome);
    visit("V9", "2026-11-30 10:00", Outcome::Sale);
    visit("V10", "2026-12-01 10:00", Outcome::NoInterest);
    visit("V11", "2026-12-01 15:00", Outcome::NotHome);
    visit("V12", "2026-12-02 10:00", Outcome::NoInterest);
    visit("V13", "2026-12-03 09:00", Outcome::NoInterest);
    visit("V14", "2026-12-03 14:00", Outcome::NoInterest);
    s.order("O1", "2026-11-26 09:30", "R1", "A1", Channel::D2d, "fiber-100", 4000);
    s.order("O2", "2026-11-26 16:10", "R1", "A1", Channel::D2d, "fiber-100", 4000);
    s.order("O3", "2026-11-30 10:15", "R1", "A1", Channel::D2d, "fiber-100", 4000);
    s.commit();
  }

  DashboardData page(Period p, Date asOf) {
    auto d = buildDashboard(s.store(), DashboardQuery{p, asOf, {}, today});
    EXPECT_TRUE(d) << (d ? "" : d.error().message);
    return d ? *d : DashboardData{};
  }

  static const Tile& tile(const DashboardData& d, KpiId kpi) {
    for (const Tile& t : d.tiles)
      if (t.kpi == kpi) return t;
    throw std::runtime_error("no tile " + std::string(kpiName(kpi)));
  }

  static int64_t count(const KpiValues& v, const char* kpi) { return std::get<int64_t>(v.value(kpi)); }

  const Date today = day("2026-12-03");
  size_t visits_ = 0;
  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(DashboardPeriods);

TEST_P(DashboardPeriods, TheLastCompleteDayIsTheDayBeforeTodaysData) {
  auto clock = readDataClock(s.store(), today);
  ASSERT_TRUE(clock);
  ASSERT_TRUE(clock->latest);
  EXPECT_EQ(*clock->latest, at("2026-12-03 14:00"));
  EXPECT_EQ(clock->lastCompleteDay, day("2026-12-02"));  // today's data is still coming in
  // Read on Friday, Thursday is over: its data is complete, whatever its last hour.
  auto friday = readDataClock(s.store(), day("2026-12-04"));
  ASSERT_TRUE(friday);
  EXPECT_EQ(friday->lastCompleteDay, day("2026-12-03"));
  EXPECT_EQ(friday->cut(Period{day("2026-11-30"), day("2026-12-06")}), (DataCut{day("2026-12-03"), 23}));
  // Read on Wednesday, Thursday's rows are in the future: Tuesday is the last complete day.
  auto wednesday = readDataClock(s.store(), day("2026-12-02"));
  ASSERT_TRUE(wednesday);
  EXPECT_EQ(*wednesday->latest, at("2026-12-02 10:00"));
  EXPECT_EQ(wednesday->lastCompleteDay, day("2026-12-01"));
}

TEST_P(DashboardPeriods, AWeekInProgressIsComparedWithTheSamePartOfTheWeekBefore) {
  const DashboardData d = page(Period{day("2026-11-30"), day("2026-12-06")}, today);
  EXPECT_TRUE(d.inProgress());
  ASSERT_TRUE(d.cut);
  EXPECT_EQ(*d.cut, (DataCut{day("2026-12-03"), 14}));
  // W49: 6 visits; 5 contacts (all but V11, not at home); O3.
  EXPECT_EQ(count(tile(d, KpiId::visits).now, "visits"), 6);
  EXPECT_EQ(count(tile(d, KpiId::contacts).now, "contacts"), 5);
  EXPECT_EQ(count(tile(d, KpiId::orders).now, "orders"), 1);
  // W48 up to Thursday 14:59: V1-V5 (not V6 at 16:00, nor Friday and Saturday); O1, not O2.
  EXPECT_EQ(count(tile(d, KpiId::visits).lastWeek, "visits"), 5);
  EXPECT_EQ(count(tile(d, KpiId::contacts).lastWeek, "contacts"), 5);
  EXPECT_EQ(count(tile(d, KpiId::orders).lastWeek, "orders"), 1);
  // Conversion: 1 / 5 now against 1 / 5, not against the whole week's 2 / 7.
  EXPECT_DOUBLE_EQ(std::get<double>(tile(d, KpiId::conversion).lastWeek.value(KpiId::conversion)), 0.2);
  // The tables compare alike: rep R1 has 5 contacts before, not 7.
  ASSERT_EQ(d.reps.size(), 1u);
  ASSERT_TRUE(d.reps[0].prev);
  EXPECT_EQ(count(*d.reps[0].prev, "contacts"), 5);
  // Alerts compare whole days: the 7 days ending with the last complete day.
  EXPECT_EQ(d.alertPeriod, (Period{day("2026-11-26"), day("2026-12-02")}));
}

TEST_P(DashboardPeriods, TheWeeklyPackOfAWeekInProgressComparesTheSamePart) {
  auto pack = buildWeeklyPack(s.store(), WeeklyPackRequest{day("2026-11-30").isoWeek(), today, today});
  ASSERT_TRUE(pack) << pack.error().message;
  EXPECT_TRUE(pack->dashboard.inProgress());
  ASSERT_EQ(pack->tiles.front().kpi, KpiId::visits);
  // 6 visits against W48's 5 up to Thursday 14:59, not its 8.
  EXPECT_EQ(count(pack->tiles.front().now, "visits"), 6);
  EXPECT_EQ(count(pack->tiles.front().previousWeek, "visits"), 5);
  ASSERT_EQ(pack->areas.size(), 1u);
  ASSERT_TRUE(pack->areas[0].prev);
  EXPECT_EQ(count(*pack->areas[0].prev, "visits"), 5);
  // The explanation of the conversion change: 5 contacts before, as the tiles.
  EXPECT_DOUBLE_EQ(pack->conversionByArea.baseTotal.denominator, 5);
}

TEST_P(DashboardPeriods, TodaySoFarIsComparedWithLastThursdayUpToTheSameHour) {
  const DashboardData d = page(Period{today, today}, today);
  EXPECT_TRUE(d.inProgress());
  // Thursday so far: V13, V14. Last Thursday up to 14:59: V4, V5 (V6 at 16:00 is not yet).
  EXPECT_EQ(count(tile(d, KpiId::visits).now, "visits"), 2);
  EXPECT_EQ(count(tile(d, KpiId::visits).lastWeek, "visits"), 2);
  // A complete day is compared whole: Wednesday V12 against last Wednesday V3.
  const DashboardData wednesday = page(Period{day("2026-12-02"), day("2026-12-02")}, today);
  EXPECT_FALSE(wednesday.inProgress());
  EXPECT_FALSE(wednesday.cut);
  EXPECT_EQ(count(tile(wednesday, KpiId::visits).now, "visits"), 1);
  EXPECT_EQ(count(tile(wednesday, KpiId::visits).lastWeek, "visits"), 1);
  // Last Thursday as a whole, a complete day: V4 V5 V6.
  const DashboardData before = page(Period{day("2026-11-26"), day("2026-11-26")}, today);
  EXPECT_EQ(count(tile(before, KpiId::visits).now, "visits"), 3);
}

TEST(MatureCohortPeriod, IsTheFourWeeksOfOrdersFourteenDaysOldAtThePeriodsEnd) {
  // W48 read on 20 December: its end, 29 Nov, less 14 days is 15 Nov; 28 days back from there.
  EXPECT_EQ(matureCohortPeriod(Period{day("2026-11-23"), day("2026-11-29")}, day("2026-12-20")),
            (Period{day("2026-10-19"), day("2026-11-15")}));
  // A period ending after as-of: its orders must be 14 days old at as-of.
  EXPECT_EQ(matureCohortPeriod(Period{day("2026-11-30"), day("2026-12-06")}, day("2026-12-03")),
            (Period{day("2026-10-23"), day("2026-11-19")}));
}

// O1 2 Nov cancelled 4 Nov (cooling off), O2 3 Nov, O3 18 Nov cancelled 20 Nov (price). As of 20 December.
class CohortTile : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(CohortTile);

TEST_P(CohortTile, FollowsTheFiltersPeriodNotTheAsOf) {
  KpiTestStore s(GetParam());
  s.rep("R1", "North");
  s.area("A1", "Utrecht", 100);
  s.visit("V1", "2026-12-10 10:00", "R1", "A1", Outcome::NoInterest, Channel::D2d, "1000AA", 1);
  s.order("O1", "2026-11-02 10:00", "R1", "A1", Channel::D2d, "fiber-100", 4000);
  s.order("O2", "2026-11-03 10:00", "R1", "A1", Channel::D2d, "fiber-100", 4000);
  s.order("O3", "2026-11-18 10:00", "R1", "A1", Channel::D2d, "fiber-100", 4000);
  s.cancel("O1", "2026-11-04 10:00");
  s.cancel("O3", "2026-11-20 10:00", CancelReason::Price);
  s.commit();
  const Date asOf = day("2026-12-20");
  const auto cohortTile = [&](Period p) {
    auto d = buildDashboard(s.store(), DashboardQuery{p, asOf, {}, asOf});
    EXPECT_TRUE(d);
    for (const Tile& t : d->tiles)
      if (t.kpi == KpiId::cancel_rate_14d) return t;
    return Tile{};
  };
  // W48: orders of 19 Oct - 15 Nov, O1 and O2: 1 of 2 cancelled within 14 days.
  const Tile w48 = cohortTile(Period{day("2026-11-23"), day("2026-11-29")});
  EXPECT_EQ(w48.period, (Period{day("2026-10-19"), day("2026-11-15")}));
  EXPECT_DOUBLE_EQ(std::get<double>(w48.now.value(KpiId::cancel_rate_14d)), 0.5);
  // W49: orders of 26 Oct - 22 Nov, O1 O2 O3: 2 of 3.
  const Tile w49 = cohortTile(Period{day("2026-11-30"), day("2026-12-06")});
  EXPECT_EQ(w49.period, (Period{day("2026-10-26"), day("2026-11-22")}));
  EXPECT_DOUBLE_EQ(std::get<double>(w49.now.value(KpiId::cancel_rate_14d)), 2.0 / 3.0);
  // Its week before is W48's own value.
  EXPECT_DOUBLE_EQ(std::get<double>(w49.lastWeek.value(KpiId::cancel_rate_14d)), 0.5);

  // Cancellations by reason on the daily start are the Cancellations page's: the orders of the eight
  // ISO weeks ending with W49 (12 Oct - 6 Dec), O1 O2 O3: one cooling off, one price, of 3 orders.
  const Period w49Period{day("2026-11-30"), day("2026-12-06")};
  auto daily = buildDashboard(s.store(), DashboardQuery{w49Period, asOf, {}, asOf});
  auto cancellations = buildCancellationsPage(s.store(), w49Period, asOf, {});
  ASSERT_TRUE(daily && cancellations);
  EXPECT_EQ(daily->reasonsPeriod, (Period{day("2026-10-12"), day("2026-12-06")}));
  EXPECT_EQ(cancellations->cohorts.query.period, daily->reasonsPeriod);
  ASSERT_EQ(daily->reasons.size(), 2u);
  EXPECT_EQ(daily->reasons[0].reason, CancelReason::CoolingOff);
  EXPECT_EQ(daily->reasons[0].cancelled, 1);
  EXPECT_EQ(daily->reasons[1].reason, CancelReason::Price);
  EXPECT_EQ(daily->reasons[1].orders, 3);
  ASSERT_EQ(cancellations->cohorts.reasons.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(cancellations->cohorts.reasons[i].reason, daily->reasons[i].reason);
    EXPECT_EQ(cancellations->cohorts.reasons[i].cancelled, daily->reasons[i].cancelled);
  }
}

}  // namespace
}  // namespace salesops::kpi::testing
