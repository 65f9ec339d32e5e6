// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <random>

#include "AnalysisDemoStore.h"

#include "salesops/demo/DemoGenerator.h"
#include "salesops/kpi/Explain.h"

namespace salesops::kpi::test {
namespace {

const ExplainMember& member(const Explanation& e, std::string_view name) {
  for (const auto& m : e.members)
    if (m.member == name) return m;
  throw std::runtime_error("no member " + std::string(name));
}

double sumOfEffects(const Explanation& e) {
  double s = 0;
  for (const auto& m : e.members) s += m.rateEffect + m.mixEffect;
  return s;
}

TEST(Explain, RateAndMixEffectsOfAHandFixture) {
  // A: 10/100 -> 12/100; B: 20/100 -> 10/50. R0 = 30/200 = 0.15; R1 = 22/150 = 0.1466667;
  // change = -0.0033333.
  // A: r 0.10 -> 0.12, share 0.5 -> 2/3. rate = 0.02 * (0.5 + 0.6666667) / 2 = 0.0116667;
  //    mix = (0.6666667 - 0.5) * (0.10 + 0.12) / 2 = 0.0183333; together s1 r1 - s0 r0 = 0.08 - 0.05.
  // B: r 0.20 -> 0.20, share 0.5 -> 1/3. rate = 0; mix = -0.1666667 * 0.4 / 2 = -0.0333333.
  const Explanation e = decompose({{"A", {10, 100}, {12, 100}}, {"B", {20, 100}, {10, 50}}});
  EXPECT_DOUBLE_EQ(*e.baseRate, 0.15);
  EXPECT_NEAR(*e.currentRate, 22.0 / 150, 1e-15);
  EXPECT_NEAR(*e.change, -0.1 / 30, 1e-15);
  const ExplainMember& a = member(e, "A");
  EXPECT_NEAR(a.rateEffect, 0.02 * (0.5 + 2.0 / 3) / 2, 1e-15);
  EXPECT_NEAR(a.rateEffect, 0.0116667, 1e-7);
  EXPECT_NEAR(a.mixEffect, 0.0183333, 1e-7);
  EXPECT_NEAR(a.effect(), 0.03, 1e-15);
  const ExplainMember& b = member(e, "B");
  EXPECT_NEAR(b.rateEffect, 0, 1e-15);
  EXPECT_NEAR(b.mixEffect, -0.1 / 3, 1e-15);
  EXPECT_NEAR(e.rateEffect + e.mixEffect, *e.change, 1e-12);
  EXPECT_NEAR(sumOfEffects(e), *e.change, 1e-12);
  // Largest |effect| first: B (-0.0333) before A (+0.03).
  EXPECT_EQ(e.members[0].member, "B");
  EXPECT_DOUBLE_EQ(a.baseShare, 0.5);
  EXPECT_NEAR(a.currentShare, 2.0 / 3, 1e-15);
}

TEST(Explain, MembersInOnlyOnePeriodAreAllMix) {
  // A: 10/100 both times; B: 30/100 only before; C: 5/100 only now. R0 = 40/200 = 0.2;
  // R1 = 15/200 = 0.075; change = -0.125.
  // A: same rate, same share: 0 and 0. B leaves: rate 0, mix = 0 - 30/200 = -0.15.
  // C arrives: rate 0, mix = 5/200 - 0 = 0.025. Sum: -0.15 + 0.025 = -0.125.
  const Explanation e = decompose({{"A", {10, 100}, {10, 100}}, {"B", {30, 100}, {}}, {"C", {}, {5, 100}}});
  EXPECT_NEAR(*e.change, -0.125, 1e-15);
  EXPECT_EQ(member(e, "A").effect(), 0.0);
  EXPECT_EQ(member(e, "B").rateEffect, 0.0);
  EXPECT_NEAR(member(e, "B").mixEffect, -0.15, 1e-15);
  EXPECT_FALSE(member(e, "B").currentRate);
  EXPECT_EQ(member(e, "C").rateEffect, 0.0);
  EXPECT_NEAR(member(e, "C").mixEffect, 0.025, 1e-15);
  EXPECT_FALSE(member(e, "C").baseRate);
  EXPECT_NEAR(e.rateEffect, 0, 1e-15);
  EXPECT_NEAR(e.mixEffect, -0.125, 1e-15);
}

TEST(Explain, NumeratorWithoutDenominatorStillAddsUp) {
  // D has 3 orders but no conversation now: it adds 3/100 to R1 = 13/100 and has no rate, so its
  // 0.03 is mix. A: 10/100 both times.
  const Explanation e = decompose({{"A", {10, 100}, {10, 100}}, {"D", {}, {3, 0}}});
  EXPECT_NEAR(*e.change, 0.03, 1e-15);
  EXPECT_NEAR(member(e, "D").mixEffect, 0.03, 1e-15);
  EXPECT_NEAR(sumOfEffects(e), *e.change, 1e-15);
}

TEST(Explain, NothingToExplainWithoutATotalRate) {
  const Explanation e = decompose({{"A", {}, {10, 100}}});
  EXPECT_FALSE(e.baseRate);
  EXPECT_DOUBLE_EQ(*e.currentRate, 0.1);
  EXPECT_FALSE(e.change);
  EXPECT_EQ(e.rateEffect, 0.0);
  EXPECT_EQ(e.mixEffect, 0.0);
  EXPECT_TRUE(decompose({}).members.empty());
  // A member with nothing in either period is left out.
  EXPECT_EQ(decompose({{"A", {1, 10}, {2, 10}}, {"Z", {}, {}}}).members.size(), 1u);
}

TEST(Explain, EffectsSumToTheChangeOnRandomData) {
  std::mt19937_64 rng(20261127);
  std::uniform_int_distribution<int> members(1, 40), den(0, 5000), kind(0, 9);
  std::uniform_real_distribution<double> rate(0, 1);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<ExplainInput> in;
    const int n = members(rng);
    for (int i = 0; i < n; ++i) {
      ExplainInput m{"M" + std::to_string(i), {}, {}};
      const int k = kind(rng);  // 0: only now, 1: only before, 2: numerator without denominator
      for (RateParts* p : {&m.base, &m.current}) {
        p->denominator = den(rng);
        p->numerator = std::floor(p->denominator * rate(rng));
      }
      if (k == 0) m.base = {};
      if (k == 1) m.current = {};
      if (k == 2) m.current.denominator = 0;
      in.push_back(m);
    }
    const Explanation e = decompose(in);
    if (!e.change) continue;
    const double expected =
        e.currentTotal.numerator / e.currentTotal.denominator - e.baseTotal.numerator / e.baseTotal.denominator;
    ASSERT_NEAR(sumOfEffects(e), expected, 1e-12) << "trial " << trial;
    ASSERT_NEAR(e.rateEffect + e.mixEffect, expected, 1e-12) << "trial " << trial;
  }
}

TEST(Explain, RefusesRatesThatDoNotAddUpAndTimeDimensions) {
  const KpiEngine engine(analysisDemoStore());
  ExplainQuery q;
  q.period = {kDemoEnd.addDays(-6), kDemoEnd};
  q.asOf = kDemoEnd.addDays(1);
  q.kpi = KpiId::coverage;
  EXPECT_FALSE(explainChange(engine, q));
  q.kpi = KpiId::visits;
  EXPECT_FALSE(explainChange(engine, q));
  q.kpi = KpiId::conversion;
  q.by = Dimension::Week;
  EXPECT_FALSE(explainChange(engine, q));
  q.by = Dimension::Product;  // visits have no product, so conversion has no value by product
  EXPECT_FALSE(explainChange(engine, q));
}

/// The total conversion of the demo store over `p` as of `asOf`, straight from the engine.
double totalConversion(const KpiEngine& engine, Period p, Date asOf) {
  KpiQuery q;
  q.period = p;
  q.asOf = asOf;
  q.only = {KpiId::conversion};
  auto rows = engine.run(q);
  EXPECT_TRUE(rows && rows->size() == 1);
  return std::get<double>(rows->front().now.value(KpiId::conversion));
}

TEST(Explain, DemoConversionDropIsUtr03sOwnRate) {
  const KpiEngine engine(analysisDemoStore());
  ExplainQuery q;
  q.period = {kDemoEnd.addDays(-6), kDemoEnd};
  q.asOf = kDemoEnd.addDays(1);
  auto e = explainChange(engine, q);
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->base, (Period{kDemoEnd.addDays(-13), kDemoEnd.addDays(-7)}));
  // The decomposition explains exactly the change the engine reports for the whole organisation.
  const double now = totalConversion(engine, q.period, q.asOf);
  const double before = totalConversion(engine, e->base, q.asOf.addDays(-7));
  EXPECT_NEAR(*e->change, now - before, 1e-12);
  EXPECT_NEAR(sumOfEffects(*e), now - before, 1e-12);
  // UTR-03's own rate explains more of it than any other member, and pulls it down.
  const ExplainMember& drop = member(*e, demo::kConversionDropArea);
  for (const auto& m : e->members) {
    if (m.member != drop.member) {
      EXPECT_LT(drop.rateEffect, m.rateEffect) << m.member;
    }
  }
  EXPECT_LT(drop.rateEffect, 0);

  // The same comparison named as a date range gives the same numbers.
  ExplainQuery ranged = q;
  ranged.against.reset();
  ranged.basePeriod = e->base;
  auto r = explainChange(engine, ranged);
  ASSERT_TRUE(r);
  EXPECT_EQ(*r->change, *e->change);
  EXPECT_EQ(member(*r, demo::kConversionDropArea).rateEffect, drop.rateEffect);
}

}  // namespace
}  // namespace salesops::kpi::test
