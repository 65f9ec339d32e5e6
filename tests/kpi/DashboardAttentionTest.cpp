// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the daily start's attention strip and tiles are given by the engine: how fresh the data is,
// how many checks fail, the top alerts, the test of each tile's change (counts too), whether a tile
// meets its target, and which period a tile compares with. Every number is worked out in comments.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/DashboardFreshness.h"

namespace salesops::kpi::testing {
namespace {

store::ImportLogEntry importAt(const std::string& utc) {
  store::ImportLogEntry e;
  e.importedAt = at(utc).seconds();
  return e;
}

// A Freshness as readFreshness gives it: every kind, the moments of visits, orders and cancellations.
Freshness freshness(DataClock clock, std::optional<DateTime> orders, std::optional<DateTime> cancellations) {
  Freshness f{clock, {}};
  for (FileKind kind : {FileKind::Visits, FileKind::Orders, FileKind::Cancellations, FileKind::Reps, FileKind::Areas,
                        FileKind::Targets})
    f.kinds.push_back({kind, std::nullopt, std::nullopt});
  f.kinds[0].latest = clock.latest;
  f.kinds[1].latest = orders;
  f.kinds[2].latest = cancellations;
  return f;
}

TEST(DashboardFreshness, EachKindUpToItsLatestMomentImportedAtTheLatestImportInLocalTime) {
  const Freshness fresh = freshness(DataClock{day("2026-12-03"), at("2026-12-02 21:58"), day("2026-12-02")},
                                    at("2026-12-02 20:40"), at("2026-12-01 16:05"));
  // 06:12 UTC on 3 December is 07:12 in Amsterdam (winter time, UTC+1); the log's order is not
  // trusted: the newest import is the one with the latest time.
  const std::vector<store::ImportLogEntry> log{importAt("2026-12-01 05:00"), importAt("2026-12-03 06:12"),
                                               importAt("2026-12-02 06:30")};
  const DashboardFreshness f = dashboardFreshness(fresh, log);
  EXPECT_EQ(f.visitsUpTo, at("2026-12-02 21:58"));
  EXPECT_EQ(f.ordersUpTo, at("2026-12-02 20:40"));
  EXPECT_EQ(f.cancellationsUpTo, at("2026-12-01 16:05"));
  EXPECT_EQ(f.importedAt, at("2026-12-03 07:12"));
  // In summer time (1 July, UTC+2) 06:12 UTC is 08:12.
  EXPECT_EQ(dashboardFreshness(fresh, std::vector{importAt("2026-07-01 06:12")}).importedAt, at("2026-07-01 08:12"));
}

TEST(DashboardFreshness, NoDataAndNoImportsSayNothing) {
  const DashboardFreshness f = dashboardFreshness(
      freshness(DataClock{day("2026-12-03"), std::nullopt, std::nullopt}, std::nullopt, std::nullopt), {});
  EXPECT_FALSE(f.visitsUpTo);
  EXPECT_FALSE(f.ordersUpTo);
  EXPECT_FALSE(f.cancellationsUpTo);
  EXPECT_FALSE(f.importedAt);
}

KpiValues counts(int64_t orders, int64_t revenueCents) {
  KpiValues v;
  v.sources = ~0u;
  v.orders = orders;
  v.revenue = Money::fromCents(revenueCents);
  return v;
}

TEST(TileChange, CountsAreTestedAsPoissonCountsAndRevenueByItsOrders) {
  // Orders 50 against 90: z = -40 / sqrt(140) = -3.38, a significant drop.
  const KpiValues now = counts(50, 150000), before = counts(90, 200000);
  const Significance orders = tileChange(KpiId::orders, now, before);
  EXPECT_EQ(orders.verdict, Verdict::SignificantDown);
  EXPECT_NEAR(*orders.z, -3.38062, 1e-5);
  // Revenue € 1.500 against € 2.000 (-25%): judged by its orders, and it fell with them.
  const Significance revenue = tileChange(KpiId::revenue, now, before);
  EXPECT_EQ(revenue.verdict, Verdict::SignificantDown);
  EXPECT_NEAR(*revenue.relativeChange, -0.25, 1e-12);
  // Revenue up while its orders fell significantly: no verdict of a change it did not make.
  EXPECT_EQ(tileChange(KpiId::revenue, counts(50, 250000), before).verdict, Verdict::NotSignificant);
  // 52 against 73 orders (-28.8%) is within chance: z = -21 / sqrt(125) = -1.88.
  EXPECT_EQ(tileChange(KpiId::orders, counts(52, 0), counts(73, 0)).verdict, Verdict::NotSignificant);
}

TEST(TileChange, RatesKeepTheTwoProportionTest) {
  KpiValues now, before;
  now.sources = before.sources = ~0u;
  // Conversion 30/200 against 60/200: z = -3.59 (SignificanceTest works it out).
  now.orders = 30;
  now.contacts = 200;
  before.orders = 60;
  before.contacts = 200;
  const Significance s = tileChange(KpiId::conversion, now, before);
  EXPECT_EQ(s.verdict, Verdict::SignificantDown);
  EXPECT_NEAR(*s.z, -3.59211, 1e-5);
}

// One rep and area. Visits on 2, 10, 16, 20 and 27 November 2026 (all no interest); O1 on 16 Nov,
// O2 on 20 Nov, O3 on 27 Nov. Targets for W48 (23-29 Nov): 3 visits and 2 orders.
class TileComparison : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.area("A1", "Utrecht", 100);
    int house = 0;
    for (const char* at :
         {"2026-11-02 10:00", "2026-11-10 10:00", "2026-11-16 10:00", "2026-11-20 10:00", "2026-11-27 10:00"})
      s.visit(std::string("V") + at, at, "R1", "A1", Outcome::Sale, Channel::D2d, "1000AA", ++house);
    s.order("O1", "2026-11-16 10:05", "R1", "A1", Channel::D2d, "fiber-100", 4000);
    s.order("O2", "2026-11-20 10:05", "R1", "A1", Channel::D2d, "fiber-100", 4000);
    s.order("O3", "2026-11-27 10:05", "R1", "A1", Channel::D2d, "fiber-100", 4000);
    s.target("2026-W48", TargetLevel::All, "", "orders", 2);
    s.target("2026-W48", TargetLevel::All, "", "visits", 3);
    s.commit();
  }
  const Tile& tile(const DashboardData& d, KpiId kpi) {
    for (const Tile& t : d.tiles)
      if (t.kpi == kpi) return t;
    throw std::runtime_error("no tile " + std::string(kpiName(kpi)));
  }
  DashboardData page(Period p) {
    auto d = buildDashboard(s.store(), DashboardQuery{p, day("2026-12-20"), {}, day("2026-12-20")});
    EXPECT_TRUE(d) << (d ? "" : d.error().message);
    return d ? *d : DashboardData{};
  }
  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(TileComparison);

TEST_P(TileComparison, FourteenDaysCompareWithTheFourteenDaysBeforeNotAWeekEarlier) {
  const DashboardData d = page(Period{day("2026-11-15"), day("2026-11-28")});
  const Tile& visits = tile(d, KpiId::visits);
  EXPECT_EQ(visits.compared, (Period{day("2026-11-01"), day("2026-11-14")}));
  // Now 16, 20, 27 Nov: 3. Before (1-14 Nov): 2 and 10 Nov: 2 (a week earlier, 8-21 Nov, would be 3).
  EXPECT_EQ(std::get<int64_t>(visits.now.value(KpiId::visits)), 3);
  EXPECT_EQ(std::get<int64_t>(visits.lastWeek.value(KpiId::visits)), 2);
  // The average of 1-14 Nov, 18-31 Oct, 4-17 Oct and 20 Sep-3 Oct: (2 + 0 + 0 + 0) / 4.
  EXPECT_DOUBLE_EQ(*visits.fourWeekAverage, 0.5);
  // 3 + 2 visits is too few for a verdict.
  EXPECT_EQ(visits.change.verdict, Verdict::NoVerdict);
}

TEST_P(TileComparison, ADayComparesWithTheSameWeekdayAWeekEarlier) {
  const DashboardData d = page(Period{day("2026-11-27"), day("2026-11-27")});
  EXPECT_EQ(tile(d, KpiId::visits).compared, (Period{day("2026-11-20"), day("2026-11-20")}));
  EXPECT_EQ(std::get<int64_t>(tile(d, KpiId::visits).lastWeek.value(KpiId::visits)), 1);
}

TEST_P(TileComparison, AWeekMeetsOrMissesItsTargets) {
  // W48 (23-29 Nov): 1 visit against a target of 3 (missed), 1 order against 2 (missed).
  const DashboardData d = page(Period{day("2026-11-23"), day("2026-11-29")});
  EXPECT_EQ(d.meetsTarget(tile(d, KpiId::visits)), false);
  EXPECT_EQ(d.meetsTarget(tile(d, KpiId::orders)), false);
  // No target for contacts.
  EXPECT_EQ(d.meetsTarget(tile(d, KpiId::contacts)), std::nullopt);
  // The week compares with the week before (16-22 Nov): 2 visits.
  EXPECT_EQ(tile(d, KpiId::visits).compared, (Period{day("2026-11-16"), day("2026-11-22")}));
}

TEST_P(TileComparison, TheAttentionStripCountsFailingChecksAndTakesTheFirstThreeAlerts) {
  DashboardData d = page(Period{day("2026-11-27"), day("2026-11-27")});
  // The test store's orders name visits "V-O1".. that do not exist, and O2 and O3 are a week apart
  // at one address (1000AA 1): two checks fail, by their titles. No import was logged.
  EXPECT_EQ(d.attention.failingChecks, (std::vector<std::string>{"Orders of unknown visits", "Likely double orders"}));
  EXPECT_EQ(d.attention.freshness.visitsUpTo, at("2026-11-27 10:00"));
  EXPECT_FALSE(d.attention.freshness.importedAt);
  d.alerts.resize(5);
  for (size_t i = 0; i < d.alerts.size(); ++i) d.alerts[i].member = "M" + std::to_string(i);
  ASSERT_EQ(d.topAlerts().size(), 3u);
  EXPECT_EQ(d.topAlerts()[2].member, "M2");
  d.alerts.resize(2);
  EXPECT_EQ(d.topAlerts().size(), 2u);
}

class TheAttentionStrip : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(TheAttentionStrip);

TEST_P(TheAttentionStrip, CountsEachFailingCheckOnce) {
  KpiTestStore s(GetParam());
  s.rep("R1", "North");
  s.area("A1", "Utrecht", 100);
  // Two visits in an area the areas file does not know (one check: unknown areas), an order of a
  // visit that does not exist (the test store names it V-O1: orders of unknown visits), and a
  // cancellation of an order nobody sold (cancellations of unknown orders): three checks.
  s.visit("V1", "2026-11-27 10:00", "R1", "ZZ", Outcome::NoInterest, Channel::D2d, "1000AA", 1);
  s.visit("V2", "2026-11-27 11:00", "R1", "ZZ", Outcome::NoInterest, Channel::D2d, "1000AA", 2);
  s.order("O1", "2026-11-27 11:00", "R1", "A1", Channel::D2d, "fiber-100", 4000);
  s.cancel("OX", "2026-11-28 10:00");
  s.commit();
  auto d = buildDashboard(
      s.store(),
      DashboardQuery{Period{day("2026-11-27"), day("2026-11-27")}, day("2026-12-20"), {}, day("2026-12-20")});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->attention.failingChecks,
            (std::vector<std::string>{"Unknown areas", "Orders of unknown visits", "Cancellations of unknown orders"}));
  // Asked not to run the checks (the window keeps their result over filter changes): none listed.
  DashboardQuery q{Period{day("2026-11-27"), day("2026-11-27")}, day("2026-12-20"), {}, day("2026-12-20")};
  q.qualityChecks = false;
  auto quick = buildDashboard(s.store(), q);
  ASSERT_TRUE(quick);
  EXPECT_TRUE(quick->attention.failingChecks.empty());
}

}  // namespace
}  // namespace salesops::kpi::testing
