// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

TEST(ParsePostcode, NormalisesEverySpelling) {
  for (std::string_view text : {"3512AB", "3512 AB", "3512ab", "3512 ab", "3512aB", " 3512 AB "}) {
    SCOPED_TRACE(text);
    const auto pc = parsePostcode(text);
    ASSERT_TRUE(pc.ok());
    EXPECT_EQ(pc.value.view(), "3512AB");
  }
  EXPECT_EQ(parsePostcode("9999ZZ").value.view(), "9999ZZ");
  EXPECT_EQ(parsePostcode("1000AA").value.view(), "1000AA");
}

TEST(ParsePostcode, RejectsWhatIsNotADutchPostcode) {
  for (std::string_view text : {"0512AB", "351AB", "35123AB", "3512A", "3512ABC", "3512  AB", "3512-AB", "AB3512",
                                "3512 A1", "B-1000", "35 12AB", "", "3512\tAB"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parsePostcode(text).error, reason::kNotPostcode);
  }
}

TEST(ParseHouseNumber, SplitsNumberAndAddition) {
  const std::tuple<std::string_view, int32_t, std::string_view> cases[] = {
      {"104", 104, ""},        {"104A", 104, "A"}, {"104 A", 104, "A"},    {"104-3", 104, "3"},
      {"104-bis", 104, "bis"}, {"104a", 104, "a"}, {"1", 1, ""},           {"0104", 104, ""},
      {"12/2", 12, "2"},       {" 7 ", 7, ""},     {"999999", 999999, ""}, {"2 III", 2, "III"},
  };
  for (const auto& [text, number, addition] : cases) {
    SCOPED_TRACE(text);
    const auto h = parseHouseNumber(text);
    ASSERT_TRUE(h.ok()) << h.error;
    EXPECT_EQ(h.value.number, number);
    EXPECT_EQ(h.value.addition, addition);
  }
}

TEST(ParseHouseNumber, RejectsNonPositiveAndMalformed) {
  for (std::string_view text : {"0", "00", "-5", "A", "A104", "104-", "104--3", "104 A B", "104.5", "1234567",
                                "104-verylongaddition", "", "104+1"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parseHouseNumber(text).error, reason::kNotHouseNumber);
  }
}

}  // namespace
}  // namespace salesops::ingest
