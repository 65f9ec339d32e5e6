// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A reject file is written in its input's encoding: the bytes of a rejected row are the bytes it had.
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "FileBytes.h"
#include "TestFiles.h"

#include "salesops/ingest/RejectFile.h"
#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {
namespace {

// Parses `csv`, writes its rejected rows in the encoding the parser found, returns the file's bytes.
std::string rejectsOf(std::string_view csv) {
  const auto file = test::parseText(csv);
  EXPECT_TRUE(file.ok());
  if (!file.ok()) return {};
  const std::string path = test::writeTemp("rejects.csv", "");
  std::remove(path.c_str());
  RejectFile rejects;
  EXPECT_TRUE(rejects.open(path, file->info.header, file->info.delimiter, file->info.encoding));
  for (const auto& row : file->rows.rejected) rejects.write(row);
  const auto name = rejects.commit();
  EXPECT_TRUE(name.ok());
  return name.ok() ? slurp(*name) : std::string();
}

TEST(RejectFileEncoding, AWindows1252InputGetsItsOwnBytesBack) {
  // Dutch Excel's CSV: `;` and Windows-1252 (é is E9, € is 80). Line 3 has an impossible date.
  const std::string rejects = rejectsOf(
      "order_id;ordered_at;rep_id;area;product;monthly_fee\r\n"
      "O1;02-11-2026 10:00;R1;A1;Caf\xE9-pakket;39,95\r\n"
      "O2;31-02-2026 10:00;R1;A1;Caf\xE9 \x80 actie;42,50\r\n");
  EXPECT_EQ(rejects,
            "order_id;ordered_at;rep_id;area;product;monthly_fee;line;error\n"
            "O2;31-02-2026 10:00;R1;A1;Caf\xE9 \x80 actie;42,50;3;ordered_at: impossible date (31-02-2026 10:00)\n");
}

TEST(RejectFileEncoding, AUtf8InputWithBomKeepsItsBom) {
  const std::string rejects = rejectsOf(
      "\xEF\xBB\xBFrep_id,name,team,active_from\n"
      "R1,Jos\xC3\xA9,Zuid,gisteren\n");
  EXPECT_EQ(rejects,
            "\xEF\xBB\xBFrep_id,name,team,active_from,line,error\n"
            "R1,Jos\xC3\xA9,Zuid,gisteren,2,\"active_from: not a date (expected YYYY-MM-DD, DD-MM-YYYY or "
            "DD/MM/YYYY) (gisteren)\"\n");
}

TEST(RejectFileEncoding, Utf8BackToWindows1252IsExactForEveryByte) {
  std::string all;
  for (int b = 1; b < 256; ++b) all += static_cast<char>(b);
  EXPECT_EQ(utf8ToWindows1252(windows1252ToUtf8(all)), all);
  // What the code page cannot hold becomes a question mark, one per character.
  EXPECT_EQ(utf8ToWindows1252("a\xE2\x90\x80z \xE2\x86\x92"), "a?z ?");  // ␀ and →
}

}  // namespace
}  // namespace salesops::ingest
