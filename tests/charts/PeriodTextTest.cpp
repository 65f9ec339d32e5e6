// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/charts/PeriodText.h"

namespace salesops::charts {
namespace {

Period days(int y1, int m1, int d1, int y2, int m2, int d2) {
  return Period{*Date::fromYmd(y1, m1, d1), *Date::fromYmd(y2, m2, d2)};
}

// The same words for a period on every page, chip and chart: the Cancellations page said
// "12/10/2026 – 03/12/2026" above a chart titled "12 Oct – 3 Dec 2026".
TEST(PeriodText, OneDayARangeAndARangeAcrossNewYear) {
  const QLocale en(QLocale::English, QLocale::UnitedKingdom);
  EXPECT_EQ(periodText(en, days(2026, 11, 27, 2026, 11, 27)), "27 Nov 2026");
  EXPECT_EQ(periodText(en, days(2026, 10, 12, 2026, 12, 3)), "12 Oct \u2013 3 Dec 2026");
  EXPECT_EQ(periodText(en, days(2025, 12, 29, 2026, 1, 4)), "29 Dec 2025 \u2013 4 Jan 2026");
  const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
  EXPECT_EQ(periodText(nl, days(2026, 10, 12, 2026, 12, 3)), "12 okt. \u2013 3 dec. 2026");
}

}  // namespace
}  // namespace salesops::charts
