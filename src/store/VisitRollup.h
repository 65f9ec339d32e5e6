// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "Records.h"
#include "Sqlite.h"

namespace salesops::store {

/// Keeps visit_rollup, rep_day and visit_zone in step with the visits an import writes. Changes are summed in
/// memory per (day, hour, rep, area, channel) and applied once at commit: a file of a million
/// visits touches a few thousand rollup rows, not a million.
class VisitRollup {
 public:
  void added(const VisitRecord& v) { apply(v, +1); }
  void removed(const VisitRecord& v) { apply(v, -1); }

  /// Writes what only adds up (counts, widened spans and zones) once enough has gathered, so memory
  /// stays bounded on a file of any size; call between batches, inside the import's transaction.
  Result<void> flushIfLarge(Db& db);
  /// Writes everything, including the rep days that lost a visit; call once, before commit.
  Result<void> flush(Db& db);

 private:
  struct Key {
    int32_t day;
    int32_t hour;
    int64_t rep;
    int64_t area;
    int32_t channel;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const;
  };
  struct Counts {
    int64_t visits = 0;
    std::array<int64_t, 7> outcomes{};
  };
  struct RepDay {
    int32_t day;
    int64_t rep;
    bool operator==(const RepDay&) const = default;
  };
  struct RepDayHash {
    size_t operator()(const RepDay& k) const;
  };
  struct Span {
    int64_t first;
    int64_t last;
  };
  struct IdRange {
    std::string first;
    std::string last;
  };

  void apply(const VisitRecord& v, int sign);
  Result<void> flushAdditive(Db& db);
  void widenZone(int32_t day, const std::string& id);

  // Consecutive visits mostly share a key (one rep, one area, one hour), so the last entry is kept
  // at hand; pointers into an unordered_map stay valid as it grows.
  std::unordered_map<Key, Counts, KeyHash> deltas_;
  Key lastKey_{-1, -1, -1, -1, -1};
  Counts* lastCounts_ = nullptr;
  RepDay lastRepDay_{-1, -1};
  Span* lastSpan_ = nullptr;
  std::unordered_map<RepDay, Span, RepDayHash> spans_;  ///< widened by added visits
  std::unordered_set<RepDay, RepDayHash> recompute_;    ///< a visit left: first/last may have moved in
  std::unordered_map<int32_t, IdRange> zones_;          ///< visit ids added per day
  int32_t lastZoneDay_ = 0;
  IdRange* lastZone_ = nullptr;
};

}  // namespace salesops::store
