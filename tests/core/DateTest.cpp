// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/core/Date.h"

using salesops::Date;
using salesops::DateTime;
using salesops::IsoWeek;
using salesops::Period;

namespace {

Date ymd(int y, int m, int d) { return *Date::fromYmd(y, m, d); }

TEST(Date, EpochIsDayZeroAndRoundTrips) {
  EXPECT_EQ(ymd(1970, 1, 1).days(), 0);
  EXPECT_EQ(ymd(1970, 1, 2).days(), 1);
  EXPECT_EQ(ymd(1969, 12, 31).days(), -1);
  // 2026-11-28: 56 years incl. 14 leap days (1972..2024) = 20454 days to 2026-01-01, + 331.
  EXPECT_EQ(ymd(2026, 11, 28).days(), 20454 + 331);
  const Date d = ymd(2024, 2, 29);
  EXPECT_EQ(d.year(), 2024);
  EXPECT_EQ(d.month(), 2);
  EXPECT_EQ(d.day(), 29);
  EXPECT_EQ(d.toString(), "2024-02-29");
  EXPECT_EQ(d.monthString(), "2024-02");
}

TEST(Date, RejectsImpossibleDates) {
  EXPECT_FALSE(Date::fromYmd(2026, 2, 31));
  EXPECT_FALSE(Date::fromYmd(2026, 2, 29));  // not a leap year
  EXPECT_TRUE(Date::fromYmd(2000, 2, 29));   // divisible by 400
  EXPECT_FALSE(Date::fromYmd(1900, 2, 29));  // divisible by 100
  EXPECT_FALSE(Date::fromYmd(2026, 13, 1));
  EXPECT_FALSE(Date::fromYmd(2026, 4, 31));
  EXPECT_FALSE(Date::fromYmd(2026, 1, 0));
}

TEST(Date, ParsesStrictIso) {
  EXPECT_EQ(Date::parseIso("2026-11-03"), ymd(2026, 11, 3));
  EXPECT_FALSE(Date::parseIso("2026-11-3"));
  EXPECT_FALSE(Date::parseIso("03-11-2026"));
  EXPECT_FALSE(Date::parseIso("2026-02-30"));
  EXPECT_FALSE(Date::parseIso("2026/11/03"));
}

TEST(Date, IsoWeekdayMondayIsOne) {
  EXPECT_EQ(ymd(2026, 11, 23).isoWeekday(), 1);  // Monday
  EXPECT_EQ(ymd(2026, 11, 29).isoWeekday(), 7);  // Sunday
  EXPECT_EQ(ymd(1970, 1, 1).isoWeekday(), 4);    // Thursday
  EXPECT_EQ(ymd(1969, 12, 29).isoWeekday(), 1);  // before the epoch
}

TEST(IsoWeek, WeekNumbersAtYearEdges) {
  // 2026-01-01 is a Thursday: week 1 of 2026 starts Monday 2025-12-29.
  EXPECT_EQ(ymd(2025, 12, 29).isoWeek(), (IsoWeek{2026, 1}));
  EXPECT_EQ(ymd(2025, 12, 28).isoWeek(), (IsoWeek{2025, 52}));
  // 2020 has 53 weeks; 2021-01-03 (Sunday) is still 2020-W53.
  EXPECT_EQ(ymd(2021, 1, 3).isoWeek(), (IsoWeek{2020, 53}));
  EXPECT_EQ(ymd(2021, 1, 4).isoWeek(), (IsoWeek{2021, 1}));
  // 2026 starts on a Thursday, so it has 53 weeks; 2027-01-03 is in 2026-W53.
  EXPECT_EQ(IsoWeek::weeksInYear(2026), 53);
  EXPECT_EQ(IsoWeek::weeksInYear(2025), 52);
  EXPECT_EQ(ymd(2027, 1, 3).isoWeek(), (IsoWeek{2026, 53}));
  EXPECT_EQ(ymd(2026, 11, 28).isoWeek(), (IsoWeek{2026, 48}));
}

TEST(IsoWeek, MondayAndParsing) {
  EXPECT_EQ((IsoWeek{2026, 48}).monday(), ymd(2026, 11, 23));
  EXPECT_EQ((IsoWeek{2026, 48}).sunday(), ymd(2026, 11, 29));
  EXPECT_EQ((IsoWeek{2026, 1}).monday(), ymd(2025, 12, 29));
  EXPECT_EQ((IsoWeek{2020, 53}).next(), (IsoWeek{2021, 1}));
  EXPECT_EQ((IsoWeek{2021, 1}).previous(), (IsoWeek{2020, 53}));
  EXPECT_EQ(IsoWeek::parse("2026-W48"), (IsoWeek{2026, 48}));
  EXPECT_EQ(IsoWeek::parse("2026-W5"), (IsoWeek{2026, 5}));
  EXPECT_EQ(IsoWeek::parse("2026W05"), (IsoWeek{2026, 5}));
  EXPECT_FALSE(IsoWeek::parse("2025-W53"));  // 2025 has 52 weeks
  EXPECT_FALSE(IsoWeek::parse("2026-W00"));
  EXPECT_FALSE(IsoWeek::parse("2026-48"));
  EXPECT_EQ((IsoWeek{2026, 5}).toString(), "2026-W05");
}

TEST(DateTime, SplitsIntoDateAndClock) {
  const DateTime t = DateTime::from(ymd(2026, 12, 31), 17, 45, 9);
  EXPECT_EQ(t.date(), ymd(2026, 12, 31));
  EXPECT_EQ(t.hour(), 17);
  EXPECT_EQ(t.minute(), 45);
  EXPECT_EQ(t.second(), 9);
  EXPECT_EQ(t.toString(), "2026-12-31 17:45:09");
  const DateTime before = DateTime::from(ymd(1969, 12, 31), 23, 59, 58);
  EXPECT_EQ(before.date(), ymd(1969, 12, 31));
  EXPECT_EQ(before.hour(), 23);
  EXPECT_EQ(before.second(), 58);
}

TEST(DateTime, ClockPartsPastTheirRangeAddUpIn64Bits) {
  // 1,000,000 hours are 3,600,000,000 s, more than an int holds: 41,666 days and 16 hours.
  const DateTime hours = DateTime::from(ymd(1970, 1, 1), 1'000'000, 0, 0);
  EXPECT_EQ(hours.seconds(), 3'600'000'000LL);
  EXPECT_EQ(hours.date().days(), 41'666);
  EXPECT_EQ(hours.hour(), 16);
  // 40,000,000 minutes are 2,400,000,000 s.
  EXPECT_EQ(DateTime::from(ymd(1970, 1, 1), 0, 40'000'000, 0).seconds(), 2'400'000'000LL);
}

TEST(Period, PreviousHasSameLengthAndEndsTheDayBefore) {
  const Period week{ymd(2026, 11, 23), ymd(2026, 11, 29)};
  EXPECT_EQ(week.lengthDays(), 7);
  EXPECT_EQ(week.previous(), (Period{ymd(2026, 11, 16), ymd(2026, 11, 22)}));
  EXPECT_EQ(week.shifted(-364), (Period{ymd(2025, 11, 24), ymd(2025, 11, 30)}));
  EXPECT_TRUE(week.contains(ymd(2026, 11, 29)));
  EXPECT_FALSE(week.contains(ymd(2026, 11, 30)));
}

}  // namespace
