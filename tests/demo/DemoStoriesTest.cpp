// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <map>
#include <unordered_map>

#include "DemoTestSupport.h"

namespace salesops::demo::test {
namespace {

struct Funnel {
  double visits = 0;
  double contacts = 0;
  double orders = 0;
  double conversion() const { return orders / contacts; }
  double contactRate() const { return contacts / visits; }
};

/// Funnel of `area` (all areas when empty) over [from, to], counted as kpis.md attributes it.
Funnel funnel(const DemoData& d, Period p, std::string_view area = {}, bool exceptArea = false) {
  auto wanted = [&](const std::string& a) { return area.empty() || ((a == area) != exceptArea); };
  Funnel f;
  for (const ingest::VisitRow& v : d.visits) {
    if (!p.contains(v.visitedAt.date()) || !wanted(v.area)) continue;
    ++f.visits;
    f.contacts += v.outcome != Outcome::NotHome;
  }
  for (const ingest::OrderRow& o : d.orders) f.orders += p.contains(o.orderedAt.date()) && wanted(o.area);
  return f;
}

Period lastDays(int n) { return {fixedEndDate().addDays(1 - n), fixedEndDate()}; }
Period daysBefore(int n) { return {fixedEndDate().addDays(1 - 2 * n), fixedEndDate().addDays(-n)}; }

TEST(DemoStories, OverallFunnelLooksLikeDoorToDoorSales) {
  const Funnel f = funnel(defaultData(), lastDays(56));
  ASSERT_EQ(f.visits, 20000);
  EXPECT_GE(f.conversion(), 0.08);
  EXPECT_LE(f.conversion(), 0.16);
  EXPECT_GE(f.orders / f.visits, 0.04);  // hit rate
  EXPECT_LE(f.orders / f.visits, 0.09);
  EXPECT_GE(f.contactRate(), 0.50);
  EXPECT_LE(f.contactRate(), 0.70);
}

TEST(DemoStories, DoorToDoorOutcomesHaveTheUsualShares) {
  std::map<Outcome, double> share;
  double doors = 0;
  for (const ingest::VisitRow& v : defaultData().visits) {
    if (v.channel != Channel::D2d) continue;
    ++doors;
    ++share[v.outcome];
  }
  for (auto& [outcome, n] : share) n /= doors;
  EXPECT_NEAR(share[Outcome::NotHome], 0.45, 0.05);
  EXPECT_NEAR(share[Outcome::NoInterest], 0.25, 0.05);
  EXPECT_NEAR(share[Outcome::AlreadyCustomer], 0.07, 0.02);
  EXPECT_NEAR(share[Outcome::ContractLockIn], 0.06, 0.02);
  EXPECT_NEAR(share[Outcome::Callback], 0.06, 0.02);
  EXPECT_NEAR(share[Outcome::Quote], 0.04, 0.015);
  EXPECT_NEAR(share[Outcome::Sale], 0.065, 0.02);
}

TEST(DemoStories, StandsAndBusHaveNoClosedDoorsAndConvertBetter) {
  Funnel doors, stands;
  for (const ingest::VisitRow& v : defaultData().visits) {
    Funnel& f = v.channel == Channel::D2d ? doors : stands;
    ++f.visits;
    f.contacts += v.outcome != Outcome::NotHome;
  }
  for (const ingest::OrderRow& o : defaultData().orders) ++(o.channel == Channel::D2d ? doors : stands).orders;
  EXPECT_EQ(stands.contacts, stands.visits);
  EXPECT_GT(stands.orders / stands.visits, doors.orders / doors.visits);
}

TEST(DemoStories, DoorsOpenMoreOftenInTheEvening) {
  std::map<int, Funnel> byHour;
  for (const ingest::VisitRow& v : defaultData().visits) {
    if (v.channel != Channel::D2d) continue;
    Funnel& f = byHour[v.visitedAt.hour()];
    ++f.visits;
    f.contacts += v.outcome != Outcome::NotHome;
  }
  ASSERT_GT(byHour[15].visits, 300);
  ASSERT_GT(byHour[19].visits, 300);
  EXPECT_GT(byHour[19].contactRate() - byHour[15].contactRate(), 0.10);
}

TEST(DemoStories, PlantedAreaConversionDropsSignificantlyInTheLastSevenDays) {
  const Funnel last = funnel(defaultData(), lastDays(kConversionDropDays), kConversionDropArea);
  const Funnel before = funnel(defaultData(), daysBefore(kConversionDropDays), kConversionDropArea);
  // Several hundred conversations a week, so the drop is a signal and not noise.
  ASSERT_GE(last.contacts, 200);
  ASSERT_GE(before.contacts, 200);
  const double z = twoProportionZ(last.orders, last.contacts, before.orders, before.contacts);
  EXPECT_LE(z, -2.58) << "last " << last.orders << "/" << last.contacts << ", before " << before.orders << "/"
                      << before.contacts;
  EXPECT_LE(last.conversion(), 0.6 * before.conversion());  // a drop of at least 40%
  // People still open the door: it is the conversation that goes wrong.
  EXPECT_NEAR(last.contactRate(), before.contactRate(), 0.06);
}

TEST(DemoStories, ConversionElsewhereHoldsSteadyInTheLastSevenDays) {
  const Funnel last = funnel(defaultData(), lastDays(kConversionDropDays), kConversionDropArea, true);
  const Funnel before = funnel(defaultData(), daysBefore(kConversionDropDays), kConversionDropArea, true);
  EXPECT_LT(std::abs(twoProportionZ(last.orders, last.contacts, before.orders, before.contacts)), 2.58);
}

TEST(DemoStories, PlantedAreaDropIsSignificantForOtherSeedsToo) {
  for (uint64_t seed : {1, 7, 2024, 99999}) {
    DemoOptions o = defaultOptions();
    o.seed = seed;
    const DemoData d = generateData(o);
    const Funnel last = funnel(d, lastDays(kConversionDropDays), kConversionDropArea);
    const Funnel before = funnel(d, daysBefore(kConversionDropDays), kConversionDropArea);
    EXPECT_LE(twoProportionZ(last.orders, last.contacts, before.orders, before.contacts), -2.58) << "seed " << seed;
  }
}

struct CancelCounts {
  double orders = 0;
  double cancelled = 0;
  double rate() const { return cancelled / orders; }
};

std::map<std::string, CancelCounts> cancelRateByRep(const DemoData& d) {
  std::unordered_map<std::string, std::string> repOfOrder;
  std::map<std::string, CancelCounts> byRep;
  for (const ingest::OrderRow& o : d.orders) {
    repOfOrder[o.orderId] = o.repId;
    ++byRep[o.repId].orders;
  }
  for (const ingest::CancellationRow& c : d.cancellations) ++byRep[repOfOrder.at(c.orderId)].cancelled;
  return byRep;
}

TEST(DemoStories, PlantedRepHasAHighCancelRateAndTheOthersDoNot) {
  const auto byRep = cancelRateByRep(defaultData());
  const CancelCounts planted = byRep.at(std::string(kHighCancelRep));
  ASSERT_GE(planted.orders, 60);
  EXPECT_GE(planted.rate(), 0.25);
  EXPECT_LE(planted.rate(), 0.45);
  CancelCounts others;
  for (const auto& [rep, c] : byRep) {
    if (rep == kHighCancelRep) continue;
    others.orders += c.orders;
    others.cancelled += c.cancelled;
    if (c.orders >= 50) {  // below that a rate is mostly noise
      EXPECT_LE(c.rate(), 0.15) << rep << ": " << c.cancelled << "/" << c.orders;
    }
  }
  EXPECT_NEAR(others.rate(), 0.06, 0.03);
  EXPECT_GE(twoProportionZ(planted.cancelled, planted.orders, others.cancelled, others.orders), 2.58);
}

TEST(DemoStories, PlantedRepsCustomersCancelForWrongExpectationsWithinFourteenDays) {
  std::unordered_map<std::string, DateTime> orderedAt;
  for (const ingest::OrderRow& o : defaultData().orders)
    if (o.repId == kHighCancelRep) orderedAt.emplace(o.orderId, o.orderedAt);
  double n = 0, wrongExpectation = 0, early = 0;
  for (const ingest::CancellationRow& c : defaultData().cancellations) {
    auto it = orderedAt.find(c.orderId);
    if (it == orderedAt.end()) continue;
    ++n;
    wrongExpectation += c.reason == CancelReason::WrongExpectation;
    early += c.cancelledAt.date() <= it->second.date().addDays(14);
  }
  ASSERT_GE(n, 15);
  EXPECT_GE(wrongExpectation / n, 0.5);
  EXPECT_GE(early / n, 0.8);
}

TEST(DemoStories, OtherCancellationsAreMostlyCoolingOffWithLaterReasonsToo) {
  std::map<CancelReason, int> reasons;
  std::unordered_map<std::string, std::string> repOfOrder;
  for (const ingest::OrderRow& o : defaultData().orders) repOfOrder[o.orderId] = o.repId;
  for (const ingest::CancellationRow& c : defaultData().cancellations)
    if (repOfOrder.at(c.orderId) != kHighCancelRep) ++reasons[c.reason];
  const auto top = std::max_element(reasons.begin(), reasons.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
  EXPECT_EQ(top->first, CancelReason::CoolingOff);
  EXPECT_GE(reasons.size(), 5u);  // credit checks, technical problems, moves, ...
}

}  // namespace
}  // namespace salesops::demo::test
