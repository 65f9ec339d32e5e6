// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/core/QtDate.h"

namespace salesops {
namespace {

TEST(QtDate, ALeapDayIsTheSameDayInBothTypes) {
  const Date leap = *Date::fromYmd(2028, 2, 29);
  EXPECT_EQ(toQDate(leap), QDate(2028, 2, 29));
  EXPECT_EQ(fromQDate(QDate(2028, 2, 29)), leap);
  EXPECT_EQ(toQDate(leap.addDays(1)), QDate(2028, 3, 1));
}

TEST(QtDate, RoundTripsEveryDayOfFourYears) {
  // 2027-01-01 .. 2030-12-31 holds one leap year and every month end.
  const Date first = *Date::fromYmd(2027, 1, 1);
  const QDate qfirst(2027, 1, 1);
  for (int i = 0; i < 4 * 365 + 1; ++i) {
    const Date d = first.addDays(i);
    ASSERT_EQ(toQDate(d), qfirst.addDays(i)) << d.toString();
    ASSERT_EQ(fromQDate(toQDate(d)), d) << d.toString();
  }
}

TEST(QtDate, DateTimeKeepsTheWallClockToTheSecond) {
  const DateTime t = DateTime::from(*Date::fromYmd(2026, 3, 29), 2, 30, 15);  // a DST night: the wall clock, as is
  const QDateTime q = toQDateTime(t);
  EXPECT_EQ(q.date(), QDate(2026, 3, 29));
  EXPECT_EQ(q.time().hour(), 2);
  EXPECT_EQ(q.time().minute(), 30);
  EXPECT_EQ(q.time().second(), 15);
  EXPECT_EQ(toQDateTime(DateTime::from(*Date::fromYmd(2026, 12, 4), 23, 59, 59)).time(), QTime(23, 59, 59));
}

}  // namespace
}  // namespace salesops
