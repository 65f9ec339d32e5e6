// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <gtest/gtest.h>

#include "AnalysisDemoStore.h"

#include "salesops/demo/DemoGenerator.h"
#include "salesops/kpi/Alerts.h"

namespace salesops::kpi::test {
namespace {

const Alert* find(const std::vector<Alert>& alerts, AlertKind kind, Dimension d, std::string_view member, KpiId kpi) {
  auto it = std::find_if(alerts.begin(), alerts.end(), [&](const Alert& a) {
    return a.kind == kind && a.dimension == d && a.member == member && a.kpi == kpi;
  });
  return it == alerts.end() ? nullptr : &*it;
}

std::vector<Alert> alerts(Period period, Date asOf) {
  const KpiEngine engine(analysisDemoStore());
  auto r = findAlerts(engine, {period, asOf, {}, {AlertKind::Change, AlertKind::Outlier}});
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(r.value()) : std::vector<Alert>{};
}

TEST(AlertsDemo, LastWeekFlagsTheConversionDropOfItsArea) {
  // The last 7 days against the 7 before, as of the day after (the command line's "today").
  const auto found = alerts({kDemoEnd.addDays(-6), kDemoEnd}, kDemoEnd.addDays(1));
  const Alert* drop = find(found, AlertKind::Change, Dimension::Area, demo::kConversionDropArea, KpiId::conversion);
  ASSERT_NE(drop, nullptr);
  EXPECT_EQ(drop->test.verdict, Verdict::SignificantDown);
  EXPECT_LE(*drop->test.z, -kSignificantZ);
  EXPECT_TRUE(drop->worse);
  EXPECT_LT(drop->impact, 0);
  // Impact is the change in rate times the current contacts: orders lost.
  EXPECT_NEAR(drop->impact, (*drop->test.current - *drop->test.previous) * drop->current.denominator, 1e-9);
  // It is the only area whose conversion changed, and its contact rate did not move (the story).
  // (Other areas may show a contact-rate change: about 1 in 100 tests is significant by chance.)
  for (const Alert& a : found)
    if (a.kind == AlertKind::Change && a.dimension == Dimension::Area && a.kpi == KpiId::conversion) {
      EXPECT_EQ(a.member, demo::kConversionDropArea);
    }
  EXPECT_EQ(find(found, AlertKind::Change, Dimension::Area, demo::kConversionDropArea, KpiId::contact_rate), nullptr);
  // One ranking for every kind and KPI: by |impact| in orders.
  for (size_t i = 1; i < found.size(); ++i) EXPECT_GE(std::abs(found[i - 1].impact), std::abs(found[i].impact));
}

TEST(AlertsDemo, LastWeeksRunJudgesCancelRatesOnTheMaturedCohortAndFlagsTheHighCancelRep) {
  // Last week's orders are all under 14 days old: the cancel rate is judged on the four weeks of
  // orders that are 14 to 41 days old at as-of.
  const Date asOf = kDemoEnd.addDays(1);
  const auto found = alerts({kDemoEnd.addDays(-6), kDemoEnd}, asOf);
  std::vector<const Alert*> reps;
  for (const Alert& a : found) {
    if (a.kpi == KpiId::cancel_rate_14d) {
      EXPECT_EQ(a.period, (Period{asOf.addDays(-41), asOf.addDays(-14)})) << a.member;
    }
    if (a.dimension == Dimension::Rep) reps.push_back(&a);
  }
  const auto top = reps.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(3, reps.size()));
  EXPECT_TRUE(std::any_of(reps.begin(), top, [](const Alert* a) {
    return a->member == demo::kHighCancelRep && a->kpi == KpiId::cancel_rate_14d && a->worse;
  }));
  // No stand or bus contact rate: within channel a stand's 100% is compared with stands' 100%, so a
  // contact-rate alert is always about doors (before, the stand team was flagged every day).
  for (const Alert& a : found)
    if (a.kpi == KpiId::contact_rate) {
      EXPECT_NE(std::find(a.channels.begin(), a.channels.end(), "d2d"), a.channels.end()) << a.member;
      EXPECT_NE(a.member, "Team HTL");
    }
}

TEST(AlertsDemo, TheHighCancelRepStandsOutFromTheRest) {
  // R007's cancel rate is high all along, so it never *changes*: the outlier alert catches it. The
  // window is the last 28 days whose orders are all at least 14 days old at as-of (the end date),
  // so the cooling-off cancellations are complete.
  const Period mature{kDemoEnd.addDays(-41), kDemoEnd.addDays(-14)};
  const auto found = alerts(mature, kDemoEnd);
  const Alert* rep = find(found, AlertKind::Outlier, Dimension::Rep, demo::kHighCancelRep, KpiId::cancel_rate_14d);
  ASSERT_NE(rep, nullptr);
  EXPECT_EQ(rep->test.verdict, Verdict::SignificantUp);
  EXPECT_TRUE(rep->worse);
  EXPECT_GT(rep->excess, 0);  // cancellations beyond the rest's rate...
  EXPECT_LT(rep->impact, 0);  // ...are orders lost
  EXPECT_GT(*rep->test.current, 2 * *rep->test.previous);
  // It is the largest cancel-rate outlier among reps.
  const auto firstRepCancel = std::find_if(found.begin(), found.end(), [](const Alert& a) {
    return a.kind == AlertKind::Outlier && a.dimension == Dimension::Rep && a.kpi == KpiId::cancel_rate_14d;
  });
  EXPECT_EQ(&*firstRepCancel, rep);
}

}  // namespace
}  // namespace salesops::kpi::test
