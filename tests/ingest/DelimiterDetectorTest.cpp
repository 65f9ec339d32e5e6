// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/ingest/DelimiterDetector.h"

namespace salesops::ingest {
namespace {

TEST(DetectDelimiter, PicksTheMostFrequentCandidateOfTheHeaderLine) {
  const std::pair<std::string_view, char> cases[] = {
      {"visit_id,visited_at,rep_id\n", ','},
      {"bezoek_id;datum;verkoper\n", ';'},
      {"visit_id\tvisited_at\trep_id\n", '\t'},
      {"visit_id|visited_at|rep_id\r\n", '|'},
      {"name;\"city, town\";homes\n", ';'},  // the comma is quoted
      {"\"a;b\",\"c;d\",e\n", ','},          // semicolons only inside quotes
      {"a;b;c\nx,y,z,w,v,u\n", ';'},         // only the header line counts
      {"\"multi\nline\";b;c\n", ';'},        // a quoted line end is not the end of the header
      {"a,b;c\n", ','},                      // a tie goes to the comma
      {"a;b|c\n", ';'},                      // then the semicolon
      {"visit_id\n", ','},                   // one column: the default
      {"", ','},
  };
  for (const auto& [text, delimiter] : cases) {
    SCOPED_TRACE(::testing::PrintToString(text));
    EXPECT_EQ(detectDelimiter(text), delimiter);
  }
}

}  // namespace
}  // namespace salesops::ingest
