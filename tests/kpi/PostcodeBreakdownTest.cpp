// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The drill-down's postcode breakdown on a tiny store worked out by hand (sums in the comments).
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/PostcodeBreakdown.h"

namespace salesops::kpi::testing {
namespace {

int64_t count(const KpiValues& v, std::string_view k) {
  const KpiValue x = v.value(k);
  if (const auto* n = std::get_if<int64_t>(&x)) return *n;
  ADD_FAILURE() << k << " is not a count";
  return -1;
}

std::optional<double> rate(const KpiValues& v, std::string_view k) {
  const KpiValue x = v.value(k);
  if (const auto* d = std::get_if<double>(&x)) return *d;
  return std::nullopt;
}

// Area A1 in the week of Monday 2 November 2026, and what must stay out: area A2, the week after.
class PostcodeBreakdownTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.rep("R2", "South");
    s.area("A1", "Utrecht", 100, 0.5);
    s.area("A2", "Zeist", 50);
    using O = Outcome;
    const Channel d2d = Channel::D2d;
    s.visit("V01", "2026-11-02 09:00", "R1", "A1", O::NotHome, d2d, "1234AB", 1);
    s.visit("V02", "2026-11-02 09:30", "R1", "A1", O::NoInterest, d2d, "1234AB", 1);
    s.visit("V03", "2026-11-02 10:00", "R1", "A1", O::Sale, d2d, "1234AC", 2);
    s.visit("V04", "2026-11-03 11:00", "R1", "A1", O::Quote, d2d, "1235XY", 3);
    s.visit("V05", "2026-11-03 14:00", "R2", "A1", O::NotHome, d2d, "1235XY", 3);
    s.visit("V06", "2026-11-04 15:00", "R2", "A1", O::NoInterest, Channel::Htl, "", 0);
    s.visit("V07", "2026-11-05 10:00", "R1", "A1", O::Sale, d2d, "1234AB", 1);
    s.visit("V08", "2026-11-05 11:00", "R1", "A2", O::Sale, d2d, "3700AA", 5);
    s.visit("V09", "2026-11-09 11:00", "R1", "A1", O::Sale, d2d, "1234AB", 9);
    s.order("O1", "2026-11-02 10:05", "R1", "A1", d2d, "fiber-100", 4000, "2026-11-06 09:00", true, "1234AC");
    s.order("O2", "2026-11-05 10:10", "R1", "A1", d2d, "fiber-100", 4000, "", {}, "1234AB");
    s.order("O3", "2026-11-03 12:00", "R1", "A1", Channel::Htl, "fiber-500", 5500, "", {}, "");
    s.order("O4", "2026-11-05 11:05", "R1", "A2", d2d, "fiber-100", 4000, "", {}, "3700AA");
    s.order("O5", "2026-11-09 11:05", "R1", "A1", d2d, "fiber-100", 4000, "", {}, "1234AB");
    s.cancel("O2", "2026-11-06 08:00");
    s.commit();
  }

  PostcodeQuery query(kpi::PostcodeLevel level) {
    PostcodeQuery q{{day("2026-11-02"), day("2026-11-08")}, day("2026-11-30"), {}, level};
    q.filters.areas = {"A1"};
    return q;
  }

  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(PostcodeBreakdownTest);

TEST_P(PostcodeBreakdownTest, Pc4RowsCountVisitsOrdersAndAddressesOfTheAreaAndWeek) {
  auto rows = postcodeBreakdown(s.store(), query(kpi::PostcodeLevel::Pc4));
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 3u);
  // 1234: V01 (not home), V02, V03, V07 -> 4 visits, 3 contacts; orders O1, O2 (O2 cancelled);
  // addresses 1234AB 1 (three visits) and 1234AC 2 (one).
  const KpiRow& a = (*rows)[0];
  EXPECT_EQ(a.dims.front().text, "1234");
  EXPECT_EQ(count(a.now, "visits"), 4);
  EXPECT_EQ(count(a.now, "contacts"), 3);
  EXPECT_EQ(count(a.now, "orders"), 2);
  EXPECT_EQ(count(a.now, "cancelled"), 1);
  EXPECT_DOUBLE_EQ(*rate(a.now, "conversion"), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(*rate(a.now, "hit_rate"), 0.5);
  EXPECT_EQ(count(a.now, "addresses"), 2);
  EXPECT_EQ(count(a.now, "addresses_2x"), 1);
  EXPECT_EQ(count(a.now, "addresses_3x"), 1);
  EXPECT_DOUBLE_EQ(*rate(a.now, "addresses_per_sale"), 1.0);
  // 1235: V04 (quote), V05 (not home) -> 2 visits, 1 contact, no order: conversion 0 of 1.
  const KpiRow& b = (*rows)[1];
  EXPECT_EQ(b.dims.front().text, "1235");
  EXPECT_EQ(count(b.now, "visits"), 2);
  EXPECT_EQ(count(b.now, "contacts"), 1);
  EXPECT_EQ(count(b.now, "orders"), 0);
  EXPECT_DOUBLE_EQ(*rate(b.now, "conversion"), 0.0);
  EXPECT_EQ(count(b.now, "addresses"), 1);
  EXPECT_EQ(count(b.now, "addresses_2x"), 1);
  // No postcode, last: the htl visit V06 and the htl order O3.
  const KpiRow& none = (*rows)[2];
  EXPECT_EQ(none.dims.front().text, kNoPostcode);
  EXPECT_EQ(count(none.now, "visits"), 1);
  EXPECT_EQ(count(none.now, "orders"), 1);
  EXPECT_DOUBLE_EQ(*rate(none.now, "conversion"), 1.0);
  EXPECT_EQ(count(none.now, "addresses"), 0);
  // Homes passed and field time are per area: no coverage, penetration or pace per postcode.
  EXPECT_FALSE(rate(a.now, "coverage"));
  EXPECT_FALSE(rate(a.now, "penetration"));
  EXPECT_FALSE(rate(a.now, "visits_per_hour"));
}

TEST_P(PostcodeBreakdownTest, Pc6RowsSplitTheStreets) {
  auto rows = postcodeBreakdown(s.store(), query(kpi::PostcodeLevel::Pc6));
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 4u);
  // 1234AB: V01, V02, V07 -> 3 visits, 2 contacts, order O2 (cancelled): conversion 1/2, hit rate 1/3.
  EXPECT_EQ((*rows)[0].dims.front().text, "1234AB");
  EXPECT_EQ(count((*rows)[0].now, "visits"), 3);
  EXPECT_EQ(count((*rows)[0].now, "orders"), 1);
  EXPECT_DOUBLE_EQ(*rate((*rows)[0].now, "conversion"), 0.5);
  EXPECT_DOUBLE_EQ(*rate((*rows)[0].now, "hit_rate"), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(*rate((*rows)[0].now, "cancel_rate"), 1.0);
  // 1234AC: V03 (sale), order O1 installed on 6 November.
  EXPECT_EQ((*rows)[1].dims.front().text, "1234AC");
  EXPECT_EQ(count((*rows)[1].now, "visits"), 1);
  EXPECT_EQ(count((*rows)[1].now, "installed"), 1);
  EXPECT_DOUBLE_EQ(*rate((*rows)[1].now, "conversion"), 1.0);
  EXPECT_EQ((*rows)[2].dims.front().text, "1235XY");
  EXPECT_EQ(count((*rows)[2].now, "visits"), 2);
  EXPECT_EQ((*rows)[3].dims.front().text, kNoPostcode);
}

TEST_P(PostcodeBreakdownTest, RowsAddUpToTheEnginesAreaTotalsOnBothPaths) {
  KpiQuery q{{day("2026-11-02"), day("2026-11-08")}, day("2026-11-30"), {}, {}, std::nullopt, {}};
  q.filters.areas = {"A1"};
  auto total = s.run(q);
  ASSERT_TRUE(total);
  ASSERT_EQ(total->size(), 1u);
  EXPECT_EQ(count(total->front().now, "visits"), 7);  // V01..V07
  EXPECT_EQ(count(total->front().now, "orders"), 3);  // O1, O2, O3
  for (auto path : s.paths())
    for (auto level : {kpi::PostcodeLevel::Pc4, kpi::PostcodeLevel::Pc6}) {
      auto rows = postcodeBreakdown(s.store(), query(level), path);
      ASSERT_TRUE(rows);
      int64_t visits = 0, contacts = 0, orders = 0, cancelled = 0;
      for (const KpiRow& r : *rows) {
        visits += count(r.now, "visits");
        contacts += count(r.now, "contacts");
        orders += count(r.now, "orders");
        cancelled += count(r.now, "cancelled");
      }
      EXPECT_EQ(visits, count(total->front().now, "visits"));
      EXPECT_EQ(contacts, count(total->front().now, "contacts"));
      EXPECT_EQ(orders, count(total->front().now, "orders"));
      EXPECT_EQ(cancelled, count(total->front().now, "cancelled"));
    }
}

TEST_P(PostcodeBreakdownTest, RepFilterNarrowsTheRowsAndAZeroDenominatorHasNoValue) {
  PostcodeQuery q = query(kpi::PostcodeLevel::Pc4);
  q.filters.reps = {"R2"};
  auto rows = postcodeBreakdown(s.store(), q);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
  // R2 in A1: V05 (1235, not home) and V06 (htl, no interest); no orders.
  EXPECT_EQ((*rows)[0].dims.front().text, "1235");
  EXPECT_EQ(count((*rows)[0].now, "visits"), 1);
  EXPECT_EQ(count((*rows)[0].now, "contacts"), 0);
  EXPECT_FALSE(rate((*rows)[0].now, "conversion"));  // 0 / 0
  EXPECT_DOUBLE_EQ(*rate((*rows)[0].now, "hit_rate"), 0.0);
  EXPECT_EQ((*rows)[1].dims.front().text, kNoPostcode);
  EXPECT_EQ(count((*rows)[1].now, "contacts"), 1);
}

}  // namespace
}  // namespace salesops::kpi::testing
