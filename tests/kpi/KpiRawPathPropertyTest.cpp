// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rollup path (what dashboards use) against the raw path (plain SQL over visits and orders) on
// random small stores, random periods, filters and dimensions: the rows must be identical. So must
// an engine that keeps some days of orders in memory (as the dashboard's does), whether a query
// falls inside those days, partly outside them, or has other filters than the kept rows.
#include <gtest/gtest.h>
#include <optional>
#include <random>

#include "KpiTestStore.h"

#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/KpiEngine.h"

namespace salesops::kpi::testing {
namespace {

std::string stamp(Date d, int minuteOfDay) {
  char buf[8];
  std::snprintf(buf, sizeof buf, " %02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  return d.toString() + buf;
}

// Random data over 40 days from 2026-12-10 (across ISO week 53 and the new year), some of it
// re-imported with changes, so the rollups also see updates and moves between days.
void fill(KpiTestStore& s, std::mt19937& rng) {
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const Date start = day("2026-12-10");
  s.rep("R1", "North");
  s.rep("R2", "South");
  s.rep("R3", "North");  // R4 has no team
  s.area("A1", "Utrecht", 200, 0.1);
  s.area("A2", "Zeist", 80);  // A3 has no city
  const char* reps[] = {"R1", "R2", "R3", "R4"};
  const char* areas[] = {"A1", "A2", "A3"};
  const int visits = 60 + pick(120);
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < visits; ++i) {
      if (round == 1 && pick(4) != 0) continue;  // re-import a quarter, changed
      s.visit("V" + std::to_string(1000 + i), stamp(start.addDays(pick(40)), 7 * 60 + pick(13 * 60)), reps[pick(4)],
              areas[pick(3)], static_cast<Outcome>(pick(7)), static_cast<Channel>(pick(3)),
              "35" + std::to_string(10 + pick(3)) + "AB", 1 + pick(6), pick(5) == 0 ? "b" : "");
    }
    for (int i = 0; i < visits / 6; ++i) {
      if (round == 1 && pick(3) != 0) continue;
      const Date d = start.addDays(pick(40));
      const int kind = pick(3);
      s.order("O" + std::to_string(i), stamp(d, 8 * 60 + pick(12 * 60)), reps[pick(4)], areas[pick(3)],
              static_cast<Channel>(pick(3)), pick(2) ? "fiber" : "tv",
              pick(5) ? std::optional<int64_t>(1000 + pick(5000)) : std::nullopt,
              kind ? stamp(d.addDays(pick(30)), 12 * 60) : "",
              pick(3) == 0 ? std::nullopt : std::optional<bool>(pick(2) == 1));
      if (pick(3) == 0) s.cancel("O" + std::to_string(i), stamp(d.addDays(pick(30) - 2), 9 * 60));
    }
    s.commit();
  }
}

void expectSame(const KpiValues& a, const KpiValues& b, const std::string& where) {
  for (const KpiDefinition& d : kpiCatalogue()) {
    const KpiValue x = a.value(d.name), y = b.value(d.name);
    ASSERT_EQ(x.index(), y.index()) << where << " " << d.name;
    if (const auto* dx = std::get_if<double>(&x))
      EXPECT_NEAR(*dx, std::get<double>(y), 1e-9 * std::max(1.0, std::abs(*dx))) << where << " " << d.name;
    else
      EXPECT_TRUE(x == y) << where << " " << d.name;
  }
}

class KpiRawPathProperty : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(KpiRawPathProperty);

// On a team server, which has the rollup path alone, the raw rows come from a SQLite store filled
// with the same random data: the server's rollups must give what SQLite's plain SQL gives.
TEST_P(KpiRawPathProperty, RollupAndRawGiveTheSameRows) {
  const auto dims = allDimensions();
  int compared = 0;
  // Fewer stores on the server, where each costs a database (about 0.25 s against 0.02 s for a file).
  const unsigned seeds = GetParam() == Backend::Postgresql ? 10 : 25;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    KpiTestStore s(GetParam());
    std::optional<KpiTestStore> sqlite;
    if (s.onServer()) {
      std::mt19937 same = rng;
      sqlite.emplace(Backend::Sqlite);
      fill(*sqlite, same);
    }
    fill(s, rng);
    KpiTestStore& rawStore = sqlite ? *sqlite : s;
    // Kept orders: 25 of the 40 days, loaded with the filters of the first query that reads orders.
    KpiEngine keeping(s.store());
    keeping.keepOrders(Period{day("2026-12-12"), day("2027-01-05")});
    for (int slice = 0; slice < 12; ++slice) {
      KpiQuery q;
      const Date from = day("2026-12-08").addDays(pick(40));
      q.period = {from, from.addDays(pick(21))};
      q.asOf = from.addDays(pick(50) - 5);
      for (int n = pick(3); n > 0; --n) q.by.push_back(dims[static_cast<size_t>(pick(static_cast<int>(dims.size())))]);
      if (pick(4) == 0) q.filters.areas = {pick(2) ? "A1" : "A3", "A2"};
      if (pick(5) == 0) q.filters.cities = {"Utrecht", "(unknown)"};
      if (pick(4) == 0) q.filters.teams = {pick(2) ? "North" : "(unknown)"};
      if (pick(5) == 0) q.filters.reps = {"R1", "R4"};
      if (pick(4) == 0) q.filters.channels = {static_cast<Channel>(pick(3))};
      if (pick(3) == 0) q.compare = static_cast<Comparison>(pick(3));
      auto fast = s.run(q, store::FactPath::Rollup);
      auto raw = rawStore.run(q, store::FactPath::Raw);
      auto kept = keeping.run(q);
      ASSERT_TRUE(fast && raw && kept) << (!fast  ? fast.error().message
                                           : !raw ? raw.error().message
                                                  : kept.error().message);
      const std::string where = "seed " + std::to_string(seed) + " slice " + std::to_string(slice);
      ASSERT_EQ(fast->size(), raw->size()) << where;
      ASSERT_EQ(kept->size(), raw->size()) << where;
      for (size_t i = 0; i < fast->size(); ++i) {
        ASSERT_TRUE((*fast)[i].dims == (*raw)[i].dims) << where;
        ASSERT_TRUE((*kept)[i].dims == (*raw)[i].dims) << where;
        expectSame((*fast)[i].now, (*raw)[i].now, where);
        expectSame((*kept)[i].now, (*raw)[i].now, where + " kept");
        ASSERT_EQ((*fast)[i].prev.has_value(), (*raw)[i].prev.has_value());
        if ((*fast)[i].prev) expectSame(*(*fast)[i].prev, *(*raw)[i].prev, where + " prev");
        if ((*kept)[i].prev) expectSame(*(*kept)[i].prev, *(*raw)[i].prev, where + " kept prev");
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, static_cast<int>(20 * seeds));  // the slices were not all empty
}

}  // namespace
}  // namespace salesops::kpi::testing
