// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {
const char* kFiles[] = {"reps.csv", "areas.csv", "targets.csv", "visits.csv", "orders.csv", "cancellations.csv"};
const std::string kOptions = " demo --clean --visits 3000 --days 28 --end 2026-11-27 --seed 7";
}  // namespace

TEST(DemoCommand, SameOptionsWriteIdenticalFiles) {
  TempDir dir;
  ASSERT_EQ(cli(kOptions + " --csv-out " + dir.file("a")).exitCode, 0);
  ASSERT_EQ(cli(kOptions + " --csv-out " + dir.file("b")).exitCode, 0);
  for (const char* f : kFiles) {
    const std::string a = readFile(dir.file("a/") + f);
    EXPECT_FALSE(a.empty()) << f;
    EXPECT_EQ(a, readFile(dir.file("b/") + f)) << f;
  }
  EXPECT_EQ(countLines(readFile(dir.file("a/visits.csv")), ",2026-"), 3000);
}

// The demo written straight into a store and the same demo written as CSV and imported must be the
// same data: importing the CSV files into that store finds every row unchanged.
TEST(DemoCommand, DirectStoreAndCsvImportGiveTheSameData) {
  TempDir dir;
  const std::string db = " --db " + dir.file("s.sqlite");
  CliRun direct = cli(db + kOptions);
  ASSERT_EQ(direct.exitCode, 0) << direct.err;
  EXPECT_NE(direct.out.find("visits             3000 inserted, 0 updated, 0 unchanged"), std::string::npos)
      << direct.out;
  ASSERT_EQ(cli(kOptions + " --csv-out " + dir.file("csv")).exitCode, 0);
  std::string files;
  for (const char* f : kFiles) files += " " + dir.file("csv/") + f;
  CliRun imported = cli(db + " import --format json" + files);
  EXPECT_EQ(imported.exitCode, 0) << imported.out << imported.err;
  EXPECT_EQ(countLines(imported.out, "\"inserted\": 0, \"updated\": 0"), 6) << imported.out;
  EXPECT_NE(imported.out.find("\"kind\": \"visits\", \"inserted\": 0, \"updated\": 0, \"unchanged\": 3000"),
            std::string::npos)
      << imported.out;
}

TEST(DemoCommand, BadOptionsExitTwo) {
  TempDir dir;
  EXPECT_EQ(cli(" --db " + dir.file("s.sqlite") + " demo --visits -5").exitCode, 2);
  EXPECT_EQ(cli(" --db " + dir.file("s.sqlite") + " demo --end 2026-02-30").exitCode, 2);
}
