// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/KpiEngine.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "FactSums.h"
#include "RowMapper.h"

#include "salesops/store/StoreReader.h"

namespace salesops::kpi {
namespace {

using RowKey = std::vector<DimValue>;

struct Acc {
  KpiValues values[2];
  Date measure[2];  ///< penetration's day, per slot, in that slot's own dates
};

/// One period to read: the current one (slot 0) or the compared one (slot 1).
struct Slot {
  int index;
  Period period;
  Date asOf;
  int offset;                  ///< days to add to this slot's days to land in the current period
  std::optional<DataCut> cut;  ///< in this slot's own dates
};

// A (day, hour, rep, area) bucket of an address scan (the members not grouped by are 0).
struct Bucket {
  int32_t day, hour;
  int64_t rep, area;
  bool operator==(const Bucket&) const = default;
};
struct BucketHash {
  size_t operator()(const Bucket& b) const {
    uint64_t h = (static_cast<uint64_t>(static_cast<uint32_t>(b.day)) << 8 | static_cast<uint64_t>(b.hour & 255));
    h = (h ^ static_cast<uint64_t>(b.rep)) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>((h ^ static_cast<uint64_t>(b.area)) * 0x9E3779B97F4A7C15ull >> 7);
  }
};

// A Dutch address (postcode 4 digits + 2 capitals, house number under 2^24, an addition of at most
// two ASCII characters) as one integer; one-to-one, so counting these equals counting the text.
// Anything else returns nullopt and is counted by its text.
std::optional<uint64_t> packAddress(std::string_view postcode, int32_t houseNumber, std::string_view addition) {
  if (postcode.size() != 6 || houseNumber < 0 || houseNumber >= (1 << 24) || addition.size() > 2) return std::nullopt;
  uint64_t pc = 0;
  for (int i = 0; i < 4; ++i) {
    if (postcode[i] < '0' || postcode[i] > '9') return std::nullopt;
    pc = pc * 10 + static_cast<uint64_t>(postcode[i] - '0');
  }
  for (int i = 4; i < 6; ++i) {
    if (postcode[i] < 'A' || postcode[i] > 'Z') return std::nullopt;
    pc = pc * 26 + static_cast<uint64_t>(postcode[i] - 'A');
  }
  uint64_t add = 0;  // bytes 1..127 each, so "" / "a" / "ab" differ
  for (char c : addition) {
    if (c <= 0) return std::nullopt;
    add = add << 7 | static_cast<uint64_t>(c);
  }
  return pc << 38 | static_cast<uint64_t>(houseNumber) << 14 | add;  // 24 + 24 + 14 bits
}

bool has(const std::vector<Dimension>& by, Dimension d) { return std::find(by.begin(), by.end(), d) != by.end(); }

unsigned wantedSources(const KpiQuery& q) {
  unsigned s = 0;
  if (q.only.empty()) s = kVisitSource | kOrderSource | kAddressSource | kAreaSource;
  for (KpiId kpi : q.only) s |= sourcesOf(kpi);
  // Visits have no product.
  if (has(q.by, Dimension::Product)) s &= ~(kVisitSource | kAddressSource);
  return s;
}

// Penetration belongs to areas and their time, not to reps, channels, products or hours.
bool penetrationApplies(const KpiQuery& q) {
  for (Dimension d :
       {Dimension::Rep, Dimension::Team, Dimension::Channel, Dimension::Product, Dimension::Hour, Dimension::Weekday})
    if (has(q.by, d)) return false;
  return true;
}

class Run {
 public:
  Run(const store::KpiSource& source, const KpiQuery& q, RowMapper& mapper, unsigned sources)
      : source_(source), q_(q), mapper_(mapper), sources_(sources) {}

  Result<void> read(const Slot& s);
  Result<void> areaValues(const std::vector<Slot>& slots);
  std::vector<KpiRow> rows(bool compare);

 private:
  Acc& row(const store::FactKey& key, const Slot& s) {
    store::FactKey shifted = key;
    shifted.day += s.offset;
    auto [it, isNew] = rows_.try_emplace(mapper_.dims(shifted));
    if (isNew) {
      const Date m = mapper_.measureDay(shifted.day, q_.period.to);
      it->second.measure[0] = m;
      it->second.measure[1] = m.addDays(-offset_);
    }
    return it->second;
  }

  const store::KpiSource& source_;
  const KpiQuery& q_;
  RowMapper& mapper_;
  unsigned sources_;
  int offset_ = 0;  ///< the compared slot's offset
  std::map<RowKey, Acc> rows_;
};

Result<void> Run::read(const Slot& s) {
  if (s.index == 1) offset_ = s.offset;
  store::FactQuery fq = mapper_.filter();
  fq.fromDay = s.period.from.days();
  fq.toDay = s.period.to.days();
  const unsigned bits = mapper_.keyBits();
  fq.groupBy = bits;
  // A cut period reads up to the cut's day; within that day by hour, so the hours after the cut
  // can be left out, and then folds the facts back onto the keys the rows group by.
  const bool byHour = s.cut && s.cut->day <= s.period.to && s.cut->throughHour < 23;
  if (s.cut) {
    if (s.cut->day < s.period.from) return {};  // the period has not started yet
    fq.toDay = std::min(fq.toDay, s.cut->day.days());
  }
  if (byHour) fq.groupBy |= store::kKeyDay | store::kKeyHour;
  const auto kept = [&](int32_t day, int32_t hour) {
    return !byHour || day != s.cut->day.days() || hour <= s.cut->throughHour;
  };
  const auto folded = [&](store::FactKey key) {
    if (!(bits & store::kKeyDay)) key.day = 0;
    if (!(bits & store::kKeyHour)) key.hour = 0;
    return key;
  };
  if (sources_ & kVisitSource) {
    auto facts = source_.visits(fq);
    if (!facts) return facts.error();
    for (const auto& f : *facts)
      if (kept(f.key.day, f.key.hour)) addVisitFacts(row(folded(f.key), s).values[s.index], f);
  }
  if (sources_ & kOrderSource) {
    auto facts = source_.orders(fq, s.asOf.days());
    if (!facts) return facts.error();
    for (const auto& f : *facts)
      if (kept(f.key.day, f.key.hour)) addOrderFacts(row(folded(f.key), s).values[s.index], f);
  }
  if (sources_ & kAddressSource) {
    // Distinct counts do not add up, so addresses are counted per row from the visits themselves.
    // A visit's row is found once per (day, hour, rep, area) bucket, not per visit, and addresses
    // of the usual form are counted as packed integers (see packAddress), the rest as text.
    struct Seen {
      std::unordered_map<uint64_t, int> packed;
      std::unordered_map<std::string, int> other;
    };
    std::unordered_map<Acc*, Seen> seen;
    std::unordered_map<Bucket, Seen*, BucketHash> buckets;
    store::FactKey key;
    Bucket lastBucket{};
    Seen* current = nullptr;
    std::string address;
    auto r = source_.forEachAddress(fq, [&](const store::VisitAddress& a) {
      if (!kept(a.day, a.hour)) return;
      key.day = (bits & store::kKeyDay) ? a.day : 0;
      key.hour = (bits & store::kKeyHour) ? a.hour : 0;
      key.rep = (bits & store::kKeyRep) ? a.rep : 0;
      key.area = (bits & store::kKeyArea) ? a.area : 0;
      const Bucket bucket{key.day, key.hour, key.rep, key.area};
      if (!current || !(bucket == lastBucket)) {
        auto [it, isNew] = buckets.try_emplace(bucket, nullptr);
        if (isNew) it->second = &seen[&row(key, s)];
        current = it->second;
        lastBucket = bucket;
      }
      if (const auto packed = packAddress(a.postcode, a.houseNumber, a.addition)) {
        ++current->packed[*packed];
        return;
      }
      address.assign(a.postcode).append(1, '\x1f').append(std::to_string(a.houseNumber)).append(1, '\x1f');
      address.append(a.addition);
      ++current->other[address];
    });
    if (!r) return r.error();
    for (auto& [acc, counts] : seen) {
      KpiValues& v = acc->values[s.index];
      v.addresses = static_cast<int64_t>(counts.packed.size() + counts.other.size());
      for (const auto& [_, n] : counts.packed) {
        v.addresses2x += n >= 2;
        v.addresses3x += n >= 3;
      }
      for (const auto& [_, n] : counts.other) {
        v.addresses2x += n >= 2;
        v.addresses3x += n >= 3;
      }
    }
  }
  return {};
}

// The last day of the last complete ISO week on or before `d` (d itself when it is a Sunday).
Date lastSunday(Date d) { return d.addDays(-(d.isoWeekday() % 7)); }

constexpr int kGrowthWeeks = 8;      ///< weeks of install growth a bundling date is projected from
constexpr int kMinInstallWeeks = 4;  ///< fewer weeks with installs: not in sight
constexpr int kMaxYearsOut = 5;      ///< a date further out: not in sight

// The same day `years` later (28 February for a 29 February that has none).
Date yearsLater(Date d, int years) {
  if (auto same = Date::fromYmd(d.year() + years, d.month(), d.day())) return *same;
  return *Date::fromYmd(d.year() + years, d.month(), d.day() - 1);
}

// The day an area's active installs reach `target` at the average weekly growth of the last 8
// complete weeks, measured on `m`; `activeAt(k)` is the active installs at the end of the complete
// week k weeks back (0 = the last one). No date, with the reason, when the target is reached, there
// is no growth, fewer than 4 of those 8 weeks end with any install (too short a history to
// project), or the date is more than 5 years after `m`.
std::pair<std::optional<Date>, std::optional<BundlingOutlook>> projectBundling(
    double current, double target, Date m, const std::function<int64_t(int)>& activeAt) {
  if (current >= target) return {std::nullopt, BundlingOutlook::Reached};
  const double growth = static_cast<double>(activeAt(0) - activeAt(kGrowthWeeks)) / kGrowthWeeks;
  if (growth <= 0) return {std::nullopt, BundlingOutlook::NoGrowth};
  int weeksWithInstalls = 0;
  for (int week = 0; week < kGrowthWeeks; ++week) weeksWithInstalls += activeAt(week) > 0;
  if (weeksWithInstalls < kMinInstallWeeks) return {std::nullopt, BundlingOutlook::TooFewWeeks};
  const double days = std::ceil((target - current) / growth * 7.0);
  if (days > yearsLater(m, kMaxYearsOut).days() - m.days()) return {std::nullopt, BundlingOutlook::TooFarOut};
  return {m.addDays(static_cast<int>(days)), std::nullopt};
}

Result<void> Run::areaValues(const std::vector<Slot>& slots) {
  if (q_.by.empty() && rows_.empty())
    rows_.try_emplace(RowKey{}, Acc{{}, {q_.period.to, q_.period.to.addDays(-offset_)}});
  for (auto& [key, acc] : rows_) {
    const bool door = mapper_.atTheDoor(key);
    for (const Slot& s : slots) {
      acc.values[s.index].sources = sources_;
      acc.values[s.index].atTheDoor = door;
    }
  }
  if (!(sources_ & kAreaSource)) return {};
  if (!penetrationApplies(q_)) {  // homes passed still serve coverage
    for (auto& [key, acc] : rows_)
      for (const auto* a : mapper_.rowAreas(key))
        for (const Slot& s : slots) acc.values[s.index].homesPassed += a->homesPassed;
    return {};
  }
  std::vector<int32_t> days;
  for (const auto& [key, acc] : rows_)
    for (const Slot& s : slots) {
      const Date m = acc.measure[s.index];
      days.push_back(m.days());
      for (int week = 0; week <= kGrowthWeeks; ++week) days.push_back(lastSunday(m).addDays(-7 * week).days());
    }
  auto active = source_.activeInstalls(days, mapper_.filter().areas);
  if (!active) return active.error();
  std::map<std::pair<int32_t, int64_t>, int64_t> at;
  for (const auto& a : *active) at[{a.day, a.area}] = a.active;
  for (auto& [key, acc] : rows_) {
    const auto areas = mapper_.rowAreas(key);
    for (const Slot& s : slots) {
      KpiValues& v = acc.values[s.index];
      const Date m = acc.measure[s.index];
      const auto sum = [&](Date d) {
        int64_t n = 0;
        for (const auto* a : areas) {
          auto it = at.find({d.days(), a->id});
          if (it != at.end()) n += it->second;
        }
        return n;
      };
      for (const auto* a : areas) v.homesPassed += a->homesPassed;
      v.activeInstalls = sum(m);
      // Projection only for one area with a threshold: growth per week over the last 8 complete weeks.
      if (areas.size() != 1 || !areas[0]->bundlingThreshold || v.homesPassed <= 0) continue;
      const double target = *areas[0]->bundlingThreshold * static_cast<double>(v.homesPassed);
      const auto [date, outlook] = projectBundling(static_cast<double>(*v.activeInstalls), target, m,
                                                   [&](int week) { return sum(lastSunday(m).addDays(-7 * week)); });
      v.bundlingDate = date;
      v.bundlingOutlook = outlook;
    }
  }
  return {};
}

std::vector<KpiRow> Run::rows(bool compare) {
  std::vector<KpiRow> out;
  out.reserve(rows_.size());
  for (auto& [key, acc] : rows_) {
    KpiRow r{key, acc.values[0], std::nullopt};
    if (compare) r.prev = acc.values[1];
    out.push_back(std::move(r));
  }
  return out;  // std::map keeps the rows sorted by the dimension values
}

}  // namespace

Result<std::vector<KpiRow>> KpiEngine::run(const KpiQuery& in) const {
  // A run reads rollups, visits and orders in several statements: one snapshot for all of them.
  const store::ReadSnapshot snapshot(reader());
  KpiQuery q = in;
  std::vector<Dimension> by;
  for (Dimension d : q.by)
    if (!has(by, d)) by.push_back(d);
  q.by = by;
  if (q.period.to < q.period.from) return makeError("the period ends before it starts");

  auto reps = source_.reps();
  if (!reps) return reps.error();
  auto areas = source_.areas();
  if (!areas) return areas.error();
  RowMapper mapper(q, std::move(*reps), std::move(*areas));
  Run run(source_, q, mapper, wantedSources(q));

  std::vector<Slot> slots{{0, q.period, q.asOf, 0, q.cut}};
  if (q.compare) {
    // The offset is the whole period's, so a cut period is compared with the same part of the one before.
    const ComparedPeriod c = comparedPeriod(q.period, q.asOf, *q.compare);
    std::optional<DataCut> cut = q.cut;
    if (cut) cut->day = cut->day.addDays(-c.offsetDays);
    slots.push_back({1, c.period, c.asOf, c.offsetDays, cut});
  }
  // The compared slot first, so rows it creates already know the offset for their measuring day.
  for (auto it = slots.rbegin(); it != slots.rend(); ++it)
    if (auto r = run.read(*it); !r) return r.error();
  if (auto r = run.areaValues(slots); !r) return r.error();
  return run.rows(q.compare.has_value());
}

}  // namespace salesops::kpi
