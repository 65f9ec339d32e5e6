// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdlib>
#include <gtest/gtest.h>
#include <limits>

#include "salesops/core/JsonText.h"

namespace salesops {
namespace {

TEST(JsonText, StringsEscapeQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(jsonString("plain"), R"("plain")");
  EXPECT_EQ(jsonString("say \"hi\"\\"), R"("say \"hi\"\\")");
  EXPECT_EQ(jsonString("a\nb\rc\td"), R"("a\nb\rc\td")");  // short forms, not \u000a
  EXPECT_EQ(jsonString(std::string("\b\f\x01\x1f", 4)), R"("\b\f\u0001\u001f")");
  EXPECT_EQ(jsonString(std::string("nul\0x", 5)), R"("nul\u0000x")");
  EXPECT_EQ(jsonString("Den Haag \xE2\x80\x93 Zuid"), "\"Den Haag \xE2\x80\x93 Zuid\"");  // UTF-8 as is
  EXPECT_EQ(jsonString("\x7f/"), "\"\x7f/\"");
}

TEST(JsonText, NumbersAreTheShortestTextThatReadsBackExactly) {
  EXPECT_EQ(shortestNumber(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(std::strtod(shortestNumber(1.0 / 3).c_str(), nullptr), 1.0 / 3);
  EXPECT_EQ(shortestNumber(27.0 / 500), "0.054");
  EXPECT_EQ(shortestNumber(5.4 / 100), "0.054000000000000006");  // a different double: kept apart
  EXPECT_EQ(shortestNumber(0), "0");
  EXPECT_EQ(shortestNumber(20), "20");
  EXPECT_EQ(jsonNumber(std::nullopt), "null");
  EXPECT_EQ(jsonNumber(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(jsonNumber(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(jsonNumber(-0.25), "-0.25");
}

}  // namespace
}  // namespace salesops
