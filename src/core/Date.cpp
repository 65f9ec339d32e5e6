// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/Date.h"

#include <charconv>
#include <cstdio>

namespace salesops {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

struct Ymd {
  int year;
  unsigned month;
  unsigned day;
};

// Howard Hinnant's civil_from_days: exact for the whole int32 range, no tables, no time zone.
Ymd civilFromDays(int32_t z) {
  int64_t zz = static_cast<int64_t>(z) + 719468;
  const int64_t era = (zz >= 0 ? zz : zz - 146096) / 146097;
  const auto doe = static_cast<unsigned>(zz - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), m, d};
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

int32_t daysFromCivil(int year, unsigned month, unsigned day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int32_t>(era * 146097 + static_cast<int64_t>(doe) - 719468);
}

std::optional<Date> Date::fromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month))) return std::nullopt;
  return Date(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parseIso(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  auto num = [&](size_t pos, size_t len, int& out) {
    auto r = std::from_chars(t.data() + pos, t.data() + pos + len, out);
    return r.ec == std::errc() && r.ptr == t.data() + pos + len;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  return fromYmd(y, m, d);
}

int Date::year() const { return civilFromDays(days_).year; }
int Date::month() const { return static_cast<int>(civilFromDays(days_).month); }
int Date::day() const { return static_cast<int>(civilFromDays(days_).day); }

int Date::isoWeekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  const int64_t wd = floorDiv(static_cast<int64_t>(days_) + 3, 7);
  return static_cast<int>(static_cast<int64_t>(days_) + 3 - wd * 7) + 1;
}

IsoWeek Date::isoWeek() const {
  // The ISO year is the year of this week's Thursday.
  const Date thursday = addDays(4 - isoWeekday());
  const int isoYear = thursday.year();
  const int32_t jan1 = daysFromCivil(isoYear, 1, 1);
  return IsoWeek{isoYear, (thursday.days() - jan1) / 7 + 1};
}

std::string Date::toString() const {
  const Ymd c = civilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

std::string Date::monthString() const {
  const Ymd c = civilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", c.year, c.month);
  return buf;
}

int IsoWeek::weeksInYear(int isoYear) {
  // A year has 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year.
  const int jan1 = Date::fromDays(daysFromCivil(isoYear, 1, 1)).isoWeekday();
  return (jan1 == 4 || (jan1 == 3 && isLeap(isoYear))) ? 53 : 52;
}

Date IsoWeek::monday() const {
  const Date jan4 = Date::fromDays(daysFromCivil(year, 1, 4));
  return jan4.addDays(1 - jan4.isoWeekday() + (week - 1) * 7);
}

Date IsoWeek::sunday() const { return monday().addDays(6); }
IsoWeek IsoWeek::next() const { return monday().addDays(7).isoWeek(); }
IsoWeek IsoWeek::previous() const { return monday().addDays(-7).isoWeek(); }

std::string IsoWeek::toString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", year, week);
  return buf;
}

std::optional<IsoWeek> IsoWeek::parse(std::string_view t) {
  if (t.size() < 6) return std::nullopt;
  int y = 0;
  auto r = std::from_chars(t.data(), t.data() + 4, y);
  if (r.ec != std::errc() || r.ptr != t.data() + 4) return std::nullopt;
  size_t pos = 4;
  if (t[pos] == '-') ++pos;
  if (pos >= t.size() || (t[pos] != 'W' && t[pos] != 'w')) return std::nullopt;
  ++pos;
  const size_t len = t.size() - pos;
  if (len < 1 || len > 2) return std::nullopt;
  int w = 0;
  r = std::from_chars(t.data() + pos, t.data() + t.size(), w);
  if (r.ec != std::errc() || r.ptr != t.data() + t.size()) return std::nullopt;
  if (y < 1 || y > 9999 || w < 1 || w > weeksInYear(y)) return std::nullopt;
  return IsoWeek{y, w};
}

DateTime DateTime::from(Date date, int hour, int minute, int second) {
  // In 64 bits throughout: hour * 3600 in int overflows from about 600,000 hours on.
  return DateTime(static_cast<int64_t>(date.days()) * kSecondsPerDay + static_cast<int64_t>(hour) * 3600 +
                  static_cast<int64_t>(minute) * 60 + second);
}

Date DateTime::date() const { return Date::fromDays(static_cast<int32_t>(floorDiv(seconds_, kSecondsPerDay))); }

int DateTime::hour() const {
  return static_cast<int>((seconds_ - floorDiv(seconds_, kSecondsPerDay) * kSecondsPerDay) / 3600);
}
int DateTime::minute() const { return static_cast<int>((seconds_ - floorDiv(seconds_, 3600) * 3600) / 60); }
int DateTime::second() const { return static_cast<int>(seconds_ - floorDiv(seconds_, 60) * 60); }

std::string DateTime::toString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", hour(), minute(), second());
  return date().toString() + buf;
}

Period Period::previous() const {
  const int n = lengthDays();
  return Period{from.addDays(-n), from.addDays(-1)};
}

Period Period::shifted(int days) const { return Period{from.addDays(days), to.addDays(days)}; }

}  // namespace salesops
