// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include "salesops/ingest/AmsterdamTime.h"

namespace salesops::ingest {
namespace {

int64_t utc(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0) {
  return DateTime::from(*Date::fromYmd(y, m, d), hh, mm, ss).seconds();
}

TEST(AmsterdamTime, SwitchesToSummerTimeAtOneUtcOnLastSundayOfMarch) {
  // 2026-03-29 is the last Sunday of March.
  EXPECT_EQ(amsterdamUtcOffset(utc(2026, 3, 29, 0, 59, 59)), 3600);
  EXPECT_EQ(amsterdamUtcOffset(utc(2026, 3, 29, 1, 0, 0)), 7200);
  EXPECT_EQ(amsterdamFromUtc(utc(2026, 3, 29, 1, 0, 0)).toString(), "2026-03-29 03:00:00");
  EXPECT_EQ(amsterdamFromUtc(utc(2026, 3, 29, 0, 59, 59)).toString(), "2026-03-29 01:59:59");
}

TEST(AmsterdamTime, SwitchesBackAtOneUtcOnLastSundayOfOctober) {
  // 2026-10-25 is the last Sunday of October.
  EXPECT_EQ(amsterdamUtcOffset(utc(2026, 10, 25, 0, 59, 59)), 7200);
  EXPECT_EQ(amsterdamUtcOffset(utc(2026, 10, 25, 1, 0, 0)), 3600);
  EXPECT_EQ(amsterdamFromUtc(utc(2026, 10, 25, 0, 59, 59)).toString(), "2026-10-25 02:59:59");
  EXPECT_EQ(amsterdamFromUtc(utc(2026, 10, 25, 1, 0, 0)).toString(), "2026-10-25 02:00:00");
}

TEST(AmsterdamTime, HandlesMonthsWhoseLastDayIsSunday) {
  // 2024-03-31 and 2021-10-31 were Sundays: a month's last day can itself be the switch day.
  EXPECT_EQ(amsterdamUtcOffset(utc(2024, 3, 31, 0, 59)), 3600);
  EXPECT_EQ(amsterdamUtcOffset(utc(2024, 3, 31, 1, 0)), 7200);
  EXPECT_EQ(amsterdamUtcOffset(utc(2021, 10, 31, 0, 59)), 7200);
  EXPECT_EQ(amsterdamUtcOffset(utc(2021, 10, 31, 1, 0)), 3600);
}

// The hand-written rule against Qt's tz database, hour by hour around every switch from 1996 to
// 2040 and every six hours in between, in a random-ish order so the per-year cache is exercised.
TEST(AmsterdamTime, AgreesWithQtTimeZoneFrom1996To2040) {
  const QTimeZone amsterdam("Europe/Amsterdam");
  ASSERT_TRUE(amsterdam.isValid());
  int checked = 0;
  auto check = [&](int64_t t) {
    const int expected = amsterdam.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
    ASSERT_EQ(amsterdamUtcOffset(t), expected)
        << QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate).toStdString();
    ++checked;
  };
  for (int year = 1996; year <= 2040; ++year) {
    for (int64_t t = utc(year, 1, 1); t < utc(year + 1, 1, 1); t += 6 * 3600 + 17) check(t);
    for (int month : {3, 10})
      for (int day = 24; day <= 31; ++day)
        for (int hour = 0; hour < 24; ++hour)
          for (int second : {-1, 0, 1}) check(utc(year, month, day, hour) + second);
  }
  // Alternate between far-apart years so the cached rule must be replaced each time.
  for (int i = 0; i < 200; ++i) check(utc(i % 2 ? 1997 : 2039, 1 + i % 12, 1 + i % 28, i % 24));
  EXPECT_GT(checked, 100000);
}

}  // namespace
}  // namespace salesops::ingest
