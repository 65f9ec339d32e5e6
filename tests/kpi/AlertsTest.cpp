// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <array>
#include <cmath>
#include <gtest/gtest.h>

#include "salesops/kpi/Alerts.h"

namespace salesops::kpi {
namespace {

KpiValues values(int64_t visits, int64_t contacts, int64_t orders, int64_t orders14d, int64_t cancelled14d) {
  KpiValues v;
  v.sources = kVisitSource | kOrderSource;
  v.visits = visits;
  v.contacts = contacts;
  v.orders = orders;
  v.orders14d = orders14d;
  v.cancelled14d = cancelled14d;
  v.d2dVisits = visits;  // all at the door: the door-only rates see the same counts
  v.d2dContacts = contacts;
  v.d2dOrders = orders;
  return v;
}

KpiRow row(std::string area, KpiValues now, KpiValues prev) { return {{{std::move(area), {}}}, now, prev}; }

/// Three areas. A: conversion and hit rate halved (30 orders instead of 60) on the same 1000 visits
/// and 500 contacts. B: unchanged. C: tiny, and its cancel rate is 40% in both periods against 10%
/// elsewhere.
std::vector<KpiRow> fixture() {
  return {row("A", values(1000, 500, 30, 100, 10), values(1000, 500, 60, 100, 10)),
          row("B", values(1000, 500, 50, 100, 10), values(1000, 500, 50, 100, 10)),
          row("C", values(20, 10, 5, 100, 40), values(20, 10, 0, 100, 40))};
}

constexpr std::array<AlertKind, 1> kChanges{AlertKind::Change};
constexpr std::array<AlertKind, 1> kOutliers{AlertKind::Outlier};

TEST(Alerts, ChangesAreTheSignificantOnesOrderedByImpact) {
  auto alerts = alertsFromRows(Dimension::Area, fixture(), kChanges, alertKpis());
  sortAlerts(alerts);
  // A's conversion: 30/500 against 60/500. pooled p = 90/1000 = 0.09; variance = 0.09 * 0.91 *
  // (2/500) = 0.0003276; sqrt = 0.0181000; z = -0.06 / 0.0181 = -3.31497; impact = -0.06 * 500 = -30.
  // A's hit rate: 30/1000 against 60/1000. pooled p = 0.045; variance = 0.045 * 0.955 * 0.002 =
  // 0.00008595; sqrt = 0.00927092; z = -0.03 / 0.00927092 = -3.23592; impact = -0.03 * 1000 = -30.
  // Contact rate did not move (z = 0); B did not change; C is under 30 contacts (no verdict); the
  // cancel rates are the same in both periods.
  ASSERT_EQ(alerts.size(), 2u);
  EXPECT_EQ(alerts[0].kpi, KpiId::conversion);  // equal |impact|: then by KPI name
  EXPECT_EQ(alerts[0].member, "A");
  EXPECT_EQ(alerts[0].dimension, Dimension::Area);
  EXPECT_EQ(alerts[0].kind, AlertKind::Change);
  EXPECT_NEAR(*alerts[0].test.z, -3.31497, 1e-5);
  EXPECT_NEAR(alerts[0].impact, -30, 1e-9);
  EXPECT_NEAR(alerts[0].excess, -30, 1e-9);
  EXPECT_EQ(alerts[0].current.denominator, 500);
  EXPECT_EQ(alerts[0].compared.numerator, 60);
  EXPECT_DOUBLE_EQ(*alerts[0].test.current, 0.06);
  EXPECT_DOUBLE_EQ(*alerts[0].test.previous, 0.12);
  EXPECT_TRUE(alerts[0].worse);
  EXPECT_EQ(alerts[1].kpi, KpiId::hit_rate);
  EXPECT_NEAR(*alerts[1].test.z, -3.23592, 1e-5);
  EXPECT_NEAR(alerts[1].impact, -30, 1e-9);
  EXPECT_TRUE(alerts[1].worse);
}

TEST(Alerts, OutliersSetAMemberAgainstTheRestOfTheSamePeriod) {
  auto alerts = alertsFromRows(Dimension::Area, fixture(), kOutliers, alertKpis());
  sortAlerts(alerts);
  ASSERT_EQ(alerts.size(), 5u);
  // C's cancel_rate_14d: 40/100 against the rest's 20/200. pooled p = 60/300 = 0.2; variance =
  // 0.2 * 0.8 * (1/100 + 1/200) = 0.0024; sqrt = 0.0489898; z = 0.3 / 0.0489898 = 6.12372;
  // excess = 40 - 100 * 0.1 = 30 more cancellations than at the rest's rate: 30 orders lost.
  EXPECT_EQ(alerts[0].member, "C");
  EXPECT_EQ(alerts[0].kpi, KpiId::cancel_rate_14d);
  EXPECT_NEAR(*alerts[0].test.z, 6.12372, 1e-5);
  EXPECT_NEAR(alerts[0].excess, 30, 1e-9);
  EXPECT_NEAR(alerts[0].impact, -30, 1e-9);
  EXPECT_TRUE(alerts[0].worse);
  EXPECT_EQ(alerts[0].compared.numerator, 20);
  EXPECT_EQ(alerts[0].compared.denominator, 200);
  // A's conversion: 30/500 against the rest's 55/510. pooled p = 85/1010 = 0.0841584; p(1-p) =
  // 0.0770757; (1/500 + 1/510) = 0.00396078; variance = 0.000305280; sqrt = 0.0174723;
  // difference = 0.06 - 0.107843 = -0.047843; z = -2.73823; impact = -0.047843 * 500 = -23.9216.
  EXPECT_EQ(alerts[1].member, "A");
  EXPECT_EQ(alerts[1].kpi, KpiId::conversion);
  EXPECT_NEAR(*alerts[1].test.z, -2.73823, 1e-5);
  EXPECT_NEAR(alerts[1].impact, -23.9216, 1e-4);
  // A's hit rate: 30/1000 against 55/1020: the same 23.92 orders, z = -2.67741.
  EXPECT_EQ(alerts[2].kpi, KpiId::hit_rate);
  EXPECT_NEAR(*alerts[2].test.z, -2.67741, 1e-5);
  // A and B cancel less than the rest (which holds C): 10/100 against 50/200. pooled p = 0.2;
  // z = -0.15 / 0.0489898 = -3.06186; 15 cancellations fewer: 15 orders kept, good news.
  EXPECT_EQ(alerts[3].member, "A");
  EXPECT_EQ(alerts[4].member, "B");
  EXPECT_EQ(alerts[4].kpi, KpiId::cancel_rate_14d);
  EXPECT_NEAR(*alerts[4].test.z, -3.06186, 1e-5);
  EXPECT_NEAR(alerts[4].excess, -15, 1e-9);
  EXPECT_NEAR(alerts[4].impact, 15, 1e-9);
  EXPECT_FALSE(alerts[4].worse);
}

TEST(Alerts, ChangesAndOutliersAreRankedTogetherByOrders) {
  const std::array<AlertKind, 2> both{AlertKind::Change, AlertKind::Outlier};
  auto alerts = alertsFromRows(Dimension::Area, fixture(), both, alertKpis());
  sortAlerts(alerts);
  ASSERT_EQ(alerts.size(), 7u);
  // Three alerts of 30 orders (A's conversion and hit rate changes, C's 30 cancellations more), on
  // equal impact changes first; then A's 23.9 orders as outliers, then 15 cancellations fewer.
  EXPECT_EQ(alerts[0].kind, AlertKind::Change);
  EXPECT_EQ(alerts[1].kind, AlertKind::Change);
  EXPECT_EQ(alerts[2].kind, AlertKind::Outlier);
  EXPECT_EQ(alerts[2].kpi, KpiId::cancel_rate_14d);
  for (size_t i = 1; i < alerts.size(); ++i) EXPECT_GE(std::abs(alerts[i - 1].impact), std::abs(alerts[i].impact));
}

TEST(Alerts, AContactRateCountsTheOrdersItsContactsWouldHaveBrought) {
  // 400 contacts on 1000 visits against 500 on 1000, at a conversion of 50/500 = 10% before:
  // 100 contacts fewer, 10 orders. pooled p = 0.45; variance = 0.45 * 0.55 * 0.002 = 0.000495;
  // z = -0.1 / 0.0222486 = -4.49467.
  const std::vector<KpiRow> rows{row("A", values(1000, 400, 40, 0, 0), values(1000, 500, 50, 0, 0))};
  const auto alerts = alertsFromRows(Dimension::Area, rows, kChanges, alertKpis());
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].kpi, KpiId::contact_rate);
  EXPECT_NEAR(*alerts[0].test.z, -4.49467, 1e-5);
  EXPECT_NEAR(alerts[0].excess, -100, 1e-9);
  EXPECT_NEAR(alerts[0].impact, -10, 1e-9);
  EXPECT_TRUE(alerts[0].worse);
}

KpiRow channelRow(std::string area, std::string channel, KpiValues now, KpiValues prev) {
  return {{{std::move(area), {}}, {std::move(channel), {}}}, now, prev};
}

TEST(Alerts, RatesAreComparedWithinChannel) {
  // M's doors: 100 contacts of 200 visits, 10 orders, both weeks; its stand: 20 of 20 with 6 orders
  // before, 100 of 100 with 30 orders now. Every rate per channel is the same; only the mix moved.
  const std::vector<KpiRow> byChannel{channelRow("M", "d2d", values(200, 100, 10, 0, 0), values(200, 100, 10, 0, 0)),
                                      channelRow("M", "htl", values(100, 100, 30, 0, 0), values(20, 20, 6, 0, 0))};
  EXPECT_TRUE(alertsFromRows(Dimension::Area, byChannel, kChanges, alertKpis()).empty());
  // The same counts summed over channels: contact rate 200/300 against 120/220 is a "change".
  const std::vector<KpiRow> summed{row("M", values(300, 200, 40, 0, 0), values(220, 120, 16, 0, 0))};
  const auto mixed = alertsFromRows(Dimension::Area, summed, kChanges, alertKpis());
  ASSERT_FALSE(mixed.empty());
  EXPECT_EQ(mixed[0].kpi, KpiId::contact_rate);
}

TEST(Alerts, RowsWithoutTheSourcesOrAPreviousPeriodGiveNoChange) {
  std::vector<KpiRow> rows = fixture();
  for (auto& r : rows) r.prev.reset();
  EXPECT_TRUE(alertsFromRows(Dimension::Area, rows, kChanges, alertKpis()).empty());
  rows = fixture();
  for (auto& r : rows) r.now.sources = 0;  // nothing read: no rate, no alert
  EXPECT_TRUE(alertsFromRows(Dimension::Area, rows, kOutliers, alertKpis()).empty());
}

TEST(Alerts, ExcessUnits) {
  EXPECT_EQ(excessUnit(KpiId::conversion), "orders");
  EXPECT_EQ(excessUnit(KpiId::hit_rate), "orders");
  EXPECT_EQ(excessUnit(KpiId::contact_rate), "contacts");
  EXPECT_EQ(excessUnit(KpiId::cancel_rate_14d), "cancellations");
  EXPECT_EQ(excessUnit(KpiId::pre_install_churn), "cancellations");
  EXPECT_EQ(alertKpis().size(), 5u);
  EXPECT_EQ(alertDimensions().size(), 3u);
}

TEST(Alerts, TheCohortIsTheLastFourWeeksOldEnoughUpToThePeriodsEnd) {
  // A daily run: the week's orders are too young, so the four weeks ending 14 days before as-of.
  const Period daily =
      alertCohort({*Date::fromYmd(2026, 11, 23), *Date::fromYmd(2026, 11, 29)}, *Date::fromYmd(2026, 11, 30));
  EXPECT_EQ(daily.from, *Date::fromYmd(2026, 10, 20));
  EXPECT_EQ(daily.to, *Date::fromYmd(2026, 11, 16));
  // A period long past: its own last four weeks.
  const Period old =
      alertCohort({*Date::fromYmd(2026, 9, 1), *Date::fromYmd(2026, 9, 30)}, *Date::fromYmd(2026, 11, 30));
  EXPECT_EQ(old.from, *Date::fromYmd(2026, 9, 3));
  EXPECT_EQ(old.to, *Date::fromYmd(2026, 9, 30));
}

}  // namespace
}  // namespace salesops::kpi
