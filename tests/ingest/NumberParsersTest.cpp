// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

TEST(ParseMoney, ReadsPointOrCommaIntoExactCents) {
  const std::pair<std::string_view, int64_t> cases[] = {
      {"42.50", 4250},
      {"42,50", 4250},
      {"42", 4200},
      {"42,5", 4250},
      {"0,01", 1},
      {"-3,05", -305},
      {"+7.10", 710},
      {" 19.99 ", 1999},
      {"\xE2\x82\xAC 42,50", 4250},
      {"\xE2\x82\xAC"
       "42.50",
       4250},
      {"999999999999999.99", 99999999999999999},
  };
  for (const auto& [text, cents] : cases) {
    SCOPED_TRACE(text);
    const auto m = parseMoney(text);
    ASSERT_TRUE(m.ok()) << m.error;
    EXPECT_EQ(m.value.cents(), cents);
  }
}

TEST(ParseMoney, RejectsThousandsSeparatorsExtraDecimalsAndText) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"1.234,50", reason::kThousands},    {"1,234.50", reason::kThousands},
      {"1.234.567", reason::kThousands},   {"42,505", reason::kTooManyDecimals},
      {"1.234", reason::kTooManyDecimals}, {"42.", reason::kNotNumber},
      {",50", reason::kNotNumber},         {"42 50", reason::kNotNumber},
      {"EUR 42", reason::kNotNumber},      {"42,50 EUR", reason::kNotNumber},
      {"-", reason::kNotNumber},           {"", reason::kNotNumber},
      {"1e3", reason::kNotNumber},         {"1234567890123456", reason::kTooLarge},
  };
  for (const auto& [text, why] : cases) {
    SCOPED_TRACE(text);
    const auto m = parseMoney(text);
    EXPECT_FALSE(m.ok());
    EXPECT_EQ(m.error, why);
  }
}

TEST(ParseDecimal, ReadsFractionsWithEitherSeparator) {
  EXPECT_DOUBLE_EQ(parseDecimal("0.125").value, 0.125);
  EXPECT_DOUBLE_EQ(parseDecimal("0,125").value, 0.125);
  EXPECT_DOUBLE_EQ(parseDecimal("1.234").value, 1.234);  // one separator: a decimal point
  EXPECT_DOUBLE_EQ(parseDecimal("-2").value, -2.0);
  EXPECT_DOUBLE_EQ(parseDecimal("+2,5").value, 2.5);
  EXPECT_EQ(parseDecimal("1.234,5").error, reason::kThousands);
  EXPECT_EQ(parseDecimal("abc").error, reason::kNotNumber);
  EXPECT_EQ(parseDecimal("1e5").error, reason::kNotNumber);
}

TEST(ParseInteger, ReadsWholeNumbersOnly) {
  EXPECT_EQ(parseInteger("1250").value, 1250);
  EXPECT_EQ(parseInteger(" 0 ").value, 0);
  EXPECT_EQ(parseInteger("-3").value, -3);
  EXPECT_EQ(parseInteger("12.5").error, reason::kNotInteger);
  EXPECT_EQ(parseInteger("12,000").error, reason::kNotInteger);
  EXPECT_EQ(parseInteger("1.200.000").error, reason::kThousands);
  EXPECT_EQ(parseInteger("12a").error, reason::kNotNumber);
  EXPECT_EQ(parseInteger("1234567890123456789").error, reason::kTooLarge);
}

TEST(ParseRate, ReadsFractionsAndPercentages) {
  const std::tuple<std::string_view, double, bool> cases[] = {
      {"0.4", 0.4, false},     {"0,4", 0.4, false}, {"40%", 0.4, true}, {"12,5%", 0.125, true},
      {"12.5 %", 0.125, true}, {"100%", 1.0, true}, {"0%", 0.0, true},  {"1", 1.0, false},
  };
  for (const auto& [text, fraction, percent] : cases) {
    SCOPED_TRACE(text);
    const auto r = parseRate(text);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_DOUBLE_EQ(r.value.fraction, fraction);
    EXPECT_EQ(r.value.wasPercentage, percent);
  }
  EXPECT_EQ(parseRate("%").error, reason::kNotRate);
  EXPECT_EQ(parseRate("veertig").error, reason::kNotRate);
  EXPECT_EQ(parseRate("40%%").error, reason::kNotRate);
  EXPECT_EQ(parseRate("1.000,5%").error, reason::kThousands);
}

TEST(ParseBool, AcceptsEveryListedPairInAnyCase) {
  const std::pair<std::string_view, bool> cases[] = {
      {"1", true},   {"0", false},   {"true", true}, {"false", false}, {"TRUE", true},    {"False", false},
      {"yes", true}, {"no", false},  {"Yes", true},  {"NO", false},    {"ja", true},      {"nee", false},
      {"JA", true},  {"Nee", false}, {"y", true},    {"n", false},     {"Y", true},       {"N", false},
      {"j", true},   {"J", true},    {" ja ", true}, {"WAAR", true},   {"onwaar", false},
  };
  for (const auto& [text, value] : cases) {
    SCOPED_TRACE(text);
    const auto b = parseBool(text);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b.value, value);
  }
  for (std::string_view bad : {"2", "-1", "si", "oui", "jaa", "yes!", "t", "f", "", "nee nee"}) {
    SCOPED_TRACE(bad);
    EXPECT_EQ(parseBool(bad).error, reason::kNotBoolean);
  }
}

}  // namespace
}  // namespace salesops::ingest
