// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/core/Money.h"

using salesops::Money;

TEST(Money, SumsCentsExactly) {
  // 0.1 + 0.2 in doubles is 0.30000000000000004; in cents it is 30.
  Money total;
  for (int i = 0; i < 1000; ++i) total += Money::fromCents(10);
  EXPECT_EQ(total.cents(), 10000);
  EXPECT_EQ((Money::fromCents(10) + Money::fromCents(20)).cents(), 30);
}

TEST(Money, FormatsWithTwoDecimals) {
  EXPECT_EQ(Money::fromCents(4250).toString(), "42.50");
  EXPECT_EQ(Money::fromCents(5).toString(), "0.05");
  EXPECT_EQ(Money::fromCents(-305).toString(), "-3.05");
  EXPECT_EQ(Money().toString(), "0.00");
}
