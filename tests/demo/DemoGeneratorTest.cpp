// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "DemoTestSupport.h"

namespace salesops::demo::test {
namespace {

TEST(DemoGenerator, SameOptionsGiveIdenticalRows) {
  const DemoData again = generateData(defaultOptions());
  const DemoData& first = defaultData();
  EXPECT_EQ(again.reps, first.reps);
  EXPECT_EQ(again.areas, first.areas);
  EXPECT_EQ(again.targets, first.targets);
  EXPECT_EQ(again.visits, first.visits);
  EXPECT_EQ(again.orders, first.orders);
  EXPECT_EQ(again.cancellations, first.cancellations);
}

TEST(DemoGenerator, AnotherSeedGivesOtherVisitsAndOrders) {
  DemoOptions o = defaultOptions();
  o.seed = 43;
  const DemoData other = generateData(o);
  ASSERT_EQ(other.visits.size(), defaultData().visits.size());
  size_t same = 0;
  for (size_t i = 0; i < other.visits.size(); ++i) same += other.visits[i] == defaultData().visits[i];
  EXPECT_LT(same, other.visits.size() / 100);
  EXPECT_NE(other.orders, defaultData().orders);
}

/// FNV-1a over a canonical text of every row: the fingerprint of a generation.
uint64_t fingerprint(const DemoData& d) {
  uint64_t h = 14695981039346656037ULL;
  auto add = [&h](const std::string& text) {
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ '\n') * 1099511628211ULL;
  };
  for (const auto& r : d.reps) add(r.repId + r.name + r.team + (r.activeFrom ? r.activeFrom->toString() : ""));
  for (const auto& t : d.targets) add(t.week.toString() + t.key + t.metric + std::to_string(t.target));
  for (const auto& v : d.visits)
    add(v.visitId + v.visitedAt.toString() + v.repId + v.area + std::string(toString(v.outcome)) +
        std::string(toString(v.channel)) + v.postcode + std::to_string(v.houseNumber) + v.addition);
  for (const auto& o : d.orders)
    add(o.orderId + o.orderedAt.toString() + o.visitId + o.product + o.postcode + std::to_string(o.houseNumber) +
        (o.installedAt ? o.installedAt->toString() : "") +
        (o.firstTimeRight ? std::to_string(*o.firstTimeRight) : "?"));
  for (const auto& c : d.cancellations) add(c.orderId + c.cancelledAt.toString() + std::string(toString(c.reason)));
  return h;
}

TEST(DemoGenerator, OutputOfAFixedSeedIsTheSameOnEveryCompilerAndPlatform) {
  // Recorded once (GCC 12 and Clang 14 on x86-64 agree). A change here means every user's demo data
  // changes: only accept a new value on purpose.
  DemoOptions o = defaultOptions();
  o.visits = 3000;
  o.days = 21;
  o.dataQualityIssues = true;
  EXPECT_EQ(fingerprint(generateData(o)), 14368967401232503774ULL);
}

class VisitCount : public ::testing::TestWithParam<int64_t> {};

TEST_P(VisitCount, GeneratesExactlyTheRequestedNumberOfVisits) {
  DemoOptions o = defaultOptions();
  o.visits = GetParam();
  EXPECT_EQ(static_cast<int64_t>(generateData(o).visits.size()), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Counts, VisitCount, ::testing::Values(0, 1, 137, 4999, 20000, 123457));

TEST(DemoGenerator, VisitsFillEveryWorkingDayOfThePeriodAndNoOther) {
  const Date end = fixedEndDate();
  const Period period{end.addDays(-55), end};
  std::set<int32_t> days;
  for (const ingest::VisitRow& v : defaultData().visits) {
    ASSERT_TRUE(period.contains(v.visitedAt.date())) << v.visitId << " " << v.visitedAt.toString();
    days.insert(v.visitedAt.date().days());
  }
  for (Date d = period.from; d <= period.to; d = d.addDays(1))
    EXPECT_EQ(days.count(d.days()), d.isoWeekday() == 7 ? 0u : 1u) << d.toString();
}

TEST(DemoGenerator, PeriodEndsAtTheEndDateForAnyLength) {
  DemoOptions o = defaultOptions();
  o.days = 10;
  o.visits = 3000;
  const DemoData data = generateData(o);
  Date first = data.visits.front().visitedAt.date(), last = first;
  for (const ingest::VisitRow& v : data.visits) {
    first = std::min(first, v.visitedAt.date());
    last = std::max(last, v.visitedAt.date());
  }
  EXPECT_EQ(last, o.endDate);
  EXPECT_EQ(first, o.endDate.addDays(-9));  // 2026-11-19, a Thursday
}

TEST(DemoGenerator, NothingHappensAfterTheEndDate) {
  const Date end = fixedEndDate();
  const Period period{end.addDays(-55), end};
  for (const ingest::OrderRow& o : defaultData().orders) {
    EXPECT_TRUE(period.contains(o.orderedAt.date())) << o.orderId;
    if (o.installedAt) {
      EXPECT_LE(o.installedAt->date(), end) << o.orderId;
      const int days = o.installedAt->date().days() - o.orderedAt.date().days();
      EXPECT_GE(days, 14) << o.orderId;
      EXPECT_LE(days, 42) << o.orderId;
      EXPECT_LE(o.installedAt->date().isoWeekday(), 5) << o.orderId;
    }
  }
  for (const ingest::CancellationRow& c : defaultData().cancellations) EXPECT_LE(c.cancelledAt.date(), end);
}

TEST(DemoGenerator, OneOrderPerSaleVisitWithTheVisitsRepAreaChannelAndAddress) {
  std::unordered_map<std::string, const ingest::VisitRow*> sales;
  for (const ingest::VisitRow& v : defaultData().visits)
    if (v.outcome == Outcome::Sale) sales.emplace(v.visitId, &v);
  ASSERT_EQ(defaultData().orders.size(), sales.size());
  std::unordered_set<std::string> ordered;
  for (const ingest::OrderRow& o : defaultData().orders) {
    auto it = sales.find(o.visitId);
    ASSERT_NE(it, sales.end()) << o.orderId << " has no sale visit";
    const ingest::VisitRow& v = *it->second;
    EXPECT_TRUE(ordered.insert(o.visitId).second) << "second order on " << o.visitId;
    EXPECT_EQ(o.repId, v.repId);
    EXPECT_EQ(o.area, v.area);
    EXPECT_EQ(o.channel, v.channel);
    EXPECT_EQ(o.orderedAt, v.visitedAt);
    EXPECT_FALSE(o.postcode.empty()) << o.orderId;  // stand customers live somewhere too
    if (v.channel == Channel::D2d) {
      EXPECT_EQ(std::tie(o.postcode, o.houseNumber, o.addition), std::tie(v.postcode, v.houseNumber, v.addition));
    }
  }
}

TEST(DemoGenerator, OrdersHaveACatalogueProductAndMostlyPassTheOrderDesk) {
  const std::map<std::string, int64_t> fees = {{"Glasvezel 100", 3995},
                                               {"Glasvezel 500", 4995},
                                               {"Glasvezel 1000", 6495},
                                               {"Glasvezel 500 + TV Plus", 5995},
                                               {"Glasvezel 1000 + TV Plus", 7495}};
  int known = 0, right = 0;
  for (const ingest::OrderRow& o : defaultData().orders) {
    ASSERT_TRUE(fees.count(o.product)) << o.product;
    ASSERT_TRUE(o.monthlyFee.has_value());
    EXPECT_EQ(o.monthlyFee->cents(), fees.at(o.product));
    if (o.firstTimeRight) {
      ++known;
      right += *o.firstTimeRight;
    }
  }
  const auto n = static_cast<double>(defaultData().orders.size());
  EXPECT_GT(known, 0.94 * n);  // ~3% not reported
  EXPECT_LT(known, n);
  EXPECT_NEAR(static_cast<double>(right) / known, 0.93, 0.03);  // 90% of all, 90/97 of known
}

TEST(DemoGenerator, CancellationsFollowTheirOrderAndAreUnique) {
  std::unordered_map<std::string, const ingest::OrderRow*> orders;
  for (const ingest::OrderRow& o : defaultData().orders) orders.emplace(o.orderId, &o);
  std::unordered_set<std::string> seen;
  int beforeInstallButInstalled = 0, beforeInstall = 0;
  for (const ingest::CancellationRow& c : defaultData().cancellations) {
    auto it = orders.find(c.orderId);
    ASSERT_NE(it, orders.end()) << c.orderId;
    EXPECT_TRUE(seen.insert(c.orderId).second) << c.orderId << " cancelled twice";
    EXPECT_GT(c.cancelledAt, it->second->orderedAt) << c.orderId;
    EXPECT_TRUE(c.reasonText.empty());
    const auto& installed = it->second->installedAt;
    if (!installed || c.cancelledAt < *installed) {
      ++beforeInstall;
      beforeInstallButInstalled += installed.has_value();
    }
  }
  EXPECT_GT(beforeInstall, 50);
  // Most orders cancelled before installation are never connected.
  EXPECT_LT(beforeInstallButInstalled, beforeInstall / 5);
}

TEST(DemoGenerator, EveryReferencedRepAndAreaExistsAndRepsWorkOnlyWhileActive) {
  std::map<std::string, const ingest::RepRow*> reps;
  for (const ingest::RepRow& r : defaultData().reps) reps.emplace(r.repId, &r);
  std::set<std::string> areas;
  for (const ingest::AreaRow& a : defaultData().areas) areas.insert(a.area);
  for (const ingest::VisitRow& v : defaultData().visits) {
    auto it = reps.find(v.repId);
    ASSERT_NE(it, reps.end()) << v.repId;
    ASSERT_TRUE(areas.count(v.area)) << v.area;
    const ingest::RepRow& rep = *it->second;
    ASSERT_TRUE(rep.activeFrom.has_value());
    EXPECT_GE(v.visitedAt.date(), *rep.activeFrom) << v.visitId;
    if (rep.activeTo) {
      EXPECT_LE(v.visitedAt.date(), *rep.activeTo) << v.visitId;
    }
  }
  for (const ingest::OrderRow& o : defaultData().orders) {
    EXPECT_TRUE(reps.count(o.repId));
    EXPECT_TRUE(areas.count(o.area));
  }
}

TEST(DemoGenerator, CastHasTeamsRepsAndAreasOfARealOrganisation) {
  const DemoData& d = defaultData();
  std::set<std::string> teams, cities;
  for (const ingest::RepRow& r : d.reps) teams.insert(r.team);
  EXPECT_EQ(teams, (std::set<std::string>{"Team HTL", "Team Noord", "Team Oost", "Team Zuid"}));
  EXPECT_GE(d.reps.size(), 14u);
  EXPECT_LE(d.reps.size(), 20u);
  const std::regex repId("R[0-9]{3}");
  for (const ingest::RepRow& r : d.reps) EXPECT_TRUE(std::regex_match(r.repId, repId)) << r.repId;
  EXPECT_EQ(d.areas.size(), 24u);
  for (const ingest::AreaRow& a : d.areas) {
    cities.insert(a.city);
    EXPECT_GE(a.homesPassed, 1500);
    EXPECT_LE(a.homesPassed, 6000);
    ASSERT_TRUE(a.bundlingThreshold.has_value());
    EXPECT_GE(*a.bundlingThreshold, 0.30);
    EXPECT_LE(*a.bundlingThreshold, 0.45);
  }
  EXPECT_GE(cities.size(), 5u);
  EXPECT_LE(cities.size(), 6u);
}

TEST(DemoGenerator, IdsAreUniqueAndWellFormed) {
  const std::regex visitId("V[0-9]{9}"), orderId("O[0-9]{8}");
  std::unordered_set<std::string> ids;
  for (const ingest::VisitRow& v : defaultData().visits) {
    EXPECT_TRUE(std::regex_match(v.visitId, visitId)) << v.visitId;
    EXPECT_TRUE(ids.insert(v.visitId).second) << v.visitId;
  }
  for (const ingest::OrderRow& o : defaultData().orders) {
    EXPECT_TRUE(std::regex_match(o.orderId, orderId)) << o.orderId;
    EXPECT_TRUE(ids.insert(o.orderId).second) << o.orderId;
  }
}

TEST(DemoGenerator, DoorVisitsHaveDutchAddressesAndStandVisitsNone) {
  const std::regex postcode("[1-9][0-9]{3}[A-Z]{2}");
  const std::set<std::string> additions = {"", "A", "B", "C", "1", "2", "3", "4", "bis"};
  int withAddition = 0;
  for (const ingest::VisitRow& v : defaultData().visits) {
    if (v.channel != Channel::D2d) {
      EXPECT_TRUE(v.postcode.empty() && v.houseNumber == 0 && v.addition.empty()) << v.visitId;
      continue;
    }
    EXPECT_TRUE(std::regex_match(v.postcode, postcode)) << v.postcode;
    EXPECT_GE(v.houseNumber, 1);
    EXPECT_LE(v.houseNumber, 250);
    EXPECT_TRUE(additions.count(v.addition)) << v.addition;
    withAddition += !v.addition.empty();
  }
  EXPECT_GT(withAddition, 0);
  // Postcodes belong to the area's city: Utrecht 35xx, Amersfoort 38xx, Zwolle 80xx.
  for (const ingest::VisitRow& v : defaultData().visits) {
    if (v.channel != Channel::D2d) continue;
    static const std::map<std::string, std::string> kCityPrefix = {{"UTR", "35"}, {"AMF", "38"}, {"ZWL", "80"}};
    auto it = kCityPrefix.find(v.area.substr(0, 3));
    if (it != kCityPrefix.end()) {
      EXPECT_EQ(v.postcode.substr(0, 2), it->second) << v.area;
    }
  }
}

TEST(DemoGenerator, ManyAddressesAreVisitedTwoOrThreeTimes) {
  std::map<std::tuple<std::string, int32_t, std::string>, int> rings;
  for (const ingest::VisitRow& v : defaultData().visits)
    if (v.channel == Channel::D2d) ++rings[{v.postcode, v.houseNumber, v.addition}];
  int twice = 0, thrice = 0, more = 0;
  for (const auto& [address, n] : rings) {
    twice += n >= 2;
    thrice += n >= 3;
    more += n > 3;
  }
  const auto addresses = static_cast<double>(rings.size());
  EXPECT_GT(twice / addresses, 0.10);
  EXPECT_GT(thrice, 0);
  EXPECT_LT(more / addresses, 0.01);  // nobody rings a door a fourth time in two months
}

TEST(DemoGenerator, ChannelsAndHoursFollowTheFieldSchedule) {
  std::map<Channel, int> perChannel;
  for (const ingest::VisitRow& v : defaultData().visits) {
    ++perChannel[v.channel];
    const int hour = v.visitedAt.hour();
    switch (v.channel) {
      case Channel::D2d:
        EXPECT_TRUE(hour >= 15 && hour < 21) << v.visitedAt.toString();
        break;
      case Channel::Htl:
        EXPECT_TRUE(hour >= 10 && hour < 18) << v.visitedAt.toString();
        break;
      case Channel::PromoBus:
        EXPECT_TRUE(hour >= 11 && hour < 19) << v.visitedAt.toString();
        break;
    }
  }
  const auto n = static_cast<double>(defaultData().visits.size());
  EXPECT_NEAR(perChannel[Channel::D2d] / n, 0.85, 0.03);
  EXPECT_NEAR(perChannel[Channel::Htl] / n, 0.10, 0.03);
  EXPECT_NEAR(perChannel[Channel::PromoBus] / n, 0.05, 0.02);
}

TEST(DemoGenerator, RepsWorkOneOrTwoAreasADayAtARealisticPace) {
  struct RepDay {
    int64_t first = INT64_MAX, last = INT64_MIN;
    int visits = 0;
    std::set<std::string> areas;
  };
  std::map<std::pair<std::string, int32_t>, RepDay> days;
  for (const ingest::VisitRow& v : defaultData().visits) {
    RepDay& d = days[{v.repId, v.visitedAt.date().days()}];
    d.first = std::min(d.first, v.visitedAt.seconds());
    d.last = std::max(d.last, v.visitedAt.seconds());
    ++d.visits;
    d.areas.insert(v.area);
  }
  double fieldHours = 0;
  int oneArea = 0, twoAreas = 0;
  for (const auto& [key, d] : days) {
    EXPECT_LE(d.areas.size(), 2u);
    oneArea += d.areas.size() == 1;
    twoAreas += d.areas.size() == 2;
    fieldHours += (d.last - d.first + 300) / 3600.0;  // kpis.md: first to last visit plus 5 minutes
  }
  EXPECT_GT(twoAreas, 0);
  EXPECT_GT(oneArea, 5 * twoAreas);
  const double visitsPerHour = defaultData().visits.size() / fieldHours;
  EXPECT_GT(visitsPerHour, 6);
  EXPECT_LT(visitsPerHour, 15);
  const double hoursPerDay = fieldHours / days.size();
  EXPECT_GT(hoursPerDay, 1.5);
  EXPECT_LT(hoursPerDay, 6);
}

TEST(DemoGenerator, TargetsCoverEveryIsoWeekForTheWholeOrganisationAndEachTeam) {
  std::set<std::string> teams;
  for (const ingest::RepRow& r : defaultData().reps) teams.insert(r.team);
  std::map<std::tuple<std::string, TargetLevel, std::string, std::string>, double> targets;
  for (const ingest::TargetRow& t : defaultData().targets)
    EXPECT_TRUE(targets.emplace(std::tuple(t.week.toString(), t.level, t.key, t.metric), t.target).second);
  const Date end = fixedEndDate();
  std::set<std::string> weeks;
  for (Date d = end.addDays(-55); d <= end; d = d.addDays(1)) weeks.insert(d.isoWeek().toString());
  // 2026-10-04 (a Sunday, ISO week 40) to 2026-11-28 (week 48): nine weeks are touched.
  ASSERT_EQ(weeks.size(), 9u);
  for (const std::string& week : weeks) {
    EXPECT_DOUBLE_EQ(targets.at({week, TargetLevel::All, "", "conversion"}), 0.12);
    EXPECT_GT(targets.at({week, TargetLevel::All, "", "hit_rate"}), 0.04);
    const double orders = targets.at({week, TargetLevel::All, "", "orders"});
    // 20,000 visits in 8 weeks at a hit rate of 6.8%.
    EXPECT_NEAR(orders, 2500 * 0.068, 1);
    double teamOrders = 0;
    for (const std::string& team : teams) teamOrders += targets.at({week, TargetLevel::Team, team, "orders"});
    EXPECT_NEAR(teamOrders, orders, 2);
  }
  EXPECT_EQ(targets.size(), weeks.size() * (5 + teams.size()));
}

}  // namespace
}  // namespace salesops::demo::test
