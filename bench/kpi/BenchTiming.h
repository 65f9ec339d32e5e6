// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>
#include <vector>

namespace salesops::bench {

inline double cpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Median wall time of `runs` warm runs; the median CPU time goes to `cpu`, which on a busy machine
// (other builds on the same cores) is closer to what the work costs than the wall clock.
inline double medianMs(int runs, const std::function<void()>& f, double& cpu) {
  using Clock = std::chrono::steady_clock;
  f();  // warm the page cache and SQLite's
  std::vector<double> ms, cpus;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    const double c0 = cpuMs();
    f();
    cpus.push_back(cpuMs() - c0);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpus.begin(), cpus.end());
  cpu = cpus[cpus.size() / 2];
  return ms[ms.size() / 2];
}

}  // namespace salesops::bench
