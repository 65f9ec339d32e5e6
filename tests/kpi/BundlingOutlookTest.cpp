// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bundling date is "not in sight" when it is more than 5 years out or projected from fewer than
// 4 weeks of installs. Measured on Sunday 2026-11-29: the 8 complete weeks end on 11-29, 11-22,
// 11-15, 11-08, 11-01, 10-25, 10-18 and 10-11; growth is counted from 10-04.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

namespace salesops::kpi::testing {
namespace {

KpiValues areaRow(KpiTestStore& s) {
  KpiQuery q;
  q.period = {day("2026-11-23"), day("2026-11-29")};
  q.asOf = day("2026-11-29");
  q.filters.areas = {"A1"};  // one area: the total row is its row
  q.only = {KpiId::bundling_date};
  auto rows = s.run(q);
  EXPECT_TRUE(rows && rows->size() == 1u);
  return rows && !rows->empty() ? rows->front().now : KpiValues{};
}

void installed(KpiTestStore& s, const std::string& id, const std::string& orderedAt, const std::string& installedAt) {
  s.order(id, orderedAt, "R1", "A1", Channel::D2d, "fiber", 4000, installedAt);
}

class BundlingOutlookTest : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(BundlingOutlookTest);

TEST_P(BundlingOutlookTest, AProjectionFromTwoWeeksOfInstallsIsNotInSight) {
  KpiTestStore s(GetParam());
  s.area("A1", "Utrecht", 100, 0.5);  // target 50 installs
  installed(s, "O1", "2026-11-10 10:00", "2026-11-18 09:00");
  installed(s, "O2", "2026-11-12 10:00", "2026-11-25 09:00");
  s.commit();
  // Growth (2 - 0) / 8 = 0.25 a week would give 48 / 0.25 * 7 = 1344 days (under 5 years), but only
  // the weeks ending 11-22 and 11-29 have any install: 2 of the 4 needed.
  const KpiValues v = areaRow(s);
  EXPECT_FALSE(v.bundlingDate);
  EXPECT_EQ(v.bundlingOutlook, BundlingOutlook::TooFewWeeks);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(v.value(KpiId::bundling_date)));
}

TEST_P(BundlingOutlookTest, ADateMoreThanFiveYearsOutIsNotInSight) {
  KpiTestStore s(GetParam());
  s.area("A1", "Utrecht", 1000, 0.5);                          // target 500 installs
  installed(s, "O1", "2026-09-20 10:00", "2026-10-01 09:00");  // live in all 8 weeks
  installed(s, "O2", "2026-11-10 10:00", "2026-11-20 09:00");
  s.commit();
  // Growth (2 - 1) / 8 = 0.125 a week: 498 / 0.125 * 7 = 27888 days, some 76 years (the 2076 kind).
  const KpiValues v = areaRow(s);
  EXPECT_FALSE(v.bundlingDate);
  EXPECT_EQ(v.bundlingOutlook, BundlingOutlook::TooFarOut);
}

TEST_P(BundlingOutlookTest, ADateWithinFiveYearsFromEightWeeksIsGiven) {
  KpiTestStore s(GetParam());
  s.area("A1", "Utrecht", 100, 0.1);  // target 10 installs
  installed(s, "O1", "2026-09-20 10:00", "2026-10-01 09:00");
  installed(s, "O2", "2026-11-10 10:00", "2026-11-20 09:00");
  s.commit();
  // Growth 0.125 a week: (10 - 2) / 0.125 * 7 = 448 days after 2026-11-29.
  const KpiValues v = areaRow(s);
  ASSERT_TRUE(v.bundlingDate);
  EXPECT_EQ(*v.bundlingDate, day("2028-02-20"));
  EXPECT_FALSE(v.bundlingOutlook);
}

TEST_P(BundlingOutlookTest, NoGrowthAndAReachedThresholdSaySo) {
  KpiTestStore s(GetParam());
  s.area("A1", "Utrecht", 100, 0.01);  // target 1 install
  installed(s, "O1", "2026-09-20 10:00", "2026-10-01 09:00");
  s.commit();
  EXPECT_EQ(areaRow(s).bundlingOutlook, BundlingOutlook::Reached);

  KpiTestStore flat(GetParam());
  flat.area("A1", "Utrecht", 100, 0.5);
  installed(flat, "O1", "2026-09-20 10:00", "2026-10-01 09:00");  // 1 live all along: growth 0
  flat.commit();
  EXPECT_EQ(areaRow(flat).bundlingOutlook, BundlingOutlook::NoGrowth);
}

}  // namespace
}  // namespace salesops::kpi::testing
