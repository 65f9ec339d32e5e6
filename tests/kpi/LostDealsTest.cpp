// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where deals are lost: the funnel's step conversions, the doorstep outcomes and the cancel-rate
// outliers, each on numbers worked out by hand (the sums are in the comments).
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/LostDeals.h"

namespace salesops::kpi::testing {
namespace {

TEST(FunnelSteps, EachStepIsItsCountOverTheStepBefore) {
  KpiValues v;
  v.visits = 200;
  v.contacts = 120;
  v.pitches = 90;
  v.quotes = 30;
  v.orders = 12;
  v.installed = 9;
  const std::vector<FunnelStep> steps = funnelSteps(v);
  ASSERT_EQ(steps.size(), 6u);
  EXPECT_EQ(steps[0].kpi, KpiId::visits);
  EXPECT_FALSE(steps[0].stepConversion);
  EXPECT_DOUBLE_EQ(*steps[0].shareOfVisits, 1.0);
  // contacts 120 / visits 200, pitches 90 / 120, quotes 30 / 90, orders 12 / 30, installed 9 / 12.
  const double expected[] = {0.6, 0.75, 1.0 / 3.0, 0.4, 0.75};
  const int64_t n[] = {200, 120, 90, 30, 12};
  for (size_t i = 1; i < steps.size(); ++i) {
    EXPECT_NEAR(*steps[i].stepConversion, expected[i - 1], 1e-12) << kpiName(steps[i].kpi);
    EXPECT_EQ(steps[i].previous, n[i - 1]) << kpiName(steps[i].kpi);
  }
  EXPECT_EQ(steps[5].kpi, KpiId::installed);
  EXPECT_DOUBLE_EQ(*steps[5].shareOfVisits, 0.045);  // 9 / 200
  EXPECT_DOUBLE_EQ(*steps[4].shareOfVisits, 0.06);   // 12 / 200
}

TEST(FunnelSteps, AStepAfterAnEmptyStepHasNoConversionNotZero) {
  KpiValues v;
  v.visits = 10;
  v.contacts = 0;
  const std::vector<FunnelStep> steps = funnelSteps(v);
  EXPECT_DOUBLE_EQ(*steps[1].stepConversion, 0.0);  // 0 of 10 visits
  EXPECT_FALSE(steps[2].stepConversion);            // pitches of 0 contacts: no value
  EXPECT_DOUBLE_EQ(*steps[2].shareOfVisits, 0.0);
}

// R1 in A1: 3 not home, 2 no interest, 1 already a customer, 4 locked in, 1 callback, 1 quote,
// 1 sale: 10 contacts. R2 in A2: 1 already a customer, 1 sale: 2 contacts.
class DoorstepFixture : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.rep("R2", "South");
    s.area("A1", "Utrecht", 100);
    s.area("A2", "Zeist", 50);
    using O = Outcome;
    const O r1[] = {O::NotHome,
                    O::NotHome,
                    O::NotHome,
                    O::NoInterest,
                    O::NoInterest,
                    O::AlreadyCustomer,
                    O::ContractLockIn,
                    O::ContractLockIn,
                    O::ContractLockIn,
                    O::ContractLockIn,
                    O::Callback,
                    O::Quote,
                    O::Sale};
    int i = 0;
    for (O o : r1) {
      const std::string id = "V" + std::to_string(10 + i);
      s.visit(id, "2026-11-02 1" + std::to_string(i / 6) + ":" + std::to_string(10 + i % 6 * 5), "R1", "A1", o,
              Channel::D2d, "1234AB", 1 + i);
      ++i;
    }
    s.visit("V50", "2026-11-03 14:00", "R2", "A2", O::AlreadyCustomer, Channel::D2d, "3700AA", 1);
    s.visit("V51", "2026-11-03 14:30", "R2", "A2", O::Sale, Channel::D2d, "3700AA", 2);
    s.commit();
  }
  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(DoorstepFixture);

TEST_P(DoorstepFixture, OutcomesPerRepAreTheirSharesOfContactsOnBothReadPaths) {
  for (store::FactPath path : s.paths()) {
    KpiQuery q;
    q.period = {day("2026-11-02"), day("2026-11-08")};
    q.asOf = day("2026-11-30");
    q.by = {Dimension::Rep};
    auto rows = s.run(q, path);
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    const DoorstepOutcomes r1 = doorstepOutcomes((*rows)[0].now);
    EXPECT_EQ(r1.contacts, 10);
    EXPECT_EQ(r1.quotes, 2);
    const int64_t counts[] = {2, 1, 4, 1};  // no interest, already a customer, lock-in, callback
    for (size_t i = 0; i < 4; ++i) {
      EXPECT_EQ(r1.lost[i].outcome, kLostOutcomes[i]);
      EXPECT_EQ(r1.lost[i].count, counts[i]);
      EXPECT_DOUBLE_EQ(*r1.lost[i].shareOfContacts, static_cast<double>(counts[i]) / 10.0);
    }
    const DoorstepOutcomes r2 = doorstepOutcomes((*rows)[1].now);
    EXPECT_EQ(r2.contacts, 2);
    EXPECT_DOUBLE_EQ(*r2.lost[1].shareOfContacts, 0.5);  // 1 already a customer of 2
    EXPECT_DOUBLE_EQ(*r2.lost[0].shareOfContacts, 0.0);
  }
}

TEST_P(DoorstepFixture, OutcomesPerTeamAndAreaAddUpToTheContacts) {
  for (Dimension d : {Dimension::Team, Dimension::Area}) {
    KpiQuery q;
    q.period = {day("2026-11-02"), day("2026-11-08")};
    q.asOf = day("2026-11-30");
    q.by = {d};
    auto rows = s.run(q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2u);
    for (const KpiRow& r : *rows) {
      const DoorstepOutcomes o = doorstepOutcomes(r.now);
      int64_t sum = o.quotes;
      for (const DoorstepOutcome& x : o.lost) sum += x.count;
      EXPECT_EQ(sum, o.contacts) << r.dims[0].text;
    }
    EXPECT_EQ(doorstepOutcomes((*rows)[0].now).lost[2].count, 4);  // North / A1: R1's 4 lock-ins
  }
}

KpiRow cohortRow(const std::string& rep, int64_t orders, int64_t orders14d, int64_t cancelled14d) {
  KpiRow r;
  r.dims = {{rep, std::nullopt}};
  r.now.orders = orders;
  r.now.orders14d = orders14d;
  r.now.cancelled14d = cancelled14d;
  return r;
}

TEST(CancelOutliers, AMemberIsMeasuredAgainstTheRestAndOutliersComeFirst) {
  // B: 10 of 200, A: 30 of 100, C: 10 of 100; 50 of 400 together.
  const std::vector<KpiRow> rows = {cohortRow("B", 300, 200, 10), cohortRow("A", 150, 100, 30),
                                    cohortRow("C", 120, 100, 10)};
  const std::vector<CancelOutlier> o = cancelOutliers(rows);
  ASSERT_EQ(o.size(), 3u);
  // A: 30% against the rest's 20 / 300; 30 - 100 x 20/300 = 23.33 too many. Pooled 40/400 = 0.1,
  // z = (0.3 - 0.0667) / sqrt(0.1 x 0.9 x (1/100 + 1/300)) = 6.74: significant.
  EXPECT_DOUBLE_EQ(*o[1].rate, 0.3);
  EXPECT_NEAR(*o[1].restRate, 20.0 / 300.0, 1e-12);
  EXPECT_NEAR(o[1].excess, 30.0 - 100.0 * 20.0 / 300.0, 1e-9);
  EXPECT_TRUE(o[1].significant);
  // B: 5% against the rest's 40 / 200 = 20%: 10 - 40 = -30, better than the rest.
  EXPECT_NEAR(o[0].excess, -30.0, 1e-9);
  EXPECT_FALSE(o[0].significant);
  // C: 10% against 40 / 300: 10 - 13.33.
  EXPECT_NEAR(o[2].excess, 10.0 - 100.0 * 40.0 / 300.0, 1e-9);
  EXPECT_FALSE(o[2].significant);
  // A first (the outlier), then by orders: B (300), C (120).
  EXPECT_EQ(outliersFirst(rows, o), (std::vector<size_t>{1, 0, 2}));
}

TEST(CancelOutliers, FewerThanThirtyOrdersGiveNoVerdict) {
  // 10 of 20 is 50%, but 20 orders are too few to tell (kpis.md): not flagged, still its excess.
  const std::vector<KpiRow> rows = {cohortRow("A", 20, 20, 10), cohortRow("B", 300, 300, 15)};
  const std::vector<CancelOutlier> o = cancelOutliers(rows);
  EXPECT_FALSE(o[0].significant);
  EXPECT_NEAR(o[0].excess, 10.0 - 20.0 * 0.05, 1e-9);
}

}  // namespace
}  // namespace salesops::kpi::testing
