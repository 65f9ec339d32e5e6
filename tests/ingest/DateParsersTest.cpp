// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

struct DateCase {
  std::string_view text;
  std::string_view expected;  // YYYY-MM-DD, or empty when the parse must fail
  std::string_view reason = {};
};

TEST(ParseDate, AcceptsIsoAndDayFirstForms) {
  const DateCase cases[] = {
      {"2026-11-03", "2026-11-03"}, {"03-11-2026", "2026-11-03"}, {"03/11/2026", "2026-11-03"},
      {"3-11-2026", "2026-11-03"},  {"3/1/2026", "2026-01-03"},   {" 2026-11-03 ", "2026-11-03"},
      {"29-02-2024", "2024-02-29"}, {"31-12-2026", "2026-12-31"}, {"01/02/2026", "2026-02-01"},  // never Jan 2nd
      {"2026-1-5", "2026-01-05"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto d = parseDate(c.text);
    ASSERT_TRUE(d.ok()) << d.error;
    EXPECT_EQ(d.value.toString(), c.expected);
  }
}

TEST(ParseDate, RejectsMalformedAndImpossibleDates) {
  const DateCase cases[] = {
      {"31-02-2026", "", reason::kImpossibleDate}, {"2026-02-29", "", reason::kImpossibleDate},
      {"2026-13-01", "", reason::kImpossibleDate}, {"00-01-2026", "", reason::kImpossibleDate},
      {"31/04/2026", "", reason::kImpossibleDate}, {"2026/11/03", "", reason::kNotDate},
      {"03-11/2026", "", reason::kNotDate},        {"03-11-26", "", reason::kNotDate},
      {"20261103", "", reason::kNotDate},          {"tomorrow", "", reason::kNotDate},
      {"2026-11-03 17:45", "", reason::kNotDate},  {"123-11-2026", "", reason::kNotDate},
      {"2026-11-033", "", reason::kNotDate},       {"", "", reason::kNotDate},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto d = parseDate(c.text);
    EXPECT_FALSE(d.ok());
    EXPECT_EQ(d.error, c.reason);
  }
}

TEST(ParseDateTime, AcceptsEveryWrittenForm) {
  const DateCase cases[] = {
      {"2026-11-03 17:45:00", "2026-11-03 17:45:00"}, {"2026-11-03 17:45", "2026-11-03 17:45:00"},
      {"2026-11-03T17:45:09", "2026-11-03 17:45:09"}, {"2026-11-03T17:45", "2026-11-03 17:45:00"},
      {"31-12-2026 17:45", "2026-12-31 17:45:00"},    {"31/12/2026 17:45:30", "2026-12-31 17:45:30"},
      {"31-12-2026 9:05", "2026-12-31 09:05:00"},     {"2026-11-03", "2026-11-03 00:00:00"},  // bare date: midnight
      {"03-11-2026", "2026-11-03 00:00:00"},          {"2026-11-03 17:45:09.250", "2026-11-03 17:45:09"},
      {"2026-11-03 00:00", "2026-11-03 00:00:00"},    {"2026-11-03 23:59:59", "2026-11-03 23:59:59"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto t = parseDateTime(c.text);
    ASSERT_TRUE(t.ok()) << t.error;
    EXPECT_EQ(t.value.toString(), c.expected);
  }
}

TEST(ParseDateTime, ConvertsUtcAndOffsetsToAmsterdamTime) {
  const DateCase cases[] = {
      // Winter (UTC+1).
      {"2026-11-03T16:45:00Z", "2026-11-03 17:45:00"},
      {"2026-11-03T16:45:00z", "2026-11-03 17:45:00"},
      {"2026-11-03T17:45:00+01:00", "2026-11-03 17:45:00"},
      {"2026-11-03T17:45:00+0100", "2026-11-03 17:45:00"},
      {"2026-11-03T17:45:00+01", "2026-11-03 17:45:00"},
      {"2026-11-03T11:45:00-05:00", "2026-11-03 17:45:00"},
      {"2026-11-03 21:15+05:30", "2026-11-03 16:45:00"},
      {"2026-12-31T23:30:00Z", "2027-01-01 00:30:00"},  // crosses the year
      // Summer (UTC+2).
      {"2026-07-01T10:00:00Z", "2026-07-01 12:00:00"},
      {"2026-07-01T12:00:00+02:00", "2026-07-01 12:00:00"},
      // Around the switches of 2026: 29 March and 25 October at 01:00 UTC.
      {"2026-03-29T00:59:59Z", "2026-03-29 01:59:59"},
      {"2026-03-29T01:00:00Z", "2026-03-29 03:00:00"},
      {"2026-10-25T00:30:00Z", "2026-10-25 02:30:00"},
      {"2026-10-25T01:30:00Z", "2026-10-25 02:30:00"},  // the repeated hour
      {"2026-11-03T17:45:00.5Z", "2026-11-03 18:45:00"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto t = parseDateTime(c.text);
    ASSERT_TRUE(t.ok()) << t.error;
    EXPECT_EQ(t.value.toString(), c.expected);
  }
}

TEST(ParseDateTime, RejectsMalformedTimesAndOffsets) {
  const DateCase cases[] = {
      {"2026-11-03 24:00", "", reason::kImpossibleTime},
      {"2026-11-03 17:60", "", reason::kImpossibleTime},
      {"2026-11-03 17:45:60", "", reason::kImpossibleTime},
      {"31-02-2026 10:00", "", reason::kImpossibleDate},
      {"2026-11-03 17", "", reason::kNotDateTime},
      {"2026-11-03 17:4", "", reason::kNotDateTime},
      {"2026-11-03 17:45:1", "", reason::kNotDateTime},
      {"2026-11-03_17:45", "", reason::kNotDateTime},
      {"2026-11-03 17:45 pm", "", reason::kNotDateTime},
      {"2026-11-03 17:45:00.", "", reason::kNotDateTime},
      {"2026-11-03T17:45:00+1", "", reason::kBadOffset},
      {"2026-11-03T17:45:00+01:0", "", reason::kBadOffset},
      {"2026-11-03T17:45:00+15:00", "", reason::kBadOffset},
      {"2026-11-03T17:45:00+01:00x", "", reason::kBadOffset},
      {"2026-11-03T17:45:00Zulu", "", reason::kBadOffset},
      {"3 nov 2026", "", reason::kNotDateTime},
      {"", "", reason::kNotDateTime},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto t = parseDateTime(c.text);
    EXPECT_FALSE(t.ok());
    EXPECT_EQ(t.error, c.reason);
  }
}

TEST(ParseIsoWeek, AcceptsIsoWeeksAndRejectsOthers) {
  EXPECT_EQ(parseIsoWeek("2026-W48").value, (IsoWeek{2026, 48}));
  EXPECT_EQ(parseIsoWeek(" 2026W05 ").value, (IsoWeek{2026, 5}));
  EXPECT_EQ(parseIsoWeek("2026-w5").value, (IsoWeek{2026, 5}));
  EXPECT_EQ(parseIsoWeek("2025-W53").error, reason::kNotIsoWeek);  // 2025 has 52 weeks
  EXPECT_TRUE(parseIsoWeek("2026-W53").ok());                      // 1 January 2026 was a Thursday
  EXPECT_EQ(parseIsoWeek("2026-48").error, reason::kNotIsoWeek);
  EXPECT_EQ(parseIsoWeek("W48").error, reason::kNotIsoWeek);
}

}  // namespace
}  // namespace salesops::ingest
