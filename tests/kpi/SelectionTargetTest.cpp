// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The target of a selection's level (team filter: the team's, not the organisation's), member sums,
// targets over any period pro rata by working days, and pacing over the week and the month.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/KpiFormat.h"
#include "salesops/kpi/TargetProgress.h"

namespace salesops::kpi::testing {
namespace {

// R1 and R2 are team Zuid, R3 team Noord. Week 48 runs Monday 11-23 to Sunday 11-29, week 49 from
// Monday 11-30. On Monday 11-23 R1 sells 2 and R3 4; on Tuesday 11-24 R2 sells 1.
class SelectionTargets : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "Zuid");
    s.rep("R2", "Zuid");
    s.rep("R3", "Noord");
    s.area("A1", "Utrecht", 1000);
    const auto order = [&](const std::string& id, const std::string& at, const std::string& rep) {
      s.order(id, at, rep, "A1", Channel::D2d, "fiber", 4000);
    };
    order("O1", "2026-11-23 10:00", "R1");
    order("O2", "2026-11-23 11:00", "R1");
    for (const char* id : {"O3", "O4", "O5", "O6"}) order(id, "2026-11-23 12:00", "R3");
    order("O7", "2026-11-24 10:00", "R2");
    using L = TargetLevel;
    for (const char* w : {"2026-W45", "2026-W46", "2026-W47"}) s.target(w, L::All, "", "orders", 12);
    s.target("2026-W48", L::All, "", "orders", 20);
    s.target("2026-W48", L::Team, "Zuid", "orders", 9);
    s.target("2026-W48", L::Rep, "R1", "orders", 4);  // Zuid's own 9 wins over its reps' 4 + 6
    s.target("2026-W48", L::Rep, "R2", "orders", 6);
    s.target("2026-W48", L::Rep, "R3", "orders", 7);  // Noord has no team target: its reps' sum, 7
    s.target("2026-W48", L::All, "", "conversion", 0.5);
    s.target("2026-W48", L::Team, "Zuid", "conversion", 0.4);
    s.target("2026-W48", L::Rep, "R1", "conversion", 0.3);  // no sum for rates: Noord has none
    s.target("2026-W49", L::All, "", "orders", 24);
    s.target("2026-W49", L::Rep, "R1", "orders", 5);  // Zuid in week 49: 5 + 7 from its reps
    s.target("2026-W49", L::Rep, "R2", "orders", 7);
    s.commit();
  }

  std::optional<double> target(const char* metric, TargetScope scope, Period p, bool* members = nullptr) {
    auto book = TargetBook::load(s.store(), p);
    EXPECT_TRUE(book);
    return book ? book->target(metric, scope, p, kDefaultWorkingDaysPerWeek, members) : std::nullopt;
  }

  KpiTestStore s{GetParam()};
  const Period w48{day("2026-11-23"), day("2026-11-29")};
};
SALESOPS_ON_BACKENDS(SelectionTargets);

TEST_P(SelectionTargets, TheFiltersLevelDecides) {
  EXPECT_EQ(targetScope({})->level, TargetLevel::All);
  KpiFilters team;
  team.teams = {"Zuid"};
  EXPECT_EQ(targetScope(team)->level, TargetLevel::Team);
  team.reps = {"R1"};
  EXPECT_EQ(targetScope(team)->level, TargetLevel::Rep);  // the narrower one
  KpiFilters area;
  area.areas = {"A1"};
  EXPECT_FALSE(targetScope(area));  // the targets file has no area targets
}

TEST_P(SelectionTargets, OwnTargetFirstThenTheSumOfMembersForCounts) {
  bool members = false;
  EXPECT_EQ(target("orders", {TargetLevel::All, {}}, w48), 20);
  EXPECT_EQ(target("orders", {TargetLevel::Team, {"Zuid"}}, w48, &members), 9);
  EXPECT_FALSE(members);
  EXPECT_EQ(target("orders", {TargetLevel::Team, {"Noord"}}, w48, &members), 7);
  EXPECT_TRUE(members);
  EXPECT_EQ(target("orders", {TargetLevel::Team, {"Zuid", "Noord"}}, w48), 9 + 7);
  EXPECT_EQ(target("orders", {TargetLevel::Rep, {"R2"}}, w48), 6);
  EXPECT_FALSE(target("orders", {TargetLevel::Team, {"Oost"}}, w48));
  // Rates: the level's own target only, and for one team or rep.
  EXPECT_EQ(target("conversion", {TargetLevel::Team, {"Zuid"}}, w48), 0.4);
  EXPECT_FALSE(target("conversion", {TargetLevel::Team, {"Noord"}}, w48));
  EXPECT_FALSE(target("conversion", {TargetLevel::Team, {"Zuid", "Noord"}}, w48));
}

TEST_P(SelectionTargets, APeriodAcrossWeeksTakesEachWeekByItsWorkingDaysInside) {
  // Thursday 11-26 to Wednesday 12-02: 3 of week 48's 6 working days, 3 of week 49's.
  const Period p{day("2026-11-26"), day("2026-12-02")};
  EXPECT_DOUBLE_EQ(*target("orders", {TargetLevel::All, {}}, p), 20.0 * 3 / 6 + 24.0 * 3 / 6);  // 22
  bool members = false;
  EXPECT_DOUBLE_EQ(*target("orders", {TargetLevel::Team, {"Zuid"}}, p, &members), 9.0 / 2 + 12.0 / 2);  // 10.5
  EXPECT_TRUE(members);                                           // week 49 from R1 + R2
  EXPECT_FALSE(target("conversion", {TargetLevel::All, {}}, p));  // week 49 has no conversion target
  // One Sunday has no working day, so no target.
  EXPECT_FALSE(target("orders", {TargetLevel::All, {}}, {day("2026-11-29"), day("2026-11-29")}));
}

TEST_P(SelectionTargets, ATeamFilterPacesTheTeamsWeekAndTheOrganisationsMonth) {
  SelectionTargetQuery q{day("2026-11-24"), day("2026-11-25"), {}};
  q.filters.teams = {"Zuid"};
  auto zuid = selectionTargets(s.store(), q);
  ASSERT_TRUE(zuid) << zuid.error().message;
  // Zuid: orders (week only: no Zuid targets in weeks 45-47) and conversion (week).
  ASSERT_EQ(zuid->size(), 2u);
  const TargetProgress& orders = (*zuid)[0];
  EXPECT_EQ(orders.metric, "orders");
  EXPECT_EQ(orders.horizon, TargetHorizon::Week);
  EXPECT_EQ(orders.level, TargetLevel::Team);
  EXPECT_EQ(orders.key, "Zuid");
  EXPECT_EQ(orders.target, 9);                  // not the organisation's 20
  EXPECT_EQ(orders.value, 3);                   // R1's 2 and R2's 1
  EXPECT_EQ(orders.workingDaysElapsed, 3);      // Monday to Wednesday
  EXPECT_DOUBLE_EQ(*orders.pace, 3.0 / 3 * 6);  // projected 6 of 9
  EXPECT_FALSE(*orders.onTrack);
  EXPECT_EQ((*zuid)[1].metric, "conversion");
  EXPECT_EQ((*zuid)[1].target, 0.4);

  q.filters.teams = {"Noord"};
  auto noord = selectionTargets(s.store(), q);
  ASSERT_TRUE(noord && noord->size() == 1u);
  EXPECT_TRUE((*noord)[0].fromMembers);
  EXPECT_DOUBLE_EQ(*(*noord)[0].pace, 4.0 / 3 * 6);  // projected 8 of 7: on track
  EXPECT_TRUE(*(*noord)[0].onTrack);

  q.filters.teams.clear();
  auto all = selectionTargets(s.store(), q);
  ASSERT_TRUE(all);
  const TargetProgress* month = nullptr;
  for (const auto& t : *all)
    if (t.metric == "orders" && t.horizon == TargetHorizon::Month) month = &t;
  ASSERT_NE(month, nullptr);
  // November: weeks 45-47 whole (12 each), week 48 (20), week 49's Monday 11-30 (24 / 6); week 44
  // has no working day in November (11-01 is a Sunday). 25 working days, 21 of them by 11-25.
  EXPECT_DOUBLE_EQ(month->target, 12 * 3 + 20 + 4);
  EXPECT_EQ(month->value, 7);
  EXPECT_EQ(month->workingDaysInWeek, 25);
  EXPECT_EQ(month->workingDaysElapsed, 21);
  EXPECT_DOUBLE_EQ(*month->pace, 7.0 / 21 * 25);
  for (const auto& t : *all) EXPECT_NE(t.horizon, TargetHorizon::Quarter);  // week 40 has no target
}

TEST_P(SelectionTargets, KpiJsonGivesEachTeamRowItsOwnTarget) {
  KpiQuery q;
  q.period = w48;
  q.asOf = day("2026-12-01");
  q.by = {Dimension::Team};
  auto rows = s.run(q);
  ASSERT_TRUE(rows && rows->size() == 2u);
  auto book = TargetBook::load(s.store(), q.period);
  ASSERT_TRUE(book);
  const std::string j = formatJson(q, *rows, &*book);
  EXPECT_NE(j.find(R"("team": "Noord", )"), std::string::npos);
  EXPECT_NE(j.find(R"("targets": {"orders": {"horizon": "period", "from": "2026-11-23", "to": "2026-11-29", )"
                   R"("level": "team", "keys": ["Noord"], "from_members": true, "target": 7, "value": 4, "n": null, )"
                   R"("projected": 4, "on_track": false, "complete": true}})"),
            std::string::npos)
      << j;
  EXPECT_NE(j.find(R"("keys": ["Zuid"], "from_members": false, "target": 9, "value": 3,)"), std::string::npos) << j;
  EXPECT_NE(j.find(R"("conversion": {"horizon": "period", "from": "2026-11-23", "to": "2026-11-29", "level": "team", )"
                   R"("keys": ["Zuid"], "from_members": false, "target": 0.4, "value": null)"),
            std::string::npos)
      << j;  // no visits: no conversion yet
  KpiQuery byArea = q;
  byArea.by = {Dimension::Area};
  auto areaRows = s.run(byArea);
  ASSERT_TRUE(areaRows);
  EXPECT_EQ(formatJson(byArea, *areaRows, &*book).find("targets"), std::string::npos);  // no area level
}

}  // namespace
}  // namespace salesops::kpi::testing
