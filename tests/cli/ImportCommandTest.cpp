// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>
#include <gtest/gtest.h>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {

const std::string kGood =
    "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
    "V1,2026-11-03 17:45,R001,UTR-01,sale,d2d,3512 AB,10\n"
    "V2,2026-11-03 18:05,R001,UTR-01,not_home,d2d,3512AB,12A\n";
const std::string kOneBad = kGood + "V3,2026-11-03 18:20,R001,UTR-01,maybe,d2d,3512AB,14\n";

}  // namespace

TEST(ImportCommand, GoodFileExitsZeroAndPrintsTheFourCounts) {
  TempDir dir;
  writeFile(dir.file("visits.csv"), kGood);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, dir.file("visits.csv") + ": visits, 2 inserted, 0 updated, 0 unchanged, 0 rejected\n");
  CliRun again = cli("--db " + dir.file("s.sqlite") + " import " + dir.file("visits.csv"));
  EXPECT_EQ(again.exitCode, 0);
  EXPECT_EQ(again.out, dir.file("visits.csv") + ": visits, 0 inserted, 0 updated, 2 unchanged, 0 rejected\n");
}

TEST(ImportCommand, RejectedRowsExitOneWithJsonErrorsAndARejectFile) {
  TempDir dir;
  writeFile(dir.file("visits.csv"), kOneBad);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import --format json " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("\"kind\": \"visits\", \"inserted\": 2, \"updated\": 0, \"unchanged\": 0, \"rejected\": 1"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("{\"line\": 4, \"column\": \"outcome\", \"value\": \"maybe\", \"reason\": "), std::string::npos)
      << r.out;
  EXPECT_EQ(countLines(r.out, "{\"file\""), 1);
  EXPECT_TRUE(std::filesystem::exists(dir.file("visits.rejected.csv")));
  EXPECT_EQ(countLines(readFile(dir.file("visits.rejected.csv")), "V3,"), 1);
}

TEST(ImportCommand, RejectFileCanBeNamed) {
  TempDir dir;
  writeFile(dir.file("visits.csv"), kOneBad);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import --reject-file " + dir.file("bad.csv") + " " +
                 dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(std::filesystem::exists(dir.file("bad.csv")));
  EXPECT_FALSE(std::filesystem::exists(dir.file("visits.rejected.csv")));
}

TEST(ImportCommand, StrictRefusesTheFileWithExitTwoAndImportsNothing) {
  TempDir dir;
  writeFile(dir.file("visits.csv"), kOneBad);
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import --strict " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("refused"), std::string::npos) << r.err;
  // Nothing was written: importing the good rows afterwards inserts both.
  writeFile(dir.file("good.csv"), kGood);
  CliRun after = cli("--db " + dir.file("s.sqlite") + " import " + dir.file("good.csv"));
  EXPECT_NE(after.out.find("2 inserted"), std::string::npos) << after.out;
}

TEST(ImportCommand, ADutchExcelExportJustWorks) {
  TempDir dir;
  const std::string file = copyTestData(dir, "dutch-excel-orders.csv");
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import --format json " + file);
  // Three good orders; line 5 has 31-02-2026, an impossible date, and is kept aside.
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("\"kind\": \"orders\", \"inserted\": 3, \"updated\": 0, \"unchanged\": 0, \"rejected\": 1"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"line\": 5, \"column\": \"ordered_at\", \"value\": \"31-02-2026 10:00\""), std::string::npos);
}

TEST(ImportCommand, SeveralFilesGiveOneLineEachAndTheWorstExitCode) {
  TempDir dir;
  writeFile(dir.file("a.csv"), kGood);
  writeFile(dir.file("b.csv"), "order_id,cancelled_at\nO1,2026-11-04\n");
  writeFile(dir.file("c.csv"), "this,is,not,an,export\n1,2,3,4,5\n");
  CliRun r = cli("--db " + dir.file("s.sqlite") + " import " + dir.file("a.csv") + " " + dir.file("b.csv") + " " +
                 dir.file("c.csv"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(countLines(r.out, " inserted, "), 2) << r.out;
  EXPECT_NE(r.out.find("b.csv: cancellations, 1 inserted"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("c.csv"), std::string::npos) << r.err;
}

TEST(ImportCommand, AFileThatIsNotAStoreIsRefusedUntouched) {
  TempDir dir;
  const std::string notes = "my notes, not a database\n" + std::string(1000, '.');
  writeFile(dir.file("notes.txt"), notes);
  writeFile(dir.file("visits.csv"), kGood);
  CliRun r = cli("--db " + dir.file("notes.txt") + " import " + dir.file("visits.csv"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("not a SalesOps store"), std::string::npos) << r.err;
  EXPECT_EQ(readFile(dir.file("notes.txt")), notes);
}

TEST(ImportCommand, UsageErrorsExitTwo) {
  TempDir dir;
  EXPECT_EQ(cli("--db " + dir.file("s.sqlite") + " import").exitCode, 2);
  EXPECT_EQ(cli("--db " + dir.file("s.sqlite") + " import --kind shoes x.csv").exitCode, 2);
  EXPECT_EQ(cli("--db " + dir.file("s.sqlite") + " import --bogus x.csv").exitCode, 2);
  EXPECT_EQ(cli("--db " + dir.file("s.sqlite") + " import " + dir.file("missing.csv")).exitCode, 2);
  EXPECT_EQ(cli("frobnicate").exitCode, 2);
  EXPECT_EQ(cli("").exitCode, 2);
}

TEST(ImportCommand, HelpAndVersionExitZero) {
  CliRun help = cli("import --help");
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_NE(help.out.find("--strict"), std::string::npos);
  EXPECT_NE(help.out.find("--reject-file"), std::string::npos);
  CliRun version = cli("--version");
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_EQ(version.out.rfind("salesops-cli ", 0), 0u) << version.out;
}
