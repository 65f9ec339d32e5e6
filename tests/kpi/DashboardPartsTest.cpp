// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window reads the dashboard in two halves at once; together they must be the whole dashboard,
// and each must leave the other's fields alone (a field added to one half but merged from the
// other would silently show empty).
#include <gtest/gtest.h>

#include <algorithm>

#include "AnalysisDemoStore.h"
#include "salesops/kpi/Dashboard.h"

namespace salesops::kpi {
namespace {

using test::analysisDemoStore;
using test::kDemoEnd;

DashboardQuery lastDemoWeek() { return {Period{kDemoEnd.addDays(-6), kDemoEnd}, kDemoEnd.addDays(1), {}}; }

TEST(DashboardParts, EachHalfFillsOnlyItsOwnFields) {
  auto summary = buildDashboardPart(analysisDemoStore(), lastDemoWeek(), DashboardPart::Summary);
  auto breakdowns = buildDashboardPart(analysisDemoStore(), lastDemoWeek(), DashboardPart::Breakdowns);
  ASSERT_TRUE(summary.ok() && breakdowns.ok());
  EXPECT_EQ(summary->tiles.size(), kTileKpis.size());
  EXPECT_EQ(summary->conversionTrend.size(), 56u);  // eight weeks of days
  EXPECT_FALSE(summary->reps.empty());
  EXPECT_FALSE(summary->heatmap.empty());
  EXPECT_FALSE(summary->reasons.empty());
  EXPECT_TRUE(summary->areas.empty());
  EXPECT_TRUE(summary->alerts.empty());

  EXPECT_FALSE(breakdowns->areas.empty());
  EXPECT_FALSE(breakdowns->alerts.empty());
  EXPECT_TRUE(breakdowns->tiles.empty());
  EXPECT_TRUE(breakdowns->reps.empty());
  EXPECT_TRUE(breakdowns->conversionTrend.empty());
}

TEST(DashboardParts, MergedHalvesEqualTheWholeDashboard) {
  auto whole = buildDashboard(analysisDemoStore(), lastDemoWeek());
  auto summary = buildDashboardPart(analysisDemoStore(), lastDemoWeek(), DashboardPart::Summary);
  auto breakdowns = buildDashboardPart(analysisDemoStore(), lastDemoWeek(), DashboardPart::Breakdowns);
  ASSERT_TRUE(whole.ok() && summary.ok() && breakdowns.ok());
  const DashboardData merged = mergeDashboardParts(std::move(*summary), std::move(*breakdowns));
  ASSERT_EQ(merged.areas.size(), whole->areas.size());
  for (size_t i = 0; i < merged.areas.size(); ++i) {
    EXPECT_EQ(merged.areas[i].dims, whole->areas[i].dims);
    EXPECT_EQ(merged.areas[i].now.value("orders"), whole->areas[i].now.value("orders"));
  }
  ASSERT_EQ(merged.alerts.size(), whole->alerts.size());
  for (size_t i = 0; i < merged.alerts.size(); ++i) EXPECT_EQ(merged.alerts[i].member, whole->alerts[i].member);
  // The planted story: UTR-03's conversion drop in the last week is among the alerts.
  EXPECT_TRUE(std::any_of(merged.alerts.begin(), merged.alerts.end(),
                          [](const Alert& a) { return a.member == "UTR-03" && a.kpi == "conversion"; }));
  ASSERT_EQ(merged.tiles.size(), whole->tiles.size());
  for (size_t i = 0; i < merged.tiles.size(); ++i)
    EXPECT_EQ(merged.tiles[i].now.value(merged.tiles[i].kpi), whole->tiles[i].now.value(whole->tiles[i].kpi));
  EXPECT_EQ(merged.alertPeriod, whole->alertPeriod);
  EXPECT_EQ(merged.trendPeriod, whole->trendPeriod);
}

}  // namespace
}  // namespace salesops::kpi
