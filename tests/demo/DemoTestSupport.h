// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "salesops/demo/DemoGenerator.h"
#include "salesops/demo/DemoSink.h"

namespace salesops::demo::test {

/// Everything a generation produced, plus how it was delivered.
struct DemoData {
  std::vector<ingest::RepRow> reps;
  std::vector<ingest::AreaRow> areas;
  std::vector<ingest::TargetRow> targets;
  std::vector<ingest::VisitRow> visits;
  std::vector<ingest::OrderRow> orders;
  std::vector<ingest::CancellationRow> cancellations;
  size_t largestBatch = 0;
  int finishCalls = 0;
  /// Sink calls in order: 'r' reps, 'a' areas, 't' targets, 'v' visits, 'o' orders, 'c' cancellations.
  std::string calls;
};

/// Keeps every row; for tests only (the real sinks stream).
class CollectingSink : public DemoSink {
 public:
  DemoData data;

  Result<void> reps(const std::vector<ingest::RepRow>& rows) override { return keep(data.reps, rows, 'r'); }
  Result<void> areas(const std::vector<ingest::AreaRow>& rows) override { return keep(data.areas, rows, 'a'); }
  Result<void> targets(const std::vector<ingest::TargetRow>& rows) override { return keep(data.targets, rows, 't'); }
  Result<void> visits(const std::vector<ingest::VisitRow>& rows) override { return keep(data.visits, rows, 'v'); }
  Result<void> orders(const std::vector<ingest::OrderRow>& rows) override { return keep(data.orders, rows, 'o'); }
  Result<void> cancellations(const std::vector<ingest::CancellationRow>& rows) override {
    return keep(data.cancellations, rows, 'c');
  }
  Result<void> finish() override {
    ++data.finishCalls;
    return {};
  }

 private:
  template <class Row>
  Result<void> keep(std::vector<Row>& to, const std::vector<Row>& rows, char call) {
    to.insert(to.end(), rows.begin(), rows.end());
    data.largestBatch = std::max(data.largestBatch, rows.size());
    data.calls += call;
    return {};
  }
};

inline Date fixedEndDate() { return *Date::fromYmd(2026, 11, 28); }  // a Saturday

inline DemoOptions defaultOptions() {
  DemoOptions o;
  o.endDate = fixedEndDate();
  return o;
}

inline DemoData generateData(const DemoOptions& options) {
  CollectingSink sink;
  const Result<void> r = generate(options, sink);
  if (!r) throw std::runtime_error(r.error().message);
  return std::move(sink.data);
}

/// The default demo (20,000 visits over 56 days), generated once for the whole test binary.
inline const DemoData& defaultData() {
  static const DemoData data = generateData(defaultOptions());
  return data;
}

/// Pooled two-proportion z statistic of x1/n1 against x2/n2, as kpis.md defines significance.
inline double twoProportionZ(double x1, double n1, double x2, double n2) {
  const double p1 = x1 / n1, p2 = x2 / n2, p = (x1 + x2) / (n1 + n2);
  return (p1 - p2) / std::sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}

}  // namespace salesops::demo::test
