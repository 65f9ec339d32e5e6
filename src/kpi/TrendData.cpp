// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/TrendData.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/MemberLabel.h"
#include "salesops/kpi/UnknownMember.h"
#include "salesops/store/KpiSource.h"

namespace salesops::kpi {
namespace {

std::string labelOf(Date d, Dimension grain) {
  switch (grain) {
    case Dimension::Week:
      return d.isoWeek().toString();
    case Dimension::Month:
      return d.monthString();
    default:
      return d.toString();
  }
}

double volume(const KpiValues& v, KpiId kpi) {
  if (auto parts = v.parts(kpi)) return parts->denominator;
  const KpiValue value = v.value(kpi);
  if (const auto* i = std::get_if<int64_t>(&value)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&value)) return std::isfinite(*d) ? *d : 0;
  if (const auto* m = std::get_if<Money>(&value)) return static_cast<double>(m->cents()) / 100.0;
  return 0;  // a date (bundling_date) has no volume
}

/// The query's filters narrowed to `members` of the split; false where the engine has no such filter.
bool narrow(KpiFilters& f, Dimension split, const std::vector<std::string>& members) {
  switch (split) {
    case Dimension::Team:
      f.teams = members;
      return true;
    case Dimension::Area:
      f.areas = members;
      return true;
    case Dimension::City:
      f.cities = members;
      return true;
    case Dimension::Rep:
      f.reps = members;
      return true;
    case Dimension::Channel:
      f.channels.clear();
      for (const std::string& m : members)
        if (auto c = fromString<Channel>(m)) f.channels.push_back(*c);
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<std::string> periodLabels(const Period& period, Dimension grain) {
  std::vector<std::string> out;
  for (Date d = period.from; d <= period.to; d = d.addDays(1)) {
    std::string label = labelOf(d, grain);
    if (out.empty() || out.back() != label) out.push_back(std::move(label));
  }
  return out;
}

namespace {

// Drops the leading periods in which no series has a value, now or compared, and starts the
// request's period with the first one left, so the chart, table and their titles agree.
void trimEmptyStart(TrendData& data) {
  size_t first = 0;
  const auto empty = [&data](size_t i) {
    return std::all_of(data.series.begin(), data.series.end(),
                       [i](const TrendSeries& s) { return !s.now[i] && !s.prev[i]; });
  };
  while (first + 1 < data.periods.size() && empty(first)) ++first;
  if (first == 0 || empty(first)) return;  // nothing to drop, or no data at all: keep the window
  Period& period = data.request.query.period;
  while (labelOf(period.from, data.request.grain) != data.periods[first]) period.from = period.from.addDays(1);
  data.periods.erase(data.periods.begin(), data.periods.begin() + static_cast<std::ptrdiff_t>(first));
  for (TrendSeries& s : data.series) {
    s.now.erase(s.now.begin(), s.now.begin() + static_cast<std::ptrdiff_t>(first));
    s.prev.erase(s.prev.begin(), s.prev.begin() + static_cast<std::ptrdiff_t>(first));
  }
}

}  // namespace

Result<TrendData> buildTrend(store::Store& store, const TrendRequest& r) {
  TrendData data;
  data.request = r;
  data.periods = periodLabels(r.query.period, r.grain);
  std::map<std::string, size_t> periodIndex;
  for (size_t i = 0; i < data.periods.size(); ++i) periodIndex[data.periods[i]] = i;
  const KpiEngine engine(store);
  // The KPI is the user's choice (the Trends page, `export chart trend --kpi`).
  const auto kpi = kpiIdFromName(r.kpi);
  if (!kpi) return makeError("unknown KPI '" + r.kpi + "'");

  KpiQuery q{r.query.period, r.query.asOf, {r.grain}, r.query.filters, r.compare, {*kpi}};
  if (r.split) q.by.push_back(*r.split);
  auto rows = engine.run(q);
  if (!rows) return rows.error();

  const auto put = [&](TrendSeries& s, const KpiRow& row) {
    const auto at = periodIndex.find(row.dims.front().text);
    if (at == periodIndex.end()) return;
    s.now[at->second] = row.now;
    if (row.prev) s.prev[at->second] = *row.prev;
  };
  const auto emptySeries = [&](std::string member, bool other) {
    TrendSeries s;
    s.member = std::move(member);
    s.other = other;
    s.now.resize(data.periods.size());
    s.prev.resize(data.periods.size());
    return s;
  };

  if (!r.split) {
    TrendSeries all = emptySeries({}, false);
    for (const KpiRow& row : *rows) put(all, row);
    data.series.push_back(std::move(all));
    if (r.fromFirstData) trimEmptyStart(data);
    return data;
  }

  {
    std::set<std::string> all;
    const store::KpiSource source(store);
    if (*r.split == Dimension::Team || *r.split == Dimension::Rep) {
      auto reps = source.reps();
      if (!reps) return reps.error();
      for (const store::RepInfo& i : *reps)
        all.insert(*r.split == Dimension::Rep ? i.code : i.team.value_or(std::string(kUnknownMember)));
    } else if (*r.split == Dimension::Area || *r.split == Dimension::City) {
      auto areas = source.areas();
      if (!areas) return areas.error();
      for (const store::AreaInfo& i : *areas)
        all.insert(*r.split == Dimension::Area ? i.code : i.city.value_or(std::string(kUnknownMember)));
    }
    data.allMembers.assign(all.begin(), all.end());
  }

  std::map<std::string, double> volumes;
  std::map<std::string, std::string> labels;
  for (const KpiRow& row : *rows) {
    volumes[row.dims.at(1).text] += volume(row.now, *kpi);
    labels.emplace(row.dims.at(1).text, memberLabel(row.dims.at(1)));
  }
  std::vector<std::pair<std::string, double>> ranked(volumes.begin(), volumes.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  const size_t top = std::min(ranked.size(), static_cast<size_t>(std::max(r.topN, 1)));
  std::map<std::string, size_t> seriesIndex;
  for (size_t i = 0; i < top; ++i) {
    seriesIndex[ranked[i].first] = data.series.size();
    data.series.push_back(emptySeries(ranked[i].first, false));
    data.series.back().label = labels[ranked[i].first];
  }
  for (const KpiRow& row : *rows)
    if (auto it = seriesIndex.find(row.dims.at(1).text); it != seriesIndex.end()) put(data.series[it->second], row);

  data.restCount = static_cast<int>(ranked.size() - top);
  if (data.restCount > 0) {
    std::vector<std::string> rest;
    for (size_t i = top; i < ranked.size(); ++i) rest.push_back(ranked[i].first);
    KpiQuery restQuery{r.query.period, r.query.asOf, {r.grain}, r.query.filters, r.compare, {*kpi}};
    if (narrow(restQuery.filters, *r.split, rest)) {
      auto restRows = engine.run(restQuery);
      if (!restRows) return restRows.error();
      TrendSeries other = emptySeries({}, true);
      for (const KpiRow& row : *restRows) put(other, row);
      data.series.push_back(std::move(other));
      data.restSummed = true;
    }
  }
  if (r.fromFirstData) trimEmptyStart(data);
  return data;
}

Period trendWindow(const Period& period, Dimension grain) {
  const Date to = period.to;
  switch (grain) {
    case Dimension::Day:
      return period.lengthDays() >= 14 ? period : Period{to.addDays(-55), to};
    case Dimension::Month: {
      if (period.lengthDays() >= 90) return period;
      const int months = to.year() * 12 + (to.month() - 1) - 11;
      return Period{*Date::fromYmd(months / 12, months % 12 + 1, 1), to};
    }
    default:
      return period.lengthDays() >= 28 ? period : Period{to.isoWeek().monday().addDays(-7 * 11), to};
  }
}

}  // namespace salesops::kpi
