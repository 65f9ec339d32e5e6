// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 on the command line: reject files and exports never clobber the store, an input or an
// existing file; CSV outputs are safe to open in a spreadsheet; `import --dry-run` changes nothing.
#include <filesystem>
#include <gtest/gtest.h>

#include "CliRunner.h"

using namespace salesops::clitest;
namespace fs = std::filesystem;

namespace {

const std::string kVisitsOfTwoReps =
    "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
    "V1,2026-11-03 17:45,R001,UTR-01,sale,d2d,3512 AB,10\n"
    "V2,2026-11-03 18:05,R002,UTR-01,not_home,d2d,3512AB,12A\n"
    "V3,2026-11-31 18:20,R001,UTR-01,sale,d2d,3512AB,14\n";
const std::string kReps = "rep_id,name,team\nR001,Anne,=1+1\nR002,Piet,+cmd|' /C calc'!A0\n";
const std::string kPeriod = " --from 2026-11-02 --to 2026-11-08 --by team";

std::string db(const TempDir& dir) { return "--db " + dir.file("s.sqlite"); }

// A store with two reps in teams whose names look like formulas, and their visits.
void fill(const TempDir& dir) {
  writeFile(dir.file("reps.csv"), kReps);
  writeFile(dir.file("visits.csv"), kVisitsOfTwoReps);
  ASSERT_EQ(cli(db(dir) + " import " + dir.file("reps.csv")).exitCode, 0);
  ASSERT_EQ(cli(db(dir) + " import " + dir.file("visits.csv")).exitCode, 1);  // V3: impossible date
}

}  // namespace

TEST(OutputSafety, ARejectFileNamedAsTheStoreOrTheInputIsRefusedWithExitTwo) {
  TempDir dir;
  fill(dir);
  const std::string store = readFile(dir.file("s.sqlite"));
  fs::create_symlink(dir.file("s.sqlite"), dir.file("link.csv"));
  for (const std::string& reject :
       {dir.file("s.sqlite"), dir.file("link.csv"), dir.file("s.sqlite-wal"), dir.file("visits.csv")}) {
    CliRun r = cli(db(dir) + " import --reject-file " + reject + " " + dir.file("visits.csv"));
    EXPECT_EQ(r.exitCode, 2) << reject;
    EXPECT_NE(r.err.find("refusing to write"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(readFile(dir.file("s.sqlite")), store);
  EXPECT_EQ(readFile(dir.file("visits.csv")), kVisitsOfTwoReps);
}

TEST(OutputSafety, TheSummaryNamesTheNextFreeRejectFile) {
  TempDir dir;
  fill(dir);  // wrote visits.rejected.csv
  writeFile(dir.file("visits.rejected.csv"), "fixed\n");
  CliRun text = cli(db(dir) + " import " + dir.file("visits.csv"));
  EXPECT_EQ(text.exitCode, 1);
  EXPECT_NE(text.err.find("rejected rows written to " + dir.file("visits.rejected-2.csv")), std::string::npos)
      << text.err;
  CliRun json = cli(db(dir) + " import --format json " + dir.file("visits.csv"));
  EXPECT_NE(json.out.find("\"reject_file\": \"" + dir.file("visits.rejected-3.csv") + "\""), std::string::npos)
      << json.out;
  EXPECT_EQ(readFile(dir.file("visits.rejected.csv")), "fixed\n");
}

TEST(OutputSafety, DryRunReportsUpdatesWithOldAndNewValuesAndChangesNothing) {
  TempDir dir;
  writeFile(dir.file("new.csv"),
            "order_id,ordered_at,rep_id,area,installed_at\nO1,2026-11-02 10:00,R001,UTR-01,"
            "2026-11-16 09:30\nO2,2026-11-02 11:00,R001,UTR-01,\n");
  writeFile(dir.file("old.csv"),
            "order_id,ordered_at,rep_id,area,installed_at\nO1,2026-11-02 10:00,R001,UTR-01,\n"
            "O2,2026-11-02 11:00,R001,UTR-01,\nO3,2026-11-31 10:00,R001,UTR-01,\n");
  ASSERT_EQ(cli(db(dir) + " import " + dir.file("new.csv")).exitCode, 0);
  CliRun r = cli(db(dir) + " import --dry-run --format json " + dir.file("old.csv"));
  EXPECT_EQ(r.exitCode, 1) << r.err;  // as the real import would: one row rejected
  EXPECT_NE(r.out.find("\"inserted\": 0, \"updated\": 1, \"unchanged\": 1, \"rejected\": 1, \"status\": \"dry-run\", "
                       "\"reject_file\": null"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"dry_run\": true, \"changes\": [{\"id\": \"O1\", \"changes\": {\"installed_at\": "
                       "{\"old\": \"2026-11-16 09:30:00\", \"new\": null}}}]"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(dir.file("old.rejected.csv")));
  CliRun text = cli(db(dir) + " import --dry-run " + dir.file("old.csv"));
  EXPECT_NE(text.out.find("0 inserted, 1 updated, 1 unchanged, 1 rejected (dry run"), std::string::npos) << text.out;
  EXPECT_NE(text.err.find("would update O1: installed_at 2026-11-16 09:30:00 -> (empty)"), std::string::npos)
      << text.err;
  // Nothing was changed: the real import still finds O1 to update.
  CliRun real = cli(db(dir) + " import " + dir.file("old.csv"));
  EXPECT_NE(real.out.find("0 inserted, 1 updated, 1 unchanged, 1 rejected\n"), std::string::npos) << real.out;
}

TEST(OutputSafety, ExportAndReportRefuseTheStoreAsOutput) {
  TempDir dir;
  fill(dir);
  const std::string store = readFile(dir.file("s.sqlite"));
  fs::create_symlink(dir.file("s.sqlite"), dir.file("link.csv"));
  fs::create_symlink(dir.file("s.sqlite"), dir.file("link.pdf"));
  CliRun table = cli(db(dir) + " export table" + kPeriod + " --out " + dir.file("link.csv"));
  EXPECT_EQ(table.exitCode, 2);
  EXPECT_NE(table.err.find("it is the store"), std::string::npos) << table.err;
  CliRun chart = cli(db(dir) + " export chart funnel --from 2026-11-02 --to 2026-11-08 --out " + dir.file("link.pdf"));
  EXPECT_EQ(chart.exitCode, 2);
  CliRun report = cli(db(dir) + " report --week 2026-W45 --out " + dir.file("link.pdf"));
  EXPECT_EQ(report.exitCode, 2);
  EXPECT_NE(report.err.find("it is the store"), std::string::npos) << report.err;
  EXPECT_EQ(readFile(dir.file("s.sqlite")), store);
  // A store named like a CSV file, given as --out under another spelling.
  fs::copy_file(dir.file("s.sqlite"), dir.file("store.csv"));
  CliRun same = cli("--db " + dir.file("store.csv") + " export table" + kPeriod + " --out " + dir.file("./store.csv"));
  EXPECT_EQ(same.exitCode, 2);
  EXPECT_EQ(readFile(dir.file("store.csv")), store);
}

TEST(OutputSafety, ExportsReplaceASymlinkNotItsTarget) {
  TempDir dir;
  fill(dir);
  writeFile(dir.file("victim.txt"), "keep me\n");
  fs::create_symlink(dir.file("victim.txt"), dir.file("out.csv"));
  CliRun r = cli(db(dir) + " export table" + kPeriod + " --out " + dir.file("out.csv"));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_FALSE(fs::is_symlink(dir.file("out.csv")));
  EXPECT_EQ(readFile(dir.file("victim.txt")), "keep me\n");
}

TEST(OutputSafety, CsvOutputsQuoteFormulaLikeTeamNames) {
  TempDir dir;
  fill(dir);
  CliRun kpi = cli(db(dir) + " kpi --format csv" + kPeriod);
  EXPECT_EQ(kpi.exitCode, 0) << kpi.err;
  EXPECT_EQ(countLines(kpi.out, "'+cmd|' /C calc'!A0,1,"), 1) << kpi.out;
  EXPECT_EQ(countLines(kpi.out, "'=1+1,1,"), 1) << kpi.out;
  CliRun table = cli(db(dir) + " export table" + kPeriod + " --out " + dir.file("t.csv"));
  EXPECT_EQ(table.exitCode, 0) << table.err;
  const std::string csv = readFile(dir.file("t.csv"));
  EXPECT_EQ(countLines(csv, "'=1+1,1,"), 1) << csv;
  EXPECT_EQ(countLines(csv, "'+cmd|' /C calc'!A0,1,"), 1) << csv;
}
