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
#include "salesops/store/KpiSource.h"
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

/// The KPIs of target metrics, which come from a targets file: a name that is no KPI has no value.
template <typename Names>
std::vector<KpiId> kpiIds(const Names& names) {
  std::vector<KpiId> out;
  for (const std::string& name : names)
    if (const auto id = kpiIdFromName(name)) out.push_back(*id);
  return out;
}

}  // namespace

std::string_view toString(TargetHorizon h) {
  switch (h) {
    case TargetHorizon::Week:
      return "week";
    case TargetHorizon::Month:
      return "month";
    case TargetHorizon::Quarter:
      return "quarter";
    case TargetHorizon::Period:
      return "period";
  }
  return "";
}

int workingDaysBetween(Date from, Date to, int perWeek) {
  int n = 0;
  for (Date d = from; d <= to; d = d.addDays(1)) n += d.isoWeekday() <= perWeek;
  return n;
}

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
      q.only = kpiIds(names);
      auto rows = engine.run(q);
      if (!rows) return rows.error();
      for (const KpiRow& r : *rows)
        values[{r.dims[0].text, level, r.dims.size() > 1 ? r.dims[1].text : std::string()}] = r.now;
    }
  }

  std::vector<TargetProgress> out;
  out.reserve(targets->size());
  for (const auto& t : *targets) {
    // A week, team or rep without any row has done nothing yet: its counts are 0.
    const auto it = values.find({t.week.toString(), t.level, t.key});
    KpiValues v = it != values.end() ? it->second : KpiValues{};
    if (it == values.end()) {
      const auto id = kpiIdFromName(t.metric);
      v.sources = id ? sourcesOf(*id) : 0;
    }
    TargetProgress p =
        paceTarget(t.metric, t.target, {t.week.monday(), t.week.sunday()}, query.asOf, v, query.workingDaysPerWeek);
    p.horizon = TargetHorizon::Week;
    p.week = t.week;
    p.level = t.level;
    p.key = t.key;
    if (!t.key.empty()) p.keys = {t.key};
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<TargetScope> targetScope(const KpiFilters& f) {
  if (!f.areas.empty() || !f.cities.empty() || !f.channels.empty()) return std::nullopt;
  if (!f.reps.empty()) return TargetScope{TargetLevel::Rep, f.reps};
  if (!f.teams.empty()) return TargetScope{TargetLevel::Team, f.teams};
  return TargetScope{TargetLevel::All, {}};
}

Result<TargetBook> TargetBook::load(store::Store& store, const Period& span) {
  TargetBook book;
  auto targets = store::TargetSource(store).targets(span.from.isoWeek(), span.to.isoWeek());
  if (!targets) return targets.error();
  book.targets_ = std::move(*targets);
  auto reps = store::KpiSource(store).reps();
  if (!reps) return reps.error();
  for (const auto& r : *reps)
    if (r.team) book.repTeams_.emplace_back(r.code, *r.team);
  return book;
}

std::vector<std::string> TargetBook::metrics() const {
  std::vector<std::string> out;
  for (const KpiDefinition& d : kpiCatalogue())
    if (std::any_of(targets_.begin(), targets_.end(), [&](const auto& t) { return t.metric == d.name; }))
      out.emplace_back(d.name);
  return out;
}

std::optional<double> TargetBook::weekTarget(IsoWeek week, std::string_view metric, TargetLevel level,
                                             const std::string& key, bool rate, bool* fromMembers) const {
  for (const auto& t : targets_)
    if (t.week == week && t.level == level && t.key == key && t.metric == metric) return t.target;
  if (rate || level == TargetLevel::Rep) return std::nullopt;  // a sum does not apply to rates
  // A count without a target of its own: the sum of the members' that have one.
  std::set<std::string> members;
  if (level == TargetLevel::Team) {
    for (const auto& [rep, team] : repTeams_)
      if (team == key) members.insert(rep);
  } else {
    for (const auto& [rep, team] : repTeams_) members.insert(team);
    for (const auto& t : targets_)
      if (t.week == week && t.level == TargetLevel::Team) members.insert(t.key);
  }
  const TargetLevel memberLevel = level == TargetLevel::Team ? TargetLevel::Rep : TargetLevel::Team;
  std::optional<double> sum;
  for (const std::string& m : members)
    if (const auto t = weekTarget(week, metric, memberLevel, m, rate, fromMembers)) sum = sum.value_or(0) + *t;
  if (sum && fromMembers) *fromMembers = true;
  return sum;
}

std::optional<double> TargetBook::target(std::string_view metric, const TargetScope& scope, const Period& period,
                                         int perWeek, bool* fromMembers) const {
  const KpiDefinition* def = findKpi(metric);
  if (!def || period.to < period.from) return std::nullopt;
  const bool rate = def->kind == KpiKind::Rate;
  const std::vector<std::string> keys = scope.keys.empty() ? std::vector<std::string>{""} : scope.keys;
  if (rate && keys.size() != 1) return std::nullopt;
  double total = 0, days = 0;
  std::optional<double> first;
  bool same = true;  // a rate whose weeks agree is that rate exactly, not a rounded average
  for (Date monday = period.from.isoWeek().monday(); monday <= period.to; monday = monday.addDays(7)) {
    const int inside =
        workingDaysBetween(std::max(monday, period.from), std::min(monday.addDays(6), period.to), perWeek);
    if (inside == 0) continue;
    double week = 0;
    for (const std::string& key : keys) {
      const auto t = weekTarget(monday.isoWeek(), metric, scope.level, key, rate, fromMembers);
      if (!t) return std::nullopt;  // a week without a target: the period has none
      week += *t;
    }
    // A count's weekly target is shared over its working days; a rate's holds on each of them.
    if (!first) first = week;
    same = same && week == *first;
    total += rate ? week * inside : inside == perWeek ? week : week * inside / perWeek;
    days += inside;
  }
  if (days == 0) return std::nullopt;
  if (rate) return same ? *first : total / days;
  return total;
}

TargetProgress paceTarget(std::string metric, double target, const Period& period, Date asOf, const KpiValues& value,
                          int perWeek) {
  TargetProgress p;
  p.metric = std::move(metric);
  p.target = target;
  p.horizon = TargetHorizon::Period;
  p.period = period;
  p.week = period.to.isoWeek();
  const KpiDefinition* def = findKpi(p.metric);
  p.rate = def && def->kind == KpiKind::Rate;
  p.complete = period.to <= asOf;
  p.workingDaysInWeek = workingDaysBetween(period.from, period.to, perWeek);
  p.workingDaysElapsed = asOf < period.from ? 0 : workingDaysBetween(period.from, std::min(period.to, asOf), perWeek);
  if (def && period.from <= asOf) {
    p.value = number(value.value(p.metric));
    if (p.rate) {
      if (const auto parts = value.parts(p.metric)) p.n = parts->denominator;
      p.pace = p.value;
    } else if (p.value) {
      p.pace = p.complete ? p.value : projectedWeekTotal(*p.value, p.workingDaysElapsed, p.workingDaysInWeek);
    }
  }
  if (p.pace) {
    if (p.target != 0) p.ratio = *p.pace / p.target;
    p.onTrack = lowerIsBetter(p.metric) ? *p.pace <= p.target : *p.pace >= p.target;
  }
  return p;
}

namespace {

Period monthOf(Date d) {
  const Date first = *Date::fromYmd(d.year(), d.month(), 1);
  const Date next = d.month() == 12 ? *Date::fromYmd(d.year() + 1, 1, 1) : *Date::fromYmd(d.year(), d.month() + 1, 1);
  return {first, next.addDays(-1)};
}

Period quarterOf(Date d) {
  const int firstMonth = (d.month() - 1) / 3 * 3 + 1;
  const Date first = *Date::fromYmd(d.year(), firstMonth, 1);
  return {first, monthOf(*Date::fromYmd(d.year(), firstMonth + 2, 1)).to};
}

void describe(TargetProgress& p, TargetHorizon horizon, const TargetScope& scope, bool fromMembers) {
  p.horizon = horizon;
  p.level = scope.level;
  p.keys = scope.keys;
  if (scope.keys.size() == 1) p.key = scope.keys.front();
  p.fromMembers = fromMembers;
}

}  // namespace

Result<std::vector<TargetProgress>> selectionTargets(store::Store& store, const SelectionTargetQuery& query) {
  const auto scope = targetScope(query.filters);
  if (!scope) return std::vector<TargetProgress>{};
  const IsoWeek week = query.day.isoWeek();
  const std::pair<TargetHorizon, Period> horizons[] = {{TargetHorizon::Week, {week.monday(), week.sunday()}},
                                                       {TargetHorizon::Month, monthOf(query.day)},
                                                       {TargetHorizon::Quarter, quarterOf(query.day)}};
  const Period span{std::min(week.monday(), horizons[2].second.from), std::max(week.sunday(), horizons[2].second.to)};
  auto book = TargetBook::load(store, span);
  if (!book) return book.error();
  const auto metrics = book->metrics();
  std::vector<TargetProgress> out;
  if (metrics.empty()) return out;
  const KpiEngine engine(store);
  std::vector<KpiValues> values;
  for (const auto& [horizon, period] : horizons) {
    KpiValues v;
    v.sources = kVisitSource | kOrderSource | kAddressSource | kAreaSource;
    if (period.from <= query.asOf) {
      KpiQuery q;
      q.period = {period.from, std::min(period.to, query.asOf)};
      q.asOf = query.asOf;
      q.filters = query.filters;
      q.only = kpiIds(metrics);
      auto rows = engine.run(q);
      if (!rows) return rows.error();
      if (!rows->empty()) v = rows->front().now;
    }
    values.push_back(v);
  }
  for (const std::string& metric : metrics)
    for (size_t h = 0; h < std::size(horizons); ++h) {
      bool fromMembers = false;
      const auto target = book->target(metric, *scope, horizons[h].second, query.workingDaysPerWeek, &fromMembers);
      if (!target) continue;
      TargetProgress p =
          paceTarget(metric, *target, horizons[h].second, query.asOf, values[h], query.workingDaysPerWeek);
      describe(p, horizons[h].first, *scope, fromMembers);
      out.push_back(std::move(p));
    }
  return out;
}

std::vector<TargetProgress> targetsOfRow(const TargetBook& book, const KpiQuery& query, const KpiRow& row) {
  std::optional<TargetScope> scope = targetScope(query.filters);
  if (!query.by.empty()) {
    const bool byTeam = query.by.size() == 1 && query.by[0] == Dimension::Team;
    const bool byRep = query.by.size() == 1 && query.by[0] == Dimension::Rep;
    // A team row inside a rep filter is only part of the team: no team target fits it.
    if (!scope || !(byRep || (byTeam && query.filters.reps.empty())) || row.dims.empty()) return {};
    scope = TargetScope{byTeam ? TargetLevel::Team : TargetLevel::Rep, {row.dims[0].text}};
  }
  if (!scope) return {};
  std::vector<TargetProgress> out;
  for (const std::string& metric : book.metrics()) {
    bool fromMembers = false;
    const auto target = book.target(metric, *scope, query.period, kDefaultWorkingDaysPerWeek, &fromMembers);
    if (!target) continue;
    TargetProgress p = paceTarget(metric, *target, query.period, query.asOf, row.now);
    describe(p, TargetHorizon::Period, *scope, fromMembers);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace salesops::kpi
