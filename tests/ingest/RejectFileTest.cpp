// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "FileBytes.h"
#include "TestFiles.h"

#include "salesops/ingest/RejectFile.h"

namespace salesops::ingest {
namespace {

Result<std::string> writeRejects(const test::ParsedFile& file, const std::string& name) {
  const std::string path = test::writeTemp(name, "");
  std::remove(path.c_str());  // a reject file never replaces a file: start from a free name
  RejectFile rejects;
  if (auto r = rejects.open(path, file.info.header); !r) return r.error();
  for (const auto& row : file.rows.rejected) rejects.write(row);
  return rejects.commit();
}

TEST(RejectFile, WritesOriginalFieldsPlusLineAndError) {
  const auto file = test::parseAll(test::dataPath("dutch-excel-orders.csv"));
  ASSERT_TRUE(file.ok());
  const auto path = writeRejects(*file, "rejects.csv");
  ASSERT_TRUE(path.ok()) << path.error().message;
  EXPECT_EQ(slurp(*path),
            "Ordernummer,Besteld op,Verkoper,Kanaal,Gebied,Bezoek ID,Postcode,Huisnummer,Toevoeging,Pakket,Maandbedrag,"
            "Aangesloten op,FTR,line,error\n"
            "O-2026-0004,31-02-2026 10:00,R012,deur,UTR-01,,,,,,\"42,50\",,,5,ordered_at: impossible date (31-02-2026 "
            "10:00)\n");
}

TEST(RejectFile, CanBeFixedAndImportedAgain) {
  const auto file = test::parseText(
      "rep_id;name;team;active_from\nR1;Anne;Noord;\nR2;\"Piet \"\"P\"\" Jansen\";;2026-01-01\nR3;Els;Zuid;gisteren\n");
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->rows.rejected.size(), 2u);
  const auto path = writeRejects(*file, "rejects.csv");
  ASSERT_TRUE(path.ok());

  // Read back unchanged: the same rows are rejected again, `line` and `error` ignored.
  const auto again = test::parseAll(*path);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->info.ignoredColumns, (std::vector<std::string>{"line", "error"}));
  ASSERT_EQ(again->rows.rejected.size(), 2u);
  EXPECT_EQ(again->rows.rejected[0].error.reason, "required value is empty");
  EXPECT_EQ(again->rows.rejected[0].fields[1], "Piet \"P\" Jansen");

  // A reject file of a reject file reuses its `line` and `error` columns.
  const auto second = writeRejects(*again, "rejects2.csv");
  ASSERT_TRUE(second.ok());
  const std::string text = slurp(*second);
  EXPECT_EQ(text.substr(0, text.find('\n')), "rep_id,name,team,active_from,line,error");
  EXPECT_NE(text.find(",2,team: required value is empty ()\n"), std::string::npos) << text;

  // Fixed by the user: everything imports.
  std::string fixed = slurp(*path);
  fixed.replace(fixed.find(",,2026-01-01"), 12, ",Zuid,2026-01-01");
  fixed.replace(fixed.find("gisteren"), 8, "2026-11-02");
  const auto repaired = test::parseText(fixed);
  ASSERT_TRUE(repaired.ok());
  EXPECT_TRUE(repaired->rows.rejected.empty());
  ASSERT_EQ(repaired->rows.reps.size(), 2u);
  EXPECT_EQ(repaired->rows.reps[0].name, "Piet \"P\" Jansen");
  EXPECT_EQ(repaired->rows.reps[1].activeFrom, Date::fromYmd(2026, 11, 2));
}

TEST(RejectFile, KeepsFieldsBeyondTheHeaderAfterTheErrorColumn) {
  const auto file = test::parseText("rep_id,name,team\nR1,Anne,Noord,Zuid\n");
  ASSERT_TRUE(file.ok());
  const auto path = writeRejects(*file, "rejects.csv");
  ASSERT_TRUE(path.ok());
  EXPECT_EQ(slurp(*path),
            "rep_id,name,team,line,error\nR1,Anne,Noord,2,\"this row has 4 fields, the header 3 (a delimiter inside "
            "a value that is not quoted?) (Zuid)\",Zuid\n");
}

TEST(RejectFile, DescribesRowErrors) {
  EXPECT_EQ(RejectFile::describe({7, "postcode", "B-1000", "not a Dutch postcode (1234 AB)"}),
            "postcode: not a Dutch postcode (1234 AB) (B-1000)");
  EXPECT_EQ(RejectFile::describe({7, "", "x", "too many fields"}), "too many fields (x)");
}

TEST(RejectFile, ReportsAnUnwritablePath) {
  RejectFile rejects;
  EXPECT_FALSE(rejects.open("/nonexistent/dir/rejects.csv", {"a"}).ok());
}

}  // namespace
}  // namespace salesops::ingest
