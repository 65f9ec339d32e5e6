// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ISO week 53 and year change, filters on names with quotes and other odd characters, empty stores.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

namespace salesops::kpi::testing {
namespace {

int64_t visits(const KpiRow& r) { return std::get<int64_t>(r.now.value(KpiId::visits)); }

class KpiEdgeCases : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(KpiEdgeCases);

TEST_P(KpiEdgeCases, IsoWeek53AndTheYearChange) {
  KpiTestStore s(GetParam());
  s.rep("R1", "T");
  s.area("A1", "C", 10);
  // 2026 has 53 ISO weeks: W53 runs Mon 2026-12-28 to Sun 2027-01-03.
  s.visit("V1", "2026-12-27 10:00", "R1", "A1", Outcome::Sale, Channel::D2d, "1000AA", 1);  // Sunday, W52
  s.visit("V2", "2026-12-31 10:00", "R1", "A1", Outcome::Sale, Channel::D2d, "1000AA", 2);
  s.visit("V3", "2027-01-03 10:00", "R1", "A1", Outcome::Sale, Channel::D2d, "1000AA", 3);
  s.visit("V4", "2027-01-04 10:00", "R1", "A1", Outcome::Sale, Channel::D2d, "1000AA", 4);  // W01
  s.commit();
  KpiQuery q;
  q.period = {day("2026-12-20"), day("2027-01-10")};
  q.asOf = day("2027-02-01");
  q.by = {Dimension::Week, Dimension::Month};
  auto r = s.run(q);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[0].dims[0].text, "2026-W52");
  EXPECT_EQ((*r)[1].dims[0].text, "2026-W53");
  EXPECT_EQ((*r)[1].dims[1].text, "2026-12");
  EXPECT_EQ(visits((*r)[1]), 1);  // V2
  EXPECT_EQ((*r)[2].dims[0].text, "2026-W53");
  EXPECT_EQ((*r)[2].dims[1].text, "2027-01");  // V3: ISO year 2026, calendar year 2027
  EXPECT_EQ((*r)[3].dims[0].text, "2027-W01");

  q.by = {Dimension::Week};
  r = s.run(q);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ(visits((*r)[1]), 2);  // V2 and V3 share week 53 across the year change
}

TEST_P(KpiEdgeCases, FiltersMatchOddNamesExactly) {
  KpiTestStore s(GetParam());
  const std::string team = "Team \"Noord\"; O'Neil 50%_x";
  const std::string city = "'s-Hertogenbosch \"%_\"; ü€ -- DROP TABLE visit";
  s.rep("R'1", team);
  s.rep("R%", "Plain");
  s.area("A;1", city, 10);
  s.area("A_2", "Plain", 10);
  s.visit("V1", "2026-11-02 10:00", "R'1", "A;1", Outcome::Sale, Channel::D2d, "1000AA", 1);
  s.visit("V2", "2026-11-02 11:00", "R%", "A_2", Outcome::Sale, Channel::D2d, "1000AA", 2);
  s.visit("V3", "2026-11-02 12:00", "R%", "A;1", Outcome::NotHome, Channel::Htl, "1000AA", 3);
  s.commit();
  KpiQuery q;
  q.period = {day("2026-11-02"), day("2026-11-02")};
  q.asOf = day("2026-11-30");
  const auto total = [&](const KpiFilters& f) {
    q.filters = f;
    auto r = s.run(q);
    EXPECT_TRUE(r);
    return r && r->size() == 1 ? visits((*r)[0]) : -1;
  };
  EXPECT_EQ(total({{}, {}, {team}, {}, {}}), 1);
  EXPECT_EQ(total({{}, {city}, {}, {}, {}}), 2);
  EXPECT_EQ(total({{"A;1"}, {}, {}, {"R%"}, {}}), 1);  // V3: area and rep filters intersect
  EXPECT_EQ(total({{"A%"}, {}, {}, {}, {}}), 0);       // no LIKE: % is just a character
  EXPECT_EQ(total({{"A_1"}, {}, {}, {}, {}}), 0);
  EXPECT_EQ(total({{}, {}, {"(unknown)"}, {}, {}}), 0);
  EXPECT_EQ(total({{}, {}, {}, {}, {Channel::Htl}}), 1);
  EXPECT_EQ(total({{"A;1", "A_2"}, {}, {}, {}, {Channel::D2d, Channel::Htl}}), 3);

  q.filters = {};
  q.by = {Dimension::City, Dimension::Team};
  auto r = s.run(q);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].dims[0].text, city);
  EXPECT_EQ((*r)[0].dims[1].text, "Plain");
  EXPECT_EQ((*r)[1].dims[1].text, team);
}

TEST_P(KpiEdgeCases, EmptyStoreGivesOneTotalRowWithoutRates) {
  KpiTestStore s(GetParam());
  KpiQuery q;
  q.period = {day("2026-11-02"), day("2026-11-08")};
  q.asOf = day("2026-11-30");
  auto r = s.run(q);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ(visits((*r)[0]), 0);
  for (const char* rate : {"contact_rate", "conversion", "hit_rate", "cancel_rate", "cancel_rate_14d", "coverage",
                           "penetration", "visits_per_hour", "first_time_right"})
    EXPECT_TRUE(std::holds_alternative<std::monostate>((*r)[0].now.value(rate))) << rate;
  q.by = {Dimension::Area};
  r = s.run(q);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->empty());
}

TEST_P(KpiEdgeCases, BundlingDateFromEightWeeksOfGrowth) {
  KpiTestStore s(GetParam());
  s.rep("R1", "T");
  s.area("A1", "C", 100, 0.2);  // threshold: 20 active installs
  // One install every week on the Monday of the 8 weeks ending Sun 2026-11-08: +8 in 8 weeks, 1/week.
  for (int w = 0; w < 8; ++w) {
    const std::string d = day("2026-09-14").addDays(7 * w).toString();
    s.order("O" + std::to_string(w), d + " 10:00", "R1", "A1", Channel::D2d, "p", 1000, d + " 12:00");
  }
  s.commit();
  KpiQuery q;
  q.period = {day("2026-11-02"), day("2026-11-08")};
  q.asOf = day("2026-11-08");
  q.by = {Dimension::Area};
  for (auto path : s.paths()) {
    auto r = s.run(q, path);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->size(), 1u);
    // 8 active on 11-08; 12 more at 1 a week = 84 days: 2027-01-31.
    EXPECT_EQ(std::get<Date>((*r)[0].now.value(KpiId::bundling_date)).toString(), "2027-01-31");
    EXPECT_DOUBLE_EQ(std::get<double>((*r)[0].now.value(KpiId::penetration)), 0.08);
  }
}

}  // namespace
}  // namespace salesops::kpi::testing
