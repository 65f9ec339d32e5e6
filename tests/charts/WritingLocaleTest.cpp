// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/charts/Translation.h"

namespace salesops::charts {
namespace {

// The pack written on a machine with the C locale said "6,044.10€" where the window said
// "€6,044.10": both now take the locale from this one rule.
TEST(WritingLocale, DutchOrEnglishInTheSystemsVariantElseNetherlandsOrBritain) {
  const QLocale c = QLocale::c();
  EXPECT_EQ(writingLocale(std::nullopt, c), QLocale(QLocale::English, QLocale::UnitedKingdom));
  EXPECT_EQ(writingLocale(std::nullopt, c).toCurrencyString(6044.10, QStringLiteral("\u20AC"), 2),
            QStringLiteral("\u20AC6,044.10"));
  EXPECT_EQ(writingLocale(std::nullopt, QLocale("de_DE")), QLocale("en_GB"));
  EXPECT_EQ(writingLocale(std::nullopt, QLocale("nl_BE")), QLocale("nl_BE"));
  EXPECT_EQ(writingLocale(std::nullopt, QLocale("en_US")), QLocale("en_US"));
  EXPECT_EQ(writingLocale(QLocale::Dutch, c), QLocale("nl_NL"));
  EXPECT_EQ(writingLocale(QLocale::English, QLocale("nl_NL")), QLocale("en_GB"));
}

}  // namespace
}  // namespace salesops::charts
