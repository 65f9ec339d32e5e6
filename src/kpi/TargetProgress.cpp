// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/TargetProgress.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/KpiDirection.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/TargetSource.h"

namespace salesops::kpi {
namespace {

/// A value as a number: counts and hours as they are, money in euros; dates have no place here.
std::optional<double> number(const KpiValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* m = std::get_if<Money>(&v)) return static_cast<double>(m->cents()) / 100.0;
  return std::nullopt;
}

using ValueKey = std::tuple<std::string, TargetLevel, std::string>;  // week, level, key

}  // namespace

int workingDaysElapsed(IsoWeek week, Date through, int perWeek) {
  const int days = through.days() - week.monday().days() + 1;  // days of the week up to `through`
  return std::clamp(std::min(days, perWeek), 0, perWeek);
}

std::optional<double> projectedWeekTotal(double soFar, int elapsed, int inWeek) {
  if (elapsed <= 0) return std::nullopt;
  return soFar / elapsed * inWeek;
}

Result<std::vector<TargetProgress>> targetProgress(store::Store& store, const TargetProgressQuery& query) {
  if (query.last < query.first) return makeError("the last week is before the first");
  if (query.workingDaysPerWeek < 1 || query.workingDaysPerWeek > 7)
    return makeError("working days per week must be 1 to 7");
  auto targets = store::TargetSource(store).targets(query.first, query.last);
  if (!targets) return targets.error();

  // One engine run per level, by week (and team or rep), for the KPIs the targets name.
  std::map<TargetLevel, std::set<std::string>> metrics;
  for (const auto& t : *targets)
    if (findKpi(t.metric)) metrics[t.level].insert(t.metric);
  std::map<ValueKey, KpiValues> values;
  const Period period{query.first.monday(), std::min(query.last.sunday(), query.asOf)};
  if (period.from <= period.to) {
    const KpiEngine engine(store);
    for (const auto& [level, names] : metrics) {
      KpiQuery q;
      q.period = period;
      q.asOf = query.asOf;
      q.by = {Dimension::Week};
      if (level == TargetLevel::Team) q.by.push_back(Dimension::Team);
      if (level == TargetLevel::Rep) q.by.push_back(Dimension::Rep);
      q.only.assign(names.begin(), names.end());
      auto rows = engine.run(q);
      if (!rows) return rows.error();
      for (const KpiRow& r : *rows)
        values[{r.dims[0].text, level, r.dims.size() > 1 ? r.dims[1].text : std::string()}] = r.now;
    }
  }

  std::vector<TargetProgress> out;
  out.reserve(targets->size());
  for (const auto& t : *targets) {
    TargetProgress p;
    p.week = t.week;
    p.level = t.level;
    p.key = t.key;
    p.metric = t.metric;
    p.target = t.target;
    const KpiDefinition* def = findKpi(t.metric);
    p.rate = def && def->kind == KpiKind::Rate;
    p.complete = t.week.sunday() <= query.asOf;
    p.workingDaysInWeek = query.workingDaysPerWeek;
    p.workingDaysElapsed = workingDaysElapsed(t.week, query.asOf, query.workingDaysPerWeek);
    const bool started = t.week.monday() <= query.asOf;
    if (def && started) {
      // A week, team or rep without any row has done nothing yet: its counts are 0.
      const auto it = values.find({t.week.toString(), t.level, t.key});
      KpiValues v = it != values.end() ? it->second : KpiValues{};
      if (it == values.end()) v.sources = sourcesOf(t.metric);
      p.value = number(v.value(t.metric));
      if (p.rate) {
        if (const auto parts = v.parts(t.metric)) p.n = parts->denominator;
        p.pace = p.value;
      } else if (p.value) {
        p.pace = p.complete ? p.value
                            : projectedWeekTotal(*p.value, p.workingDaysElapsed, p.workingDaysInWeek);
      }
    }
    if (p.pace) {
      if (p.target != 0) p.ratio = *p.pace / p.target;
      p.onTrack = lowerIsBetter(p.metric) ? *p.pace <= p.target : *p.pace >= p.target;
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace salesops::kpi
