// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/AmsterdamTime.h"

namespace salesops::ingest {
namespace {

// The EU rule by hand rather than a QTimeZone lookup: it has been the rule since 1996, it is a
// few integer operations, and it runs once per date-time field with an offset on the hot path of
// a multi-million-row import, where a tz database lookup per row would dominate.
// Summer time runs from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.

constexpr int64_t kDay = 86400;

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Days since the epoch of the last Sunday of a 31-day month.
int64_t lastSunday(int year, unsigned month) {
  const int64_t last = daysFromCivil(year, month, 31);
  // 1970-01-01 was a Thursday; with Monday = 0, Thursday = 3.
  const int64_t weekday = last + 3 - floorDiv(last + 3, 7) * 7;  // 0 = Monday ... 6 = Sunday
  return last - (weekday + 1) % 7;
}

struct YearRule {
  int year = 0;
  int64_t dstStart = 0;  // UTC seconds
  int64_t dstEnd = 0;
};

YearRule ruleFor(int year) { return {year, lastSunday(year, 3) * kDay + 3600, lastSunday(year, 10) * kDay + 3600}; }

}  // namespace

int32_t amsterdamUtcOffset(int64_t utcSeconds) {
  // Rows of one export are close in time: the rule of the last year seen almost always applies.
  thread_local YearRule cached = ruleFor(2026);
  if (utcSeconds < cached.dstStart - 90 * kDay || utcSeconds >= cached.dstEnd + 70 * kDay) {
    const Date d = Date::fromDays(static_cast<int32_t>(floorDiv(utcSeconds, kDay)));
    cached = ruleFor(d.year());
  }
  return utcSeconds >= cached.dstStart && utcSeconds < cached.dstEnd ? 7200 : 3600;
}

DateTime amsterdamFromUtc(int64_t utcSeconds) {
  return DateTime::fromSeconds(utcSeconds + amsterdamUtcOffset(utcSeconds));
}

}  // namespace salesops::ingest
