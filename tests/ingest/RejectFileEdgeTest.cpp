// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "TestFiles.h"

#include "salesops/ingest/RejectFile.h"

namespace salesops::ingest {

// Found by the asan preset (UBSan): the fields a short row lacks were written from a default
// string_view, passing a null pointer to fwrite. They are written as empty fields.
TEST(RejectFileEdge, ARowShorterThanTheHeaderIsWrittenWithEmptyFields) {
  const std::string path = test::writeTemp("rejects.csv", "");
  std::remove(path.c_str());  // a reject file never replaces a file: start from a free name
  RejectFile rejects;
  ASSERT_TRUE(rejects.open(path, {"visit_id", "visited_at", "rep_id"}));
  rejects.write(RejectedRow{{3, "visited_at", "", "required value is empty"}, {"V1"}});
  rejects.write(RejectedRow{{4, "visit_id", "", "required value is empty"}, {}});
  const auto written = rejects.commit();
  ASSERT_TRUE(written) << written.error().message;
  ASSERT_EQ(*written, path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(),
            "visit_id,visited_at,rep_id,line,error\n"
            "V1,,,3,visited_at: required value is empty ()\n"
            ",,,4,visit_id: required value is empty ()\n");
}

}  // namespace salesops::ingest
