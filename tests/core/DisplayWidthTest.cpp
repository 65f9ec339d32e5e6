// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/core/DisplayWidth.h"

namespace salesops {
namespace {

TEST(DisplayWidth, CountsColumnsNotBytes) {
  EXPECT_EQ(displayWidth(""), 0u);
  EXPECT_EQ(displayWidth("UTR-01"), 6u);
  // "EML-Centrum – Noord": 19 characters, the en dash is 3 bytes (21 bytes in all).
  const std::string area = "EML-Centrum \xE2\x80\x93 Noord";
  ASSERT_EQ(area.size(), 21u);
  EXPECT_EQ(displayWidth(area), 19u);
  EXPECT_EQ(displayWidth("Jos\xC3\xA9"), 4u);               // é precomposed: 2 bytes, 1 column
  EXPECT_EQ(displayWidth("Jose\xCC\x81"), 4u);              // e + combining acute: 3 bytes, 1 column
  EXPECT_EQ(displayWidth("\xE2\x80\x94"), 1u);              // em dash, the "no value" cell
  EXPECT_EQ(displayWidth("\xE6\x9D\xB1\xE4\xBA\xAC"), 4u);  // 東京: two wide characters
  EXPECT_EQ(displayWidth("a\xE2\x80\x8B"
                         "b"),
            2u);  // zero-width space
}

TEST(DisplayWidth, ABrokenByteCountsAsOneColumn) {
  EXPECT_EQ(displayWidth("caf\xE9"), 4u);   // Windows-1252 é: shown as one replacement character
  EXPECT_EQ(displayWidth("\xE2\x80"), 2u);  // a cut-off en dash: two stray bytes
  EXPECT_EQ(displayWidth("\xFF"
                         "a"),
            2u);
}

TEST(DisplayWidth, PadsToColumnsOnEitherSide) {
  const std::string area = "EML-Centrum \xE2\x80\x93 Noord";  // 19 columns
  EXPECT_EQ(padToWidth(area, 22), area + "   ");
  EXPECT_EQ(padToWidth("7", 3, Align::Right), "  7");
  EXPECT_EQ(padToWidth("Jos\xC3\xA9", 6), "Jos\xC3\xA9  ");
  EXPECT_EQ(padToWidth("too wide", 3), "too wide");  // never cut
}

}  // namespace
}  // namespace salesops
