// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <array>
#include <gtest/gtest.h>

#include "salesops/kpi/Significance.h"

namespace salesops::kpi {
namespace {

TEST(Significance, HalvedConversionOnTwoHundredContactsIsSignificantDown) {
  // 30/200 = 0.15 now against 60/200 = 0.30 before.
  // pooled p = 90/400 = 0.225; p(1-p) = 0.225 * 0.775 = 0.174375; (1/200 + 1/200) = 0.01;
  // variance = 0.00174375; sqrt = 0.0417582; z = (0.15 - 0.30) / 0.0417582 = -3.59211.
  const Significance s = testSignificance({30, 200}, {60, 200});
  ASSERT_TRUE(s.z);
  EXPECT_NEAR(*s.z, -3.59211, 1e-5);
  EXPECT_EQ(s.verdict, Verdict::SignificantDown);
  EXPECT_TRUE(s.significant());
  EXPECT_DOUBLE_EQ(*s.current, 0.15);
  EXPECT_DOUBLE_EQ(*s.previous, 0.30);
  EXPECT_NEAR(*s.absoluteChange, -0.15, 1e-15);
  EXPECT_NEAR(*s.relativeChange, -0.5, 1e-15);
}

TEST(Significance, SmallRiseIsNotSignificant) {
  // 45/300 = 0.15 against 36/300 = 0.12. pooled p = 81/600 = 0.135; p(1-p) = 0.116775;
  // variance = 0.116775 * 2/300 = 0.0007785; sqrt = 0.0279016; z = 0.03 / 0.0279016 = 1.07521.
  const Significance s = testSignificance({45, 300}, {36, 300});
  ASSERT_TRUE(s.z);
  EXPECT_NEAR(*s.z, 1.07521, 1e-5);
  EXPECT_EQ(s.verdict, Verdict::NotSignificant);
  EXPECT_FALSE(s.significant());
  EXPECT_NEAR(*s.relativeChange, 0.25, 1e-12);
}

TEST(Significance, ThresholdIsTwoPointFiftyEight) {
  // 138/1000 against 100/1000: pooled p = 238/2000 = 0.119; p(1-p) = 0.104839;
  // variance = 0.104839 * 0.002 = 0.000209678; sqrt = 0.0144803; z = 0.038 / 0.0144803 = 2.62426.
  const Significance above = testSignificance({138, 1000}, {100, 1000});
  EXPECT_NEAR(*above.z, 2.62426, 1e-5);
  EXPECT_EQ(above.verdict, Verdict::SignificantUp);
  // 137/1000: pooled p = 0.1185; p(1-p) = 0.10445775; variance = 0.000208916; sqrt = 0.0144539;
  // z = 0.037 / 0.0144539 = 2.55986, just under 2.58.
  const Significance below = testSignificance({137, 1000}, {100, 1000});
  EXPECT_NEAR(*below.z, 2.55986, 1e-5);
  EXPECT_EQ(below.verdict, Verdict::NotSignificant);
  // The test is symmetric: swapping the samples flips the sign only.
  EXPECT_NEAR(*testSignificance({100, 1000}, {138, 1000}).z, -2.62426, 1e-5);
  EXPECT_EQ(testSignificance({100, 1000}, {138, 1000}).verdict, Verdict::SignificantDown);
}

TEST(Significance, ThirtyInEachDenominatorIsEnoughForAVerdict) {
  // 0/30 against 15/30: pooled p = 15/60 = 0.25; variance = 0.25 * 0.75 * (2/30) = 0.0125;
  // sqrt = 0.111803; z = -0.5 / 0.111803 = -4.47214.
  const Significance s = testSignificance({0, 30}, {15, 30});
  ASSERT_TRUE(s.z);
  EXPECT_NEAR(*s.z, -4.47214, 1e-5);
  EXPECT_EQ(s.verdict, Verdict::SignificantDown);
}

TEST(Significance, TwentyNineInEitherDenominatorGivesNoVerdict) {
  for (const auto& [now, before] :
       {std::pair<RateParts, RateParts>{{0, 29}, {15, 30}}, std::pair<RateParts, RateParts>{{0, 30}, {15, 29}}}) {
    const Significance s = testSignificance(now, before);
    EXPECT_EQ(s.verdict, Verdict::NoVerdict);
    EXPECT_FALSE(s.z);
    // The rates and the change are still given: only the verdict is withheld.
    ASSERT_TRUE(s.absoluteChange);
    EXPECT_NEAR(*s.absoluteChange, 0.0 - 15.0 / before.denominator, 1e-15);
  }
}

TEST(Significance, ZeroDenominatorHasNoRateAndNoVerdict) {
  const Significance s = testSignificance({0, 0}, {10, 100});
  EXPECT_FALSE(s.current);
  EXPECT_DOUBLE_EQ(*s.previous, 0.1);
  EXPECT_FALSE(s.absoluteChange);
  EXPECT_FALSE(s.relativeChange);
  EXPECT_FALSE(s.z);
  EXPECT_EQ(s.verdict, Verdict::NoVerdict);
  EXPECT_EQ(testSignificance({0, 0}, {0, 0}).verdict, Verdict::NoVerdict);
}

TEST(Significance, EqualRatesWithoutSpreadAreNotSignificant) {
  // Both 0: the pooled variance is 0, the rates are equal, z is 0.
  const Significance zero = testSignificance({0, 100}, {0, 50});
  EXPECT_EQ(*zero.z, 0.0);
  EXPECT_EQ(zero.verdict, Verdict::NotSignificant);
  EXPECT_FALSE(zero.relativeChange);  // nothing to be relative to
  const Significance all = testSignificance({40, 40}, {90, 90});
  EXPECT_EQ(*all.z, 0.0);
  EXPECT_EQ(all.verdict, Verdict::NotSignificant);
}

TEST(Significance, MoreThanTheDenominatorIsNotAProportion) {
  // 40 orders on 35 conversations: possible at a slice's edge, but not a proportion to test.
  const Significance s = testSignificance({40, 35}, {10, 100});
  EXPECT_EQ(s.verdict, Verdict::NoVerdict);
  EXPECT_FALSE(s.z);
}

TEST(Significance, WithinOneStratumItIsTheTwoProportionTest) {
  const std::array<Stratum, 1> one{{{{30, 500}, {60, 500}}}};
  const Significance within = testWithinStrata(one);
  const Significance plain = testSignificance({30, 500}, {60, 500});
  EXPECT_NEAR(*within.z, *plain.z, 1e-12);
  EXPECT_DOUBLE_EQ(*within.current, *plain.current);
  EXPECT_DOUBLE_EQ(*within.previous, *plain.previous);
  EXPECT_EQ(within.verdict, plain.verdict);
}

TEST(Significance, WithinStrataComparesEachStratumsRateAtTheCurrentMix) {
  // Stratum 1: 30/100 now, 50/100 before; stratum 2: 10/50 both times. N1 = 150.
  // Expected numerator at the previous rates: 100 * 0.5 + 50 * 0.2 = 60; current numerator 40.
  // Variance of the difference: stratum 1 pooled p = 80/200 = 0.4: 100^2 * 0.24 * (2/100) = 48;
  // stratum 2 pooled p = 0.2: 50^2 * 0.16 * (2/50) = 16. z = (40 - 60) / sqrt(64) = -2.5.
  const std::array<Stratum, 2> strata{{{{30, 100}, {50, 100}}, {{10, 50}, {10, 50}}}};
  const Significance s = testWithinStrata(strata);
  EXPECT_DOUBLE_EQ(*s.current, 40.0 / 150);
  EXPECT_DOUBLE_EQ(*s.previous, 60.0 / 150);
  EXPECT_NEAR(*s.absoluteChange, -20.0 / 150, 1e-12);
  EXPECT_NEAR(*s.z, -2.5, 1e-12);
  EXPECT_EQ(s.verdict, Verdict::NotSignificant);  // |z| < 2.58
}

TEST(Significance, AChangeOfMixAloneIsNoChangeWithinStrata) {
  // Door: 100/200 both times; stand: 20/20 before, 100/100 now. Pooled over both the rate went from
  // 120/220 = 54.5% to 200/300 = 66.7%, which the plain test calls significant; within strata the
  // rates are equal and z is 0. A stratum missing from one sample takes no part.
  const std::array<Stratum, 3> strata{{{{100, 200}, {100, 200}}, {{100, 100}, {20, 20}}, {{5, 40}, {0, 0}}}};
  EXPECT_TRUE(testSignificance({200, 300}, {120, 220}).significant());
  const Significance s = testWithinStrata(strata);
  EXPECT_EQ(*s.z, 0.0);
  EXPECT_EQ(s.verdict, Verdict::NotSignificant);
  EXPECT_DOUBLE_EQ(*s.current, 200.0 / 300);
  EXPECT_FALSE(comparable(strata[2]));
}

TEST(Significance, WithinStrataNeedsThirtyOverTheComparableStrata) {
  // 20 + 20 now and 20 + 20 before: each stratum is small, together they are enough.
  const std::array<Stratum, 2> enough{{{{2, 20}, {10, 20}}, {{2, 20}, {10, 20}}}};
  EXPECT_NE(testWithinStrata(enough).verdict, Verdict::NoVerdict);
  const std::array<Stratum, 2> tooFew{{{{2, 20}, {10, 20}}, {{2, 20}, {0, 0}}}};
  EXPECT_EQ(testWithinStrata(tooFew).verdict, Verdict::NoVerdict);
}

TEST(Significance, OrdersFiftyAgainstNinetyIsASignificantDropOfACount) {
  // Poisson counts of equal periods: z = (50 - 90) / sqrt(50 + 90) = -40 / 11.83216 = -3.38062.
  const Significance s = testCountChange(50, 90);
  ASSERT_TRUE(s.z);
  EXPECT_NEAR(*s.z, -3.38062, 1e-5);
  EXPECT_EQ(s.verdict, Verdict::SignificantDown);
  EXPECT_NEAR(*s.relativeChange, -40.0 / 90.0, 1e-12);
  EXPECT_DOUBLE_EQ(*s.absoluteChange, -40);
}

TEST(Significance, OrdersDownATwentyNinePercentOnSmallCountsIsWithinChance) {
  // 52 against 73 (-28.8%): z = -21 / sqrt(125) = -21 / 11.18034 = -1.87830, under 2.58.
  const Significance s = testCountChange(52, 73);
  ASSERT_TRUE(s.z);
  EXPECT_NEAR(*s.z, -1.87830, 1e-5);
  EXPECT_EQ(s.verdict, Verdict::NotSignificant);
  // 250 against 351 (also -28.8%): z = -101 / sqrt(601) = -101 / 24.51530 = -4.11988.
  const Significance big = testCountChange(250, 351);
  EXPECT_NEAR(*big.z, -4.11988, 1e-5);
  EXPECT_EQ(big.verdict, Verdict::SignificantDown);
}

TEST(Significance, CountsTogetherUnderThirtyGetNoVerdict) {
  EXPECT_EQ(testCountChange(10, 19).verdict, Verdict::NoVerdict);       // 29 in all
  EXPECT_EQ(testCountChange(10, 20).verdict, Verdict::NotSignificant);  // z = -10 / sqrt(30) = -1.826
  EXPECT_EQ(testCountChange(0, 0).verdict, Verdict::NoVerdict);
  EXPECT_FALSE(testCountChange(0, 0).relativeChange);
}

TEST(Significance, VerdictNames) {
  EXPECT_EQ(toString(Verdict::NoVerdict), "no_verdict");
  EXPECT_EQ(toString(Verdict::NotSignificant), "not_significant");
  EXPECT_EQ(toString(Verdict::SignificantUp), "significant_up");
  EXPECT_EQ(toString(Verdict::SignificantDown), "significant_down");
}

}  // namespace
}  // namespace salesops::kpi
