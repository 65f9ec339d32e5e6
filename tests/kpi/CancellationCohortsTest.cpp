// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cohort curves on seven hand-made orders; every expected share is worked out in the comments.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/CancellationCohorts.h"

namespace salesops::kpi::testing {
namespace {

// R1 (North) and R2 (South). As of Friday 20 November 2026.
// 2026-W45 (2-8 Nov): O1 2 Nov cancelled the same day; O2 2 Nov cancelled 9 Nov (day 7);
//                     O3 4 Nov cancelled 18 Nov (day 14); O4 6 Nov never cancelled.
// 2026-W46 (9-15 Nov): O5 10 Nov cancelled 12 Nov (day 2); O6 12 Nov cancelled 25 Nov, after as-of.
// 2026-W47 (16-22 Nov): O7 16 Nov, not cancelled.
class CohortFixture : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.rep("R2", "South");
    s.area("A1", "Utrecht", 100);
    const Channel d2d = Channel::D2d;
    s.order("O1", "2026-11-02 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O2", "2026-11-02 23:30", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O3", "2026-11-04 11:00", "R2", "A1", d2d, "fiber-100", 4000);
    s.order("O4", "2026-11-06 12:00", "R2", "A1", d2d, "fiber-100", 4000);
    s.order("O5", "2026-11-10 10:00", "R1", "A1", d2d, "fiber-100", 4000);
    s.order("O6", "2026-11-12 10:00", "R2", "A1", d2d, "fiber-100", 4000);
    s.order("O7", "2026-11-16 10:00", "R1", "A1", Channel::Htl, "fiber-100", 4000);
    s.cancel("O1", "2026-11-02 18:00", CancelReason::CoolingOff);
    s.cancel("O2", "2026-11-09 00:10", CancelReason::WrongExpectation);
    s.cancel("O3", "2026-11-18 09:00", CancelReason::Price);
    s.cancel("O5", "2026-11-12 09:00", CancelReason::WrongExpectation);
    s.cancel("O6", "2026-11-25 09:00", CancelReason::Price);
    s.commit();
  }

  CancellationCohorts cohorts(KpiFilters filters = {}) {
    CohortQuery q;
    q.period = cohortPeriod(asOf, 3);
    q.asOf = asOf;
    q.filters = std::move(filters);
    auto r = cancellationCohorts(s.store(), q);
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    return r ? *r : CancellationCohorts{};
  }

  static std::vector<double> shares(const Cohort& c) {
    std::vector<double> out;
    for (const CohortPoint& p : c.curve) out.push_back(p.share().value_or(-1));
    return out;
  }

  const Date asOf = day("2026-11-20");
  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(CohortFixture);

TEST(CohortPeriod, IsTheWeeksEndingWithTheWeekOfTheLastDay) {
  EXPECT_EQ(cohortPeriod(day("2026-11-20"), 3), (Period{day("2026-11-02"), day("2026-11-20")}));
  EXPECT_EQ(cohortPeriod(day("2026-11-16"), 1), (Period{day("2026-11-16"), day("2026-11-16")}));
  EXPECT_EQ(cohortPeriod(day("2026-11-22"), 8), (Period{day("2026-09-28"), day("2026-11-22")}));
}

TEST_P(CohortFixture, OneCohortPerOrderWeekWithItsCancelRate) {
  const CancellationCohorts c = cohorts();
  ASSERT_EQ(c.cohorts.size(), 3u);
  EXPECT_EQ(c.cohorts[0].week.toString(), "2026-W45");
  EXPECT_EQ(c.cohorts[1].week.toString(), "2026-W46");
  EXPECT_EQ(c.cohorts[2].week.toString(), "2026-W47");
  EXPECT_EQ(c.cohorts[0].orders, 4);
  EXPECT_EQ(c.cohorts[0].cancelled, 3);  // O1 O2 O3
  EXPECT_EQ(c.cohorts[1].orders, 2);
  EXPECT_EQ(c.cohorts[1].cancelled, 1);  // O5; O6's cancellation is after as-of
  EXPECT_EQ(c.cohorts[2].cancelled, 0);
  EXPECT_EQ(c.orders, 7);
  EXPECT_EQ(c.cancelled, 4);
}

TEST_P(CohortFixture, CurvesEndWhereTheNewestOrderOfTheWeekIsTooYoung) {
  const CancellationCohorts c = cohorts();
  // W45: the newest order, O4 on 6 Nov, is 14 days old at as-of: days 0-14. Days 0-6: O1 only;
  // 7-13: O1 O2; 14: O1 O2 O3; always of all 4 orders.
  std::vector<double> w45(7, 0.25);
  w45.insert(w45.end(), 7, 0.5);
  w45.push_back(0.75);
  EXPECT_EQ(shares(c.cohorts[0]), w45);
  EXPECT_EQ(c.cohorts[0].curve[14].orders, 4);
  EXPECT_EQ(c.cohorts[0].curve[14].cancelled, 3);
  // W46: O5 (10 Nov, cancelled day 2) and O6 (12 Nov, 8 days old; cancelled after as-of): days 0-8;
  // 0-1: 0 of 2, 2-8: 1 of 2.
  std::vector<double> w46(2, 0.0);
  w46.insert(w46.end(), 7, 0.5);
  EXPECT_EQ(shares(c.cohorts[1]), w46);
  EXPECT_EQ(c.cohorts[1].curve[8].orders, 2);
  // W47: O7 on 16 Nov, four days old, never cancelled: days 0-4.
  EXPECT_EQ(shares(c.cohorts[2]), std::vector<double>(5, 0.0));
}

TEST_P(CohortFixture, CurvesStopAtTheLastDayAsked) {
  CohortQuery q;
  q.period = cohortPeriod(asOf, 3);
  q.asOf = asOf;
  q.maxDay = 7;
  auto c = cancellationCohorts(s.store(), q);
  ASSERT_TRUE(c);
  ASSERT_EQ(c->cohorts[0].curve.size(), 8u);  // days 0-7
  EXPECT_DOUBLE_EQ(*c->cohorts[0].curve[7].share(), 0.5);
  EXPECT_EQ(c->cohorts[2].curve.size(), 5u);  // W47 is only 4 days old
}

TEST_P(CohortFixture, DayFourteenIsTheEnginesCancelRate14dAndTheCohortItsCancelRate) {
  const CancellationCohorts c = cohorts();
  KpiQuery q;
  q.period = {day("2026-11-02"), day("2026-11-08")};
  q.asOf = asOf;
  auto rows = s.run(q);
  ASSERT_TRUE(rows);
  const KpiValues& v = rows->front().now;
  EXPECT_DOUBLE_EQ(*c.cohorts[0].curve[14].share(), std::get<double>(v.value(KpiId::cancel_rate_14d)));
  EXPECT_DOUBLE_EQ(*c.cohorts[0].cancelRate(), std::get<double>(v.value(KpiId::cancel_rate)));
  q.period = c.query.period;
  rows = s.run(q);
  ASSERT_TRUE(rows);
  EXPECT_DOUBLE_EQ(static_cast<double>(c.cancelled) / static_cast<double>(c.orders),
                   std::get<double>(rows->front().now.value(KpiId::cancel_rate)));
}

TEST_P(CohortFixture, ReasonsMostCancellationsFirstSharesAddUpToTheCancelRate) {
  const CancellationCohorts c = cohorts();
  ASSERT_EQ(c.reasons.size(), 3u);  // O6's price cancellation is after as-of: not counted
  EXPECT_EQ(c.reasons[0].reason, CancelReason::WrongExpectation);  // O2 O5
  EXPECT_EQ(c.reasons[0].cancelled, 2);
  EXPECT_EQ(c.reasons[1].reason, CancelReason::CoolingOff);  // ties keep the reasons' order
  EXPECT_EQ(c.reasons[2].reason, CancelReason::Price);
  EXPECT_EQ(c.reasons[2].cancelled, 1);
  EXPECT_DOUBLE_EQ(*c.reasons[0].share(), 2.0 / 7);
  EXPECT_DOUBLE_EQ(*c.reasons[0].share() + *c.reasons[1].share() + *c.reasons[2].share(), 4.0 / 7);
}

TEST_P(CohortFixture, FiltersAreMatchedAsTheEngineMatchesThem) {
  KpiFilters north;
  north.teams = {"North"};  // R1: O1 O2 (W45), O5 (W46), O7 (W47)
  CancellationCohorts c = cohorts(north);
  EXPECT_EQ(c.cohorts[0].orders, 2);
  EXPECT_EQ(c.cohorts[0].cancelled, 2);
  EXPECT_DOUBLE_EQ(*c.cohorts[0].curve[0].share(), 0.5);  // O1 on day 0
  EXPECT_DOUBLE_EQ(*c.cohorts[0].curve[7].share(), 1.0);  // O2 on day 7
  EXPECT_EQ(c.cohorts[0].curve.size(), 19u);              // both from 2 Nov: days 0-18
  EXPECT_EQ(c.cohorts[1].orders, 1);
  EXPECT_EQ(c.orders, 4);

  KpiFilters htl;
  htl.channels = {Channel::Htl};
  c = cohorts(htl);
  EXPECT_EQ(c.orders, 1);  // O7
  EXPECT_EQ(c.cohorts[0].orders, 0);
  EXPECT_TRUE(c.cohorts[0].curve.empty());
}

}  // namespace
}  // namespace salesops::kpi::testing
