// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <unordered_map>
#include <unordered_set>

#include "DemoTestSupport.h"

namespace salesops::demo::test {
namespace {

/// The findings of `salesops-cli check`, recomputed from the rows.
struct Issues {
  int unknownRep = 0;
  int unknownArea = 0;
  int futureVisit = 0;
  int orderWithoutVisit = 0;
  int orderOnVisitWithoutSale = 0;
  int installedBeforeOrdered = 0;
  int cancellationOfUnknownOrder = 0;
  int cancelledBeforeOrdered = 0;
  int total() const {
    return unknownRep + unknownArea + futureVisit + orderWithoutVisit + orderOnVisitWithoutSale +
           installedBeforeOrdered + cancellationOfUnknownOrder + cancelledBeforeOrdered;
  }
};

Issues findIssues(const DemoData& d, Date endDate) {
  Issues issues;
  std::unordered_set<std::string> reps, areas;
  for (const auto& r : d.reps) reps.insert(r.repId);
  for (const auto& a : d.areas) areas.insert(a.area);
  std::unordered_map<std::string, Outcome> visits;
  for (const auto& v : d.visits) {
    visits.emplace(v.visitId, v.outcome);
    issues.unknownRep += !reps.count(v.repId);
    issues.unknownArea += !areas.count(v.area);
    issues.futureVisit += v.visitedAt.date() > endDate;
  }
  std::unordered_map<std::string, DateTime> orders;
  for (const auto& o : d.orders) {
    orders.emplace(o.orderId, o.orderedAt);
    auto it = visits.find(o.visitId);
    issues.orderWithoutVisit += it == visits.end();
    issues.orderOnVisitWithoutSale += it != visits.end() && it->second != Outcome::Sale;
    issues.installedBeforeOrdered += o.installedAt && *o.installedAt < o.orderedAt;
  }
  for (const auto& c : d.cancellations) {
    auto it = orders.find(c.orderId);
    issues.cancellationOfUnknownOrder += it == orders.end();
    issues.cancelledBeforeOrdered += it != orders.end() && c.cancelledAt < it->second;
  }
  return issues;
}

TEST(DemoDataQuality, CleanByDefault) { EXPECT_EQ(findIssues(defaultData(), fixedEndDate()).total(), 0); }

TEST(DemoDataQuality, OnRequestEachKindOfIssueAppearsExactlyOnce) {
  DemoOptions o = defaultOptions();
  o.dataQualityIssues = true;
  const DemoData d = generateData(o);
  const Issues issues = findIssues(d, o.endDate);
  EXPECT_EQ(issues.unknownRep, 1);
  EXPECT_EQ(issues.unknownArea, 1);
  EXPECT_EQ(issues.futureVisit, 1);
  EXPECT_EQ(issues.orderWithoutVisit, 1);
  EXPECT_EQ(issues.orderOnVisitWithoutSale, 1);
  EXPECT_EQ(issues.installedBeforeOrdered, 1);
  EXPECT_EQ(issues.cancellationOfUnknownOrder, 1);
  EXPECT_EQ(issues.cancelledBeforeOrdered, 1);
  EXPECT_EQ(issues.total(), kDataQualityIssues);
  EXPECT_EQ(d.visits.size(), 20000u + 3);
  // The issues are planted on top of the same clean data.
  const DemoData& clean = defaultData();
  EXPECT_TRUE(std::equal(clean.visits.begin(), clean.visits.end(), d.visits.begin()));
}

TEST(DemoDataQuality, IssueRowsUseTheAdvertisedUnknownIds) {
  DemoOptions o = defaultOptions();
  o.dataQualityIssues = true;
  const DemoData d = generateData(o);
  auto hasVisit = [&](auto pred) { return std::any_of(d.visits.begin(), d.visits.end(), pred); };
  EXPECT_TRUE(hasVisit([](const auto& v) { return v.repId == kUnknownRep; }));
  EXPECT_TRUE(hasVisit([](const auto& v) { return v.area == kUnknownArea; }));
  EXPECT_TRUE(std::any_of(d.orders.begin(), d.orders.end(), [](const auto& x) { return x.visitId == kUnknownVisit; }));
  EXPECT_TRUE(std::any_of(d.cancellations.begin(), d.cancellations.end(),
                          [](const auto& c) { return c.orderId == kUnknownOrder; }));
}

}  // namespace
}  // namespace salesops::demo::test
