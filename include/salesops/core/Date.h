// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace salesops {

class Date;

/// An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday.
struct IsoWeek {
  int year = 1970;
  int week = 1;

  /// Parses `2026-W48` (also `2026-W4`, `2026W48`); nullopt when malformed or the week does not exist.
  static std::optional<IsoWeek> parse(std::string_view text);
  /// 52 or 53.
  static int weeksInYear(int isoYear);
  Date monday() const;
  Date sunday() const;
  IsoWeek next() const;
  IsoWeek previous() const;
  std::string toString() const;  ///< `2026-W05`
  auto operator<=>(const IsoWeek&) const = default;
};

/// A calendar date as days since 1970-01-01 (proleptic Gregorian): compact enough to store as an
/// integer column and compare without parsing.
class Date {
 public:
  constexpr Date() = default;
  static constexpr Date fromDays(int32_t days) { return Date(days); }
  /// nullopt for impossible dates such as 2026-02-31.
  static std::optional<Date> fromYmd(int year, int month, int day);
  /// Strict `YYYY-MM-DD`.
  static std::optional<Date> parseIso(std::string_view text);

  constexpr int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  /// ISO weekday, Monday = 1 ... Sunday = 7.
  int isoWeekday() const;
  IsoWeek isoWeek() const;
  Date addDays(int n) const { return Date(days_ + n); }
  std::string toString() const;     ///< `YYYY-MM-DD`
  std::string monthString() const;  ///< `YYYY-MM`

  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

/// A local (Europe/Amsterdam wall-clock) date and time as seconds since 1970-01-01 00:00:00 local.
/// Stored as one integer; the date and hour fall out by division, no time zone needed.
class DateTime {
 public:
  constexpr DateTime() = default;
  static constexpr DateTime fromSeconds(int64_t seconds) { return DateTime(seconds); }
  static DateTime from(Date date, int hour = 0, int minute = 0, int second = 0);

  constexpr int64_t seconds() const { return seconds_; }
  Date date() const;
  int hour() const;
  int minute() const;
  int second() const;
  std::string toString() const;  ///< `YYYY-MM-DD HH:MM:SS`

  constexpr auto operator<=>(const DateTime&) const = default;

 private:
  constexpr explicit DateTime(int64_t seconds) : seconds_(seconds) {}
  int64_t seconds_ = 0;
};

/// An inclusive range of local dates.
struct Period {
  Date from;
  Date to;

  int lengthDays() const { return to.days() - from.days() + 1; }
  bool contains(Date d) const { return from <= d && d <= to; }
  /// The period of the same length that ends the day before this one starts.
  Period previous() const;
  /// Shifted by whole days (e.g. -7 for the same period last week).
  Period shifted(int days) const;
  auto operator<=>(const Period&) const = default;
};

/// Days since 1970-01-01 for a proleptic Gregorian date (no validation).
int32_t daysFromCivil(int year, unsigned month, unsigned day);

}  // namespace salesops
