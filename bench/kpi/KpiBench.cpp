// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_kpi STORE [END_DATE]: times the dashboard's query set through the KPI engine (warm, median
// of 15 runs, wall and CPU time: CPU is what a query costs when other builds share the cores) and
// the same questions as plain SQL GROUP BY over the raw tables, in one run, with the ratio per
// query and in total; then buildDashboard(), everything the window runs at the daily start.
// Prints the load average, as the wall times depend on it. Issue 3 asks < 50 ms for the set.
// Make the store with: salesops-cli --db /tmp/big.sqlite demo --clean --visits 10000000 --days 1825
// --end 2026-11-27 (see bench/kpi/run.sh).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <sqlite3.h>
#include <string>
#include <vector>

#include "BenchTiming.h"

#include "salesops/kpi/Alerts.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/KpiEngine.h"

using namespace salesops;

namespace {

using bench::medianMs;

kpi::KpiQuery make(Period p, Date asOf, std::vector<kpi::Dimension> by, std::vector<KpiId> only,
                   std::optional<kpi::Comparison> c = {}) {
  kpi::KpiQuery q;
  q.period = p;
  q.asOf = asOf;
  q.by = std::move(by);
  q.only = std::move(only);
  q.compare = c;
  return q;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_kpi STORE [END_DATE]\n");
    return 2;
  }
  auto store = store::Store::open(argv[1], store::OpenMode::ReadOnly);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 2;
  }
  const Date end = *Date::parseIso(argc > 2 ? argv[2] : "2026-11-27");
  const Date weekEnd = end.addDays(-(end.isoWeekday() % 7));  // last complete ISO week
  const Period week{weekEnd.addDays(-6), weekEnd};
  const Period eight{weekEnd.addDays(-55), weekEnd};
  const Date asOf = end.addDays(1);
  using D = kpi::Dimension;
  const std::vector<std::pair<const char*, kpi::KpiQuery>> set = {
      {"tiles (vs last week)", make(week, asOf, {},
                                    {KpiId::visits, KpiId::contacts, KpiId::orders, KpiId::conversion, KpiId::hit_rate,
                                     KpiId::cancel_rate_14d, KpiId::revenue, KpiId::penetration},
                                    kpi::Comparison::LastWeek)},
      {"8-week daily trend",
       make(eight, asOf, {D::Day}, {KpiId::visits, KpiId::orders, KpiId::conversion, KpiId::hit_rate})},
      {"leaderboard by rep",
       make(week, asOf, {D::Rep},
            {KpiId::orders, KpiId::conversion, KpiId::hit_rate, KpiId::orders_per_hour, KpiId::cancel_rate_14d},
            kpi::Comparison::Previous)},
      {"area table", make(week, asOf, {D::Area},
                          {KpiId::visits, KpiId::contact_rate, KpiId::conversion, KpiId::hit_rate, KpiId::orders,
                           KpiId::coverage, KpiId::penetration, KpiId::bundling_date},
                          kpi::Comparison::Previous)},
      {"funnel", make(week, asOf, {}, {KpiId::visits, KpiId::contacts, KpiId::pitches, KpiId::quotes, KpiId::orders})},
      {"heatmap weekday x hour", make(eight, asOf, {D::Weekday, D::Hour}, {KpiId::visits, KpiId::contact_rate})},
  };
  kpi::KpiEngine engine(**store);
  double total = 0, totalCpu = 0, cpu = 0;
  std::vector<double> engineMs, engineCpu;
  std::string load;
  std::getline(std::ifstream("/proc/loadavg"), load);
  std::printf("store %s, week %s..%s, load average %s\n", argv[1], week.from.toString().c_str(),
              week.to.toString().c_str(), load.c_str());
  for (const auto& [name, q] : set) {
    size_t rows = 0;
    const double ms = medianMs(
        15,
        [&] {
          auto r = engine.run(q);
          if (!r) std::fprintf(stderr, "%s: %s\n", name, r.error().message.c_str());
          rows = r ? r->size() : 0;
        },
        cpu);
    total += ms;
    totalCpu += cpu;
    engineMs.push_back(ms);
    engineCpu.push_back(cpu);
    std::printf("  engine  %-24s %8.2f ms wall %8.2f ms cpu  (%zu rows)\n", name, ms, cpu, rows);
  }
  {  // alerts: area, team and rep against the previous week, as the dashboard asks; each run with an
     // engine of its own, as `alerts` has, so that the orders it keeps are read every time
    size_t n = 0;
    const double ms = medianMs(
        15,
        [&] {
          const kpi::KpiEngine fresh(**store);
          auto r = kpi::findAlerts(fresh, kpi::AlertQuery{week, asOf, {}});
          if (!r) std::fprintf(stderr, "alerts: %s\n", r.error().message.c_str());
          n = r ? r->size() : 0;
        },
        cpu);
    total += ms;
    totalCpu += cpu;
    engineMs.push_back(ms);
    engineCpu.push_back(cpu);
    std::printf("  engine  %-24s %8.2f ms wall %8.2f ms cpu  (%zu alerts)\n", "alerts (area, team, rep)", ms, cpu, n);
  }
  std::printf("  engine  TOTAL dashboard set      %8.2f ms wall %8.2f ms cpu\n", total, totalCpu);
  // What the window runs at the daily start (src/kpi/Dashboard.cpp: tiles with last week and the
  // four weeks before, trend, leaderboard, area table, heatmap, reasons, alerts, targets), end to end,
  // with the data-quality checks that the `dashboard` command runs too.
  double dashCpu = 0;
  const double dashMs = medianMs(
      15,
      [&] {
        auto d = kpi::buildDashboard(**store, kpi::DashboardQuery{week, asOf, {}});
        if (!d) std::fprintf(stderr, "buildDashboard: %s\n", d.error().message.c_str());
      },
      dashCpu);
  std::printf("  engine  buildDashboard + checks  %8.2f ms wall %8.2f ms cpu\n", dashMs, dashCpu);
  // The same without the data-quality checks: what the window reads before it draws the daily start's
  // figures (the checks' line follows from a read of its own).
  kpi::DashboardQuery figuresOnly{week, asOf, {}};
  figuresOnly.qualityChecks = false;
  const double figuresMs = medianMs(
      15,
      [&] {
        auto d = kpi::buildDashboard(**store, figuresOnly);
        if (!d) std::fprintf(stderr, "buildDashboard: %s\n", d.error().message.c_str());
      },
      dashCpu);
  std::printf("  engine  buildDashboard, figures  %8.2f ms wall %8.2f ms cpu\n", figuresMs, dashCpu);

  // The same questions as plain SQL over the raw tables of a SQLite store: what a dashboard without
  // rollups would run. Not on a team server (this part speaks SQLite).
  if ((*store)->onServer()) return 0;
  sqlite3* db = nullptr;
  sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr);
  const auto w0 = std::to_string(static_cast<int64_t>(week.from.days()) * 86400);
  const auto w1 = std::to_string((static_cast<int64_t>(week.to.days()) + 1) * 86400);
  const auto p0 = std::to_string((static_cast<int64_t>(week.from.days()) - 7) * 86400);
  const auto e0 = std::to_string(static_cast<int64_t>(eight.from.days()) * 86400);
  const std::string visitsIn = " FROM visit WHERE visited_at >= ";
  const std::vector<std::pair<const char*, std::string>> raw = {
      {"tiles",
       "SELECT visited_at >= " + w0 + ", count(*), sum(outcome <> 0)" + visitsIn + p0 + " AND visited_at < " + w1 +
           " GROUP BY 1; SELECT count(*), sum(c.cancelled_at IS NOT NULL) FROM orders o LEFT JOIN cancellation c "
           "USING(order_id) WHERE ordered_at >= " +
           p0 + " AND ordered_at < " + w1 + " GROUP BY ordered_at >= " + w0 +
           "; SELECT area, count(*) FROM orders o LEFT JOIN cancellation c USING(order_id) WHERE installed_at < " + w1 +
           " AND NOT ifnull(c.cancelled_at < " + w1 + ", 0) GROUP BY area"},
      {"8-week daily trend",
       "SELECT visited_at / 86400, count(*), sum(outcome <> 0)" + visitsIn + e0 + " AND visited_at < " + w1 +
           " GROUP BY 1; SELECT ordered_at / 86400, count(*) FROM orders WHERE ordered_at >= " + e0 +
           " AND ordered_at < " + w1 + " GROUP BY 1"},
      {"leaderboard", "SELECT rep, visited_at >= " + w0 +
                          ", count(*), sum(outcome <> 0), min(visited_at), max(visited_at)" + visitsIn + p0 +
                          " AND visited_at < " + w1 + " GROUP BY 1, 2, visited_at / 86400"},
      {"area table", "SELECT area, visited_at >= " + w0 +
                         ", count(*), count(DISTINCT postcode || house_number || addition)" + visitsIn + p0 +
                         " AND visited_at < " + w1 + " GROUP BY 1, 2"},
      {"funnel", "SELECT count(*), sum(outcome <> 0), sum(outcome IN (1, 4, 5, 6)), sum(outcome IN (5, 6))" + visitsIn +
                     w0 + " AND visited_at < " + w1},
      {"heatmap", "SELECT (visited_at / 86400 + 3) % 7, visited_at % 86400 / 3600, count(*), sum(outcome <> 0)" +
                      visitsIn + e0 + " AND visited_at < " + w1 + " GROUP BY 1, 2"},
      {"alerts", "SELECT rep, area, visited_at >= " + w0 + ", count(*), sum(outcome <> 0)" + visitsIn + p0 +
                     " AND visited_at < " + w1 + " GROUP BY 1, 2, 3; SELECT rep, area, ordered_at >= " + w0 +
                     ", count(*), sum(c.cancelled_at IS NOT NULL) "
                     "FROM orders o LEFT JOIN cancellation c USING(order_id) WHERE ordered_at >= " +
                     p0 + " AND ordered_at < " + w1 + " GROUP BY 1, 2, 3"},
  };
  double rawTotal = 0, rawCpu = 0;
  size_t i = 0;
  for (const auto& [name, sql] : raw) {
    const double ms = medianMs(
        3,
        [&] {
          if (sqlite3_exec(
                  db, sql.c_str(), [](void*, int, char**, char**) { return 0; }, nullptr, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "%s: %s\n", name, sqlite3_errmsg(db));
        },
        cpu);
    rawTotal += ms;
    rawCpu += cpu;
    std::printf("  raw SQL %-24s %8.2f ms wall %8.2f ms cpu   raw / engine %6.1fx wall %6.1fx cpu\n", name, ms, cpu,
                ms / engineMs[i], cpu / engineCpu[i]);
    ++i;
  }
  sqlite3_close(db);
  std::printf("  raw SQL TOTAL                    %8.2f ms wall %8.2f ms cpu\n", rawTotal, rawCpu);
  std::printf("ratio raw / engine: %.1fx wall, %.1fx cpu\n", rawTotal / total, rawCpu / totalCpu);
  return 0;
}
