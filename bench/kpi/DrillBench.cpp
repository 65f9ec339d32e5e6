// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_drill STORE [AREA] [END_DATE]: times the area drill-down's postcode breakdown (PC4 and PC6)
// for one area and its last complete week and for four weeks, warm, median of 15 runs, wall and CPU.
// The breakdown has no rollup: it reads the slice's visits through the day zones, so its cost must
// follow the period, not the store (10 million visits: see bench/kpi/run.sh for making the store).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "BenchTiming.h"

#include "salesops/kpi/PostcodeBreakdown.h"

using namespace salesops;

namespace {

using bench::medianMs;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_drill STORE [AREA] [END_DATE]\n");
    return 2;
  }
  auto store = store::Store::open(argv[1], store::OpenMode::ReadOnly);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 2;
  }
  const std::string area = argc > 2 ? argv[2] : "UTR-03";
  const Date end = *Date::parseIso(argc > 3 ? argv[3] : "2026-11-27");
  const Date weekEnd = end.addDays(-(end.isoWeekday() % 7));  // last complete ISO week
  struct Case {
    const char* name;
    Period period;
    kpi::PostcodeLevel level;
  };
  const Case cases[] = {{"1 week, PC4", {weekEnd.addDays(-6), weekEnd}, kpi::PostcodeLevel::Pc4},
                        {"1 week, PC6", {weekEnd.addDays(-6), weekEnd}, kpi::PostcodeLevel::Pc6},
                        {"4 weeks, PC4", {weekEnd.addDays(-27), weekEnd}, kpi::PostcodeLevel::Pc4},
                        {"4 weeks, PC6", {weekEnd.addDays(-27), weekEnd}, kpi::PostcodeLevel::Pc6}};
  for (const Case& c : cases) {
    kpi::PostcodeQuery q{c.period, end, {}, c.level};
    q.filters.areas = {area};
    size_t rows = 0;
    int64_t visits = 0;
    double cpu = 0;
    const double wall = medianMs(
        15,
        [&] {
          auto r = kpi::postcodeBreakdown(**store, q);
          if (!r) {
            std::fprintf(stderr, "%s\n", r.error().message.c_str());
            std::exit(1);
          }
          rows = r->size();
          visits = 0;
          for (const auto& row : *r) visits += row.now.visits;
        },
        cpu);
    std::printf("%-14s %s %s..%s: %4zu rows, %7lld visits, %7.2f ms wall, %7.2f ms CPU\n", c.name, area.c_str(),
                c.period.from.toString().c_str(), c.period.to.toString().c_str(), rows, static_cast<long long>(visits),
                wall, cpu);
  }
  return 0;
}
