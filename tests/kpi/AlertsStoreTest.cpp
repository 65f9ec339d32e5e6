// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts on hand-made stores: every count below is planted, every expected figure worked out by hand.
#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/Alerts.h"

namespace salesops::kpi::testing {
namespace {

/// Visits and orders in bulk, each with its own id and minute of the day.
class Field {
 public:
  explicit Field(KpiTestStore& s) : s_(s) {}

  /// `visits` visits on `day`; the first `contacts` of them answered (no interest), the rest not home.
  void visits(const std::string& day, const std::string& rep, const std::string& area, Channel channel, int visits,
              int contacts) {
    for (int i = 0; i < visits; ++i) {
      ++n_;
      s_.visit("V" + std::to_string(n_), stamp(day), rep, area, i < contacts ? Outcome::NoInterest : Outcome::NotHome,
               channel, "1000AA", n_);
    }
  }

  /// `orders` orders on `day`; the first `cancelled` of them cancelled `after` days later.
  void orders(const std::string& day, const std::string& rep, const std::string& area, Channel channel, int orders,
              int cancelled = 0, int after = 3) {
    for (int i = 0; i < orders; ++i) {
      ++n_;
      const std::string id = "O" + std::to_string(n_);
      s_.order(id, stamp(day), rep, area, channel, "fiber", 3000);
      if (i < cancelled) s_.cancel(id, testing::day(day).addDays(after).toString() + " 12:00");
    }
  }

 private:
  std::string stamp(const std::string& day) const {
    const int minute = n_ % 600;  // 08:00 to 17:59
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", 8 + minute / 60, minute % 60);
    return day + " " + text;
  }

  KpiTestStore& s_;
  int n_ = 0;
};

// The week judged (Monday to Sunday), the week before, and the daily run's as-of: the Monday after.
const Period kWeek{day("2026-11-23"), day("2026-11-29")};
const Date kAsOf = day("2026-11-30");
constexpr const char* kThisWeek = "2026-11-24";
constexpr const char* kWeekBefore = "2026-11-17";

std::vector<Alert> alertsOf(KpiTestStore& s) {
  const KpiEngine engine(s.store());
  auto r = findAlerts(engine, {kWeek, kAsOf, {}, {AlertKind::Change, AlertKind::Outlier}});
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(r.value()) : std::vector<Alert>{};
}

std::vector<const Alert*> about(const std::vector<Alert>& alerts, Dimension d, std::string_view member) {
  std::vector<const Alert*> out;
  for (const Alert& a : alerts)
    if (a.dimension == d && a.member == member) out.push_back(&a);
  return out;
}

class AlertsStore : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(AlertsStore);

TEST_P(AlertsStore, APlantedConversionDropIsAlertedWithTheOrdersItLost) {
  KpiTestStore s(GetParam());
  s.rep("RA", "Team A");
  s.rep("RB", "Team B");
  s.area("A", "Utrecht", 1000);
  s.area("B", "Utrecht", 1000);
  Field f(s);
  // Both areas: 200 door visits, 100 answered, 20 orders a week; area A has 5 orders this week.
  for (const auto& [area, rep] : {std::pair{"A", "RA"}, std::pair{"B", "RB"}}) {
    f.visits(kWeekBefore, rep, area, Channel::D2d, 200, 100);
    f.orders(kWeekBefore, rep, area, Channel::D2d, 20);
    f.visits(kThisWeek, rep, area, Channel::D2d, 200, 100);
  }
  f.orders(kThisWeek, "RA", "A", Channel::D2d, 5);
  f.orders(kThisWeek, "RB", "B", Channel::D2d, 20);
  s.commit();

  const auto alerts = alertsOf(s);
  const auto a = about(alerts, Dimension::Area, "A");
  // One alert for A: its conversion, 5/100 against 20/100. Its hit rate (5/200 against 20/200) is the
  // same 15 orders and its outlier against B the same again: each loss is told once.
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->kpi, KpiId::conversion);
  EXPECT_EQ(a[0]->kind, AlertKind::Change);
  // Orders fewer than at last week's rate: 5 - 100 * 0.20 = -15. pooled p = 25/200 = 0.125;
  // variance = 0.125 * 0.875 * (2/100) = 0.0021875; z = -0.15 / 0.0467707 = -3.20713.
  EXPECT_DOUBLE_EQ(a[0]->excess, -15);
  EXPECT_DOUBLE_EQ(a[0]->impact, -15);
  EXPECT_NEAR(*a[0]->test.z, -3.20713, 1e-5);
  EXPECT_DOUBLE_EQ(*a[0]->test.current, 0.05);
  EXPECT_DOUBLE_EQ(*a[0]->test.previous, 0.20);
  EXPECT_EQ(a[0]->channels, std::vector<std::string>{"d2d"});
  EXPECT_EQ(a[0]->period, kWeek);
  EXPECT_EQ(a[0]->comparedPeriod, kWeek.previous());
  EXPECT_TRUE(a[0]->worse);
  // The largest alert of all (rep RA and Team A say the same, on equal impact after the area).
  EXPECT_EQ(&alerts.front(), a[0]);
}

TEST_P(AlertsStore, AChangeOfChannelMixWithTheSameRatesIsNoAlert) {
  KpiTestStore s(GetParam());
  for (const char* id : {"RM", "RN", "RP"}) s.rep(id, std::string("Team ") + id);
  for (const char* code : {"M", "N", "P"}) s.area(code, "Utrecht", 1000);
  Field f(s);
  // Every week, every area: doors answer half the time and convert 10%, the stand answers always
  // and converts 30%. N works as before. M moves from 200 doors + 20 stand visits to 100 + 100; P
  // from doors only (100%) to half stand (50%).
  const auto work = [&f](const char* day, const std::string& rep, const std::string& area, int doors, int stand) {
    f.visits(day, rep, area, Channel::D2d, doors, doors / 2);
    f.orders(day, rep, area, Channel::D2d, doors / 20);
    f.visits(day, rep, area, Channel::Htl, stand, stand);
    f.orders(day, rep, area, Channel::Htl, stand * 3 / 10);
  };
  work(kWeekBefore, "RM", "M", 200, 20);
  work(kThisWeek, "RM", "M", 100, 100);
  work(kWeekBefore, "RN", "N", 200, 20);
  work(kThisWeek, "RN", "N", 200, 20);
  work(kWeekBefore, "RP", "P", 200, 0);
  work(kThisWeek, "RP", "P", 100, 100);
  s.commit();

  // Contact rates count doors only, so the mix cannot move them. Conversion counts every channel:
  // summed over channels P's went from 10/100 = 10% to 35/150 = 23.3% (pooled 45/250, z = 2.69),
  // significant to a test that ignores the channel; M's from 16/120 to 35/150 (z = 2.09) is not.
  const KpiEngine engine(s.store());
  auto rows = engine.run({kWeek, kAsOf, {Dimension::Area}, {}, Comparison::Previous, {KpiId::conversion}});
  ASSERT_TRUE(rows);
  for (const KpiRow& r : *rows)
    if (r.dims[0].text == "P") {
      const Significance blind = testSignificance(*r.now.parts(KpiId::conversion), *r.prev->parts(KpiId::conversion));
      EXPECT_TRUE(blind.significant());
      EXPECT_NEAR(*blind.z, 2.69, 0.01);
    }
  // Within channel nothing changed and nobody differs from the rest: no alert at all.
  const auto alerts = alertsOf(s);
  for (const Alert& a : alerts) ADD_FAILURE() << a.member << " " << kpiName(a.kpi) << " z = " << a.test.z.value_or(0);
}

/// Five reps of one team in one area. The cohort of 20 Oct - 16 Nov (orders 14 to 41 days old on
/// 30 Nov): R1-R4 sold 40 orders each with 2 cancelled, R5 80 with 40 cancelled. Every week each rep
/// has 100 door visits and 60 answered; orders the week before / this week: R1 30 / 6, R2 10 / 25,
/// R3-R5 12 / 12.
void fiveReps(KpiTestStore& s) {
  s.area("A", "Utrecht", 1000);
  for (int i = 1; i <= 5; ++i) s.rep("R" + std::to_string(i), "Team T");
  Field f(s);
  const int before[] = {30, 10, 12, 12, 12}, now[] = {6, 25, 12, 12, 12};
  for (int i = 1; i <= 5; ++i) {
    const std::string rep = "R" + std::to_string(i);
    if (i < 5)
      f.orders("2026-11-02", rep, "A", Channel::D2d, 40, 2);
    else
      f.orders("2026-11-02", rep, "A", Channel::D2d, 80, 40);
    f.visits(kWeekBefore, rep, "A", Channel::D2d, 100, 60);
    f.orders(kWeekBefore, rep, "A", Channel::D2d, before[i - 1]);
    f.visits(kThisWeek, rep, "A", Channel::D2d, 100, 60);
    f.orders(kThisWeek, rep, "A", Channel::D2d, now[i - 1]);
  }
  s.commit();
}

TEST_P(AlertsStore, TheHighCancelRepIsInTheTopThreeOfADailyRunWhoseWeekIsTooYoung) {
  KpiTestStore s(GetParam());
  fiveReps(s);
  const auto alerts = alertsOf(s);
  std::vector<const Alert*> reps;
  for (const Alert& a : alerts)
    if (a.dimension == Dimension::Rep) reps.push_back(&a);
  ASSERT_GE(reps.size(), 3u);
  const auto r5 = std::find_if(reps.begin(), reps.begin() + 3,
                               [](const Alert* a) { return a->member == "R5" && a->kpi == KpiId::cancel_rate_14d; });
  ASSERT_NE(r5, reps.begin() + 3);
  const Alert& a = **r5;
  // Judged on the matured cohort, not on this week (whose orders are all under 14 days old).
  EXPECT_EQ(a.period, (Period{day("2026-10-20"), day("2026-11-16")}));
  EXPECT_EQ(a.kind, AlertKind::Outlier);
  // 40/80 against the rest's 8/160 = 5%: 40 - 80 * 0.05 = 36 cancellations more, 36 orders lost.
  // pooled p = 48/240 = 0.2; variance = 0.16 * (1/80 + 1/160) = 0.003; z = 0.45 / 0.0547723 = 8.21584.
  EXPECT_DOUBLE_EQ(a.excess, 36);
  EXPECT_DOUBLE_EQ(a.impact, -36);
  EXPECT_NEAR(*a.test.z, 8.21584, 1e-5);
  EXPECT_TRUE(a.worse);
}

TEST_P(AlertsStore, RankingByOrdersPutsALargeCancelProblemAboveASmallerConversionChange) {
  KpiTestStore s(GetParam());
  fiveReps(s);
  const auto alerts = alertsOf(s);
  std::vector<std::string> order;
  for (const Alert& a : alerts)
    if (a.dimension == Dimension::Rep) order.push_back(a.member + " " + std::string(kpiName(a.kpi)));
  // R5: 36 cancellations more. R1: 6/60 against 30/60, 24 orders fewer (z = -4.78091). R2: 25/60
  // against 10/60, 15 orders more (pooled 35/120, z = 0.25 / 0.0829853 = 3.01258). Then R1-R4 each
  // cancel less than the rest (which holds R5): 2/40 against 46/200 = 23%, 2 - 40 * 0.23 = 7.2
  // cancellations fewer (pooled 0.2, z = -0.18 / 0.0692820 = -2.59808). Each rep's hit rate tells
  // the orders of its conversion again and is left out; contact rates did not move.
  EXPECT_EQ(order,
            (std::vector<std::string>{"R5 cancel_rate_14d", "R1 conversion", "R2 conversion", "R1 cancel_rate_14d",
                                      "R2 cancel_rate_14d", "R3 cancel_rate_14d", "R4 cancel_rate_14d"}));
  const Alert* r1 = about(alerts, Dimension::Rep, "R1").front();
  EXPECT_DOUBLE_EQ(r1->impact, -24);
  EXPECT_NEAR(*r1->test.z, -4.78091, 1e-5);
  const Alert* r2 = about(alerts, Dimension::Rep, "R2").front();
  EXPECT_DOUBLE_EQ(r2->impact, 15);
  EXPECT_NEAR(*r2->test.z, 3.01258, 1e-5);
  EXPECT_FALSE(r2->worse);
  const Alert* r4 = about(alerts, Dimension::Rep, "R4").front();
  EXPECT_NEAR(r4->impact, 7.2, 1e-9);
  EXPECT_NEAR(*r4->test.z, -2.59808, 1e-5);
}

TEST_P(AlertsStore, PreInstallCancellationsOfThisWeekAreTheEarlySignal) {
  KpiTestStore s(GetParam());
  s.area("A", "Utrecht", 1000);
  Field f(s);
  // This week's orders, cancelled two days later (before any install): R1-R4 1 of 40, R5 12 of 40.
  for (int i = 1; i <= 5; ++i) {
    s.rep("R" + std::to_string(i), "Team T");
    f.orders(kThisWeek, "R" + std::to_string(i), "A", Channel::D2d, 40, i == 5 ? 12 : 1, 2);
  }
  s.commit();
  const auto alerts = alertsOf(s);
  const auto r5 = about(alerts, Dimension::Rep, "R5");
  ASSERT_EQ(r5.size(), 1u);
  // 12/40 against 4/160 = 2.5%: 12 - 40 * 0.025 = 11 cancellations more. pooled p = 16/200 = 0.08;
  // variance = 0.0736 * (1/40 + 1/160) = 0.0023; z = 0.275 / 0.0479583 = 5.73414.
  EXPECT_EQ(r5[0]->kpi, KpiId::pre_install_churn);
  EXPECT_DOUBLE_EQ(r5[0]->excess, 11);
  EXPECT_DOUBLE_EQ(r5[0]->impact, -11);
  EXPECT_NEAR(*r5[0]->test.z, 5.73414, 1e-5);
  // No cancel_rate_14d: none of these orders is 14 days old.
  for (const Alert& a : alerts) EXPECT_NE(a.kpi, KpiId::cancel_rate_14d);
}

}  // namespace
}  // namespace salesops::kpi::testing
