// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>

#include "Random.h"

namespace salesops::demo {

/// When a channel works, and how long a visit takes on average.
struct Shift {
  int start;      ///< seconds after midnight
  int end;        ///< no visit at or after this second
  int meanGap;    ///< seconds between two visits when the day is not crowded
  int lateStart;  ///< at most this much later than `start` a rep begins
};

inline constexpr int kSecondsPerHour = 3600;
// Doors in the afternoon and evening, when people are home; stands and the bus in shopping hours.
inline constexpr Shift kDoorShift{15 * kSecondsPerHour, 21 * kSecondsPerHour, 390, 2 * kSecondsPerHour};
inline constexpr Shift kStandShift{10 * kSecondsPerHour, 18 * kSecondsPerHour, 600, kSecondsPerHour};
inline constexpr Shift kBusShift{11 * kSecondsPerHour, 19 * kSecondsPerHour, 540, kSecondsPerHour};

/// Spreads one rep's visits of a day over a shift, a few minutes apart with jitter, so the time from
/// first to last visit (field_hours) is what a real evening gives. A crowded day (huge demo volumes)
/// packs the visits closer instead of running past the end of the shift.
class ShiftClock {
 public:
  ShiftClock(const Shift& shift, int64_t visits, Random& rng) : end_(shift.end) {
    const int64_t length = shift.end - shift.start;
    gap_ = std::max<int64_t>(1, std::min<int64_t>(shift.meanGap, length / std::max<int64_t>(visits, 1)));
    const int64_t slack = std::max<int64_t>(0, length - gap_ * visits);
    t_ = shift.start + rng.below(static_cast<uint32_t>(std::min<int64_t>(slack, shift.lateStart) + 1));
  }

  /// Seconds after midnight of the next visit.
  int64_t next(Random& rng) {
    const int64_t now = t_;
    t_ = std::min<int64_t>(end_ - 1, t_ + gap_ * (4 + rng.below(13)) / 10);  // 0.4 .. 1.6 gaps
    return now;
  }

 private:
  int64_t end_;
  int64_t gap_;
  int64_t t_;
};

}  // namespace salesops::demo
