// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowMapper.h"

#include <algorithm>

#include "salesops/kpi/UnknownMember.h"

namespace salesops::kpi {
namespace {

bool contains(const std::vector<std::string>& set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

unsigned bitOf(Dimension d) {
  switch (d) {
    case Dimension::Day:
    case Dimension::Week:
    case Dimension::Month:
    case Dimension::Weekday:
      return store::kKeyDay;
    case Dimension::Hour:
      return store::kKeyHour;
    case Dimension::Rep:
    case Dimension::Team:
      return store::kKeyRep;
    case Dimension::Area:
    case Dimension::City:
      return store::kKeyArea;
    case Dimension::Channel:
      return store::kKeyChannel;
    case Dimension::Product:
      return store::kKeyProduct;
  }
  return 0;
}

Date lastOfMonth(Date d) {
  const int y = d.year(), m = d.month();
  return Date::fromYmd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1)->addDays(-1);
}

}  // namespace

RowMapper::RowMapper(const KpiQuery& q, std::vector<store::RepInfo> reps, std::vector<store::AreaInfo> areas)
    : by_(q.by), reps_(std::move(reps)), areas_(std::move(areas)) {
  for (Dimension d : by_) keyBits_ |= bitOf(d);
  for (size_t i = 0; i < reps_.size(); ++i) repIndex_[reps_[i].id] = i;
  for (size_t i = 0; i < areas_.size(); ++i) areaIndex_[areas_[i].id] = i;

  const KpiFilters& f = q.filters;
  if (!f.reps.empty() || !f.teams.empty()) {
    filter_.reps.emplace();
    for (const auto& r : reps_) {
      const std::string_view team = r.team ? std::string_view(*r.team) : kUnknownMember;
      if ((f.reps.empty() || contains(f.reps, r.code)) && (f.teams.empty() || contains(f.teams, team)))
        filter_.reps->push_back(r.id);
    }
  }
  if (!f.areas.empty() || !f.cities.empty()) {
    filter_.areas.emplace();
    for (const auto& a : areas_) {
      const std::string_view city = a.city ? std::string_view(*a.city) : kUnknownMember;
      if ((f.areas.empty() || contains(f.areas, a.code)) && (f.cities.empty() || contains(f.cities, city)))
        filter_.areas->push_back(a.id);
    }
  }
  if (!f.channels.empty()) {
    filter_.channels.emplace();
    for (Channel c : f.channels) filter_.channels->push_back(static_cast<int64_t>(c));
  }
}

const store::RepInfo* RowMapper::rep(int64_t id) const {
  auto it = repIndex_.find(id);
  return it == repIndex_.end() ? nullptr : &reps_[it->second];
}

const store::AreaInfo* RowMapper::area(int64_t id) const {
  auto it = areaIndex_.find(id);
  return it == areaIndex_.end() ? nullptr : &areas_[it->second];
}

std::vector<DimValue> RowMapper::dims(const store::FactKey& k) const {
  std::vector<DimValue> out;
  out.reserve(by_.size());
  const Date day = Date::fromDays(k.day);
  for (Dimension d : by_) {
    switch (d) {
      case Dimension::Day:
        out.push_back({day.toString(), {}});
        break;
      case Dimension::Week:
        out.push_back({day.isoWeek().toString(), {}});
        break;
      case Dimension::Month:
        out.push_back({day.monthString(), {}});
        break;
      case Dimension::Area: {
        const auto* a = area(k.area);
        out.push_back({a ? a->code : std::string(kUnknownMember), {}, a ? a->name : std::string()});
        break;
      }
      case Dimension::City: {
        const auto* a = area(k.area);
        out.push_back({a && a->city ? *a->city : std::string(kUnknownMember), {}});
        break;
      }
      case Dimension::Team: {
        const auto* r = rep(k.rep);
        out.push_back({r && r->team ? *r->team : std::string(kUnknownMember), {}});
        break;
      }
      case Dimension::Rep: {
        const auto* r = rep(k.rep);
        out.push_back({r ? r->code : std::string(kUnknownMember), {}, r ? r->name : std::string()});
        break;
      }
      case Dimension::Channel:
        out.push_back({std::string(toString(static_cast<Channel>(k.channel))), {}});
        break;
      case Dimension::Hour:
        out.push_back({std::to_string(k.hour), k.hour});
        break;
      case Dimension::Weekday: {
        const int w = day.isoWeekday();
        out.push_back({std::to_string(w), w});
        break;
      }
      case Dimension::Product:
        out.push_back({k.product, {}});
        break;
    }
  }
  return out;
}

Date RowMapper::measureDay(int32_t dayNumber, Date to) const {
  Date end = to;
  const Date day = Date::fromDays(dayNumber);
  for (Dimension d : by_) {
    if (d == Dimension::Day) end = std::min(end, day);
    if (d == Dimension::Week) end = std::min(end, day.addDays(7 - day.isoWeekday()));
    if (d == Dimension::Month) end = std::min(end, lastOfMonth(day));
  }
  return end;
}

std::vector<const store::AreaInfo*> RowMapper::rowAreas(const std::vector<DimValue>& dims) const {
  std::vector<const store::AreaInfo*> out;
  for (const auto& a : areas_) {
    if (filter_.areas && std::find(filter_.areas->begin(), filter_.areas->end(), a.id) == filter_.areas->end())
      continue;
    bool keep = true;
    for (size_t i = 0; i < by_.size() && keep; ++i) {
      if (by_[i] == Dimension::Area) keep = dims[i].text == a.code;
      if (by_[i] == Dimension::City) keep = dims[i].text == (a.city ? std::string_view(*a.city) : kUnknownMember);
    }
    if (keep) out.push_back(&a);
  }
  return out;
}

bool RowMapper::atTheDoor(const std::vector<DimValue>& dims) const {
  const auto d2d = static_cast<int64_t>(Channel::D2d);
  if (filter_.channels && std::find(filter_.channels->begin(), filter_.channels->end(), d2d) == filter_.channels->end())
    return false;
  for (size_t i = 0; i < by_.size(); ++i)
    if (by_[i] == Dimension::Channel && dims[i].text != toString(Channel::D2d)) return false;
  return true;
}

}  // namespace salesops::kpi
