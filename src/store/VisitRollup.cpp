// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitRollup.h"

#include <algorithm>

#include "salesops/core/Date.h"

namespace salesops::store {
namespace {

size_t mix(size_t h, uint64_t v) { return (h ^ v) * 0x9E3779B97F4A7C15ull + (h >> 29); }

}  // namespace

size_t VisitRollup::KeyHash::operator()(const Key& k) const {
  size_t h = mix(0, static_cast<uint64_t>(k.day));
  h = mix(h, static_cast<uint64_t>(k.hour));
  h = mix(h, static_cast<uint64_t>(k.rep));
  h = mix(h, static_cast<uint64_t>(k.area));
  return mix(h, static_cast<uint64_t>(k.channel));
}

size_t VisitRollup::RepDayHash::operator()(const RepDay& k) const {
  return mix(mix(0, static_cast<uint64_t>(k.day)), static_cast<uint64_t>(k.rep));
}

void VisitRollup::widenZone(int32_t day, const std::string& id) {
  if (!lastZone_ || day != lastZoneDay_) {
    auto [it, isNew] = zones_.try_emplace(day, IdRange{id, id});
    lastZoneDay_ = day;
    lastZone_ = &it->second;
    if (isNew) return;
  }
  if (id < lastZone_->first) lastZone_->first = id;
  if (id > lastZone_->last) lastZone_->last = id;
}

void VisitRollup::apply(const VisitRecord& v, int sign) {
  const DateTime t = DateTime::fromSeconds(v.at);
  const int32_t day = t.date().days();
  const Key key{day, t.hour(), v.rep, v.area, v.channel};
  if (!lastCounts_ || !(key == lastKey_)) {
    lastKey_ = key;
    lastCounts_ = &deltas_[key];
  }
  lastCounts_->visits += sign;
  lastCounts_->outcomes[static_cast<size_t>(v.outcome)] += sign;
  if (sign > 0) widenZone(day, v.id);
  const RepDay rd{day, v.rep};
  if (sign < 0) {
    recompute_.insert(rd);
    return;
  }
  if (lastSpan_ && rd == lastRepDay_) {
    lastSpan_->first = std::min(lastSpan_->first, v.at);
    lastSpan_->last = std::max(lastSpan_->last, v.at);
    return;
  }
  auto [it, isNew] = spans_.try_emplace(rd, Span{v.at, v.at});
  if (!isNew) {
    it->second.first = std::min(it->second.first, v.at);
    it->second.last = std::max(it->second.last, v.at);
  }
  lastRepDay_ = rd;
  lastSpan_ = &it->second;
}

Result<void> VisitRollup::flushIfLarge(Db& db) {
  // 64k keys is a few MB; a year of visits by 20 reps has about 60k (day, hour, rep, area) keys.
  constexpr size_t kMaxKeys = 65536;
  return deltas_.size() + spans_.size() > kMaxKeys ? flushAdditive(db) : Result<void>();
}

Result<void> VisitRollup::flushAdditive(Db& db) {
  Stmt upsert = db.prepare(
      "INSERT INTO visit_rollup VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
      "ON CONFLICT(day, hour, rep, area, channel) DO UPDATE SET visits = visits + excluded.visits, "
      "not_home = not_home + excluded.not_home, no_interest = no_interest + excluded.no_interest, "
      "already_customer = already_customer + excluded.already_customer, "
      "contract_lock_in = contract_lock_in + excluded.contract_lock_in, callback = callback + excluded.callback, "
      "quote = quote + excluded.quote, sale = sale + excluded.sale");
  Stmt dropEmpty = db.prepare(
      "DELETE FROM visit_rollup WHERE day = ?1 AND hour = ?2 AND rep = ?3 AND area = ?4 AND channel = ?5 "
      "AND visits = 0");
  for (const auto& [k, c] : deltas_) {
    if (c.visits == 0 && std::all_of(c.outcomes.begin(), c.outcomes.end(), [](int64_t n) { return n == 0; })) continue;
    upsert.bind(1, k.day).bind(2, k.hour).bind(3, k.rep).bind(4, k.area).bind(5, k.channel).bind(6, c.visits);
    for (int o = 0; o < 7; ++o) upsert.bind(7 + o, c.outcomes[static_cast<size_t>(o)]);
    if (!upsert.run()) return makeError("updating the visit rollup failed: " + db.error());
    if (c.visits < 0) {
      dropEmpty.bind(1, k.day).bind(2, k.hour).bind(3, k.rep).bind(4, k.area).bind(5, k.channel);
      if (!dropEmpty.run()) return makeError("updating the visit rollup failed: " + db.error());
    }
  }

  // Zones before rep days: recomputing a rep day reads that day's visits through its zone.
  Stmt zone = db.prepare(
      "INSERT INTO visit_zone VALUES(?1, ?2, ?3) ON CONFLICT(day) DO UPDATE SET "
      "first_id = min(first_id, excluded.first_id), last_id = max(last_id, excluded.last_id)");
  for (const auto& [day, range] : zones_) {
    zone.bind(1, day).bind(2, std::string_view(range.first)).bind(3, std::string_view(range.last));
    if (!zone.run()) return makeError("updating the visit zones failed: " + db.error());
  }

  Stmt widen = db.prepare(
      "INSERT INTO rep_day VALUES(?1, ?2, ?3, ?4) ON CONFLICT(day, rep) DO UPDATE SET "
      "first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)");
  for (const auto& [k, s] : spans_) {
    widen.bind(1, k.day).bind(2, k.rep).bind(3, s.first).bind(4, s.last);
    if (!widen.run()) return makeError("updating the rep days failed: " + db.error());
  }
  deltas_.clear();
  spans_.clear();
  zones_.clear();
  lastCounts_ = nullptr;
  lastSpan_ = nullptr;
  lastZone_ = nullptr;
  return {};
}

Result<void> VisitRollup::flush(Db& db) {
  if (auto r = flushAdditive(db); !r) return r;
  Stmt span = db.prepare(
      "SELECT min(visited_at), max(visited_at) FROM visit, visit_zone WHERE visit_zone.day = ?4 "
      "AND visit_id BETWEEN first_id AND last_id AND visited_at BETWEEN ?1 AND ?2 AND rep = ?3");
  Stmt replace = db.prepare("INSERT OR REPLACE INTO rep_day VALUES(?1, ?2, ?3, ?4)");
  Stmt remove = db.prepare("DELETE FROM rep_day WHERE day = ?1 AND rep = ?2");
  for (const RepDay& k : recompute_) {
    const int64_t start = static_cast<int64_t>(k.day) * 86400;
    span.bind(1, start).bind(2, start + 86399).bind(3, k.rep).bind(4, k.day);
    const bool has = span.step() == SQLITE_ROW && !span.isNull(0);
    const int64_t first = has ? span.int64(0) : 0, last = has ? span.int64(1) : 0;
    span.reset();
    Stmt& st = has ? replace : remove;
    st.bind(1, k.day).bind(2, k.rep);
    if (has) st.bind(3, first).bind(4, last);
    if (!st.run()) return makeError("updating the rep days failed: " + db.error());
  }
  recompute_.clear();
  return {};
}

}  // namespace salesops::store
