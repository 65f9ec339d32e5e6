// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `salesops-cli copy` (issue 15, item 6): a store copied SQLite -> team server -> new SQLite file is
// the same store, table for table and KPI for KPI.
#include <filesystem>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "CliRunner.h"
#include "PgTestServer.h"

using namespace salesops::clitest;
using namespace salesops::pgtest;

namespace {

// Every row of every table of a SQLite store (derived ones too: rollups, visit zones, installs,
// the cancellation on each order), sorted, one table after the other.
std::string dumpSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK) << path;
  std::vector<std::string> tables;
  auto collect = [](void* out, int, char** values, char**) {
    static_cast<std::vector<std::string>*>(out)->emplace_back(values[0]);
    return 0;
  };
  sqlite3_exec(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name",
               collect, &tables, nullptr);
  std::string dump;
  for (const std::string& t : tables) {
    std::vector<std::string> rows;
    auto row = [](void* out, int n, char** values, char**) {
      std::string line;
      for (int i = 0; i < n; ++i) line += std::string(values[i] ? values[i] : "NULL") + "|";
      static_cast<std::vector<std::string>*>(out)->push_back(line);
      return 0;
    };
    sqlite3_exec(db, ("SELECT * FROM " + t).c_str(), row, &rows, nullptr);
    std::sort(rows.begin(), rows.end());
    dump += "== " + t + " (" + std::to_string(rows.size()) + ")\n";
    for (const std::string& r : rows) dump += r + "\n";
  }
  sqlite3_close(db);
  return dump;
}

class CopyCommand : public PgTest {
 protected:
  std::string server() { return "'" + db() + "'"; }
  std::string count(const std::string& table) {
    return admin("SELECT count(*) FROM salesops." + table).rows.at(0).at(0);
  }
  TempDir dir_;
};

TEST_F(CopyCommand, TheDemoStoreGoesToTheServerAndBackUnchanged) {
  const std::string demo = dir_.file("demo.sqlite");
  ASSERT_EQ(cli("--db " + demo + " demo --visits 3000 --days 28 --end 2026-11-27 --seed 7").exitCode, 0);
  // And an import, so the import log (with where the import came from) travels too.
  ASSERT_EQ(cli("--db " + demo + " import '" + kSample + "reps.csv'").exitCode, 0);

  CliRun there = cli("--quiet copy --from " + demo + " --to " + server());
  ASSERT_EQ(there.exitCode, 0) << there.err;
  // 3,000 visits and the three planted data-quality visits of the demo (without --clean).
  EXPECT_NE(there.out.find("  visit         3003\n"), std::string::npos) << there.out;
  EXPECT_EQ(count("visit"), "3003");
  EXPECT_EQ(count("rep"), "18");
  EXPECT_EQ(admin("SELECT file_name || ':' || source FROM salesops.import_log").rows.at(0).at(0), "reps.csv:import");
  // Ids continue after the copied ones on the server: a new code gets the next free id.
  admin("INSERT INTO salesops.rep_code(code) VALUES('R-NEW'); DELETE FROM salesops.rep_code WHERE code = 'R-NEW'");

  const std::string back = dir_.file("back.sqlite");
  CliRun home = cli("--quiet copy --from " + server() + " --to " + back);
  ASSERT_EQ(home.exitCode, 0) << home.err;
  EXPECT_EQ(home.out.substr(home.out.find('\n')), there.out.substr(there.out.find('\n')));

  // Table for table, row for row the same store, SQLite-only rollups included ...
  const std::string original = dumpSqlite(demo);
  EXPECT_NE(original.find("== visit (3003)"), std::string::npos);
  EXPECT_EQ(dumpSqlite(back), original);
  // ... and every KPI the same, by every grouping the engine has.
  for (const std::string by : {"area", "rep", "day", "team", "channel", "hour", "product"}) {
    const std::string kpi = " kpi --from 2026-10-01 --to 2026-11-27 --by " + by + " --format json";
    CliRun a = cli("--db " + demo + kpi);
    CliRun b = cli("--db " + back + kpi);
    ASSERT_EQ(a.exitCode, 0) << a.err;
    EXPECT_GT(a.out.size(), 500u) << by;
    EXPECT_EQ(b.out, a.out) << by;
  }
  CliRun da = cli("--db " + demo + " dashboard --date 2026-11-27 --format json");
  ASSERT_EQ(da.exitCode, 0) << da.err;
  EXPECT_EQ(cli("--db " + back + " dashboard --date 2026-11-27 --format json").out, da.out);
}

TEST_F(CopyCommand, ATargetThatHoldsRowsIsRefusedAndLeftAsItWas) {
  const std::string demo = dir_.file("demo.sqlite");
  ASSERT_EQ(cli("--db " + demo + " import '" + kSample + "reps.csv'").exitCode, 0);
  ASSERT_EQ(cli("--db " + server() + " import '" + kSample + "areas.csv'").exitCode, 0);
  CliRun into = cli("copy --from " + demo + " --to " + server());
  EXPECT_EQ(into.exitCode, 2);
  EXPECT_NE(into.err.find("is not empty (it holds rows in area_code area import_log)"), std::string::npos) << into.err;
  EXPECT_EQ(count("rep"), "0");
  EXPECT_EQ(count("area"), "24");

  // Back into a store with rows: refused, and the file is as it was.
  const std::string before = dumpSqlite(demo);
  CliRun out = cli("copy --from " + server() + " --to " + demo);
  EXPECT_EQ(out.exitCode, 2);
  EXPECT_NE(out.err.find("is not empty"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("nothing was copied"), std::string::npos) << out.err;
  EXPECT_EQ(dumpSqlite(demo), before);
}

// The server lets only the tables' owner COPY into them (row-level security) and set their ids.
TEST_F(CopyCommand, AnOpsUserCopiesAStoreOutButOnlyTheOwnerCopiesOneIn) {
  ASSERT_EQ(cli("--db " + server() + " import '" + kSample + "reps.csv'").exitCode, 0);
  const std::string ops = makeUser("ops", "Ops-Pass-1");
  ASSERT_EQ(cli("--db " + server() + " server grant " + ops + " --role ops").exitCode, 0);
  const std::string asOps = "'" + uri(dbName_, ops, "Ops-Pass-1") + "'";
  const std::string demo = dir_.file("demo.sqlite");
  ASSERT_EQ(cli("--db " + demo + " import '" + kSample + "areas.csv'").exitCode, 0);
  CliRun into = cli("copy --from " + demo + " --to " + asOps);
  EXPECT_EQ(into.exitCode, 2);
  EXPECT_NE(into.err.find("only the store's owner (who ran `server init`) can"), std::string::npos) << into.err;
  EXPECT_EQ(count("area"), "0");
  const std::string out = dir_.file("out.sqlite");
  CliRun copied = cli("copy --from " + asOps + " --to " + out);
  EXPECT_EQ(copied.exitCode, 0) << copied.err;
  EXPECT_NE(copied.out.find("rep           18"), std::string::npos) << copied.out;
}

TEST_F(CopyCommand, WrongArgumentsAreUsageErrors) {
  const std::string demo = dir_.file("demo.sqlite");
  EXPECT_EQ(cli("copy --from " + demo).exitCode, 2);
  CliRun both = cli("copy --from " + demo + " --to " + dir_.file("other.sqlite"));
  EXPECT_EQ(both.exitCode, 2);
  EXPECT_NE(both.err.find("one of --from and --to must be a SQLite file and the other a PostgreSQL team server"),
            std::string::npos)
      << both.err;
  CliRun missing = cli("copy --from " + demo + " --to " + server());
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_NE(missing.err.find("no SalesOps store at"), std::string::npos) << missing.err;
  EXPECT_FALSE(std::filesystem::exists(demo));
}

TEST_F(CopyCommand, AFailedCopyOutOfTheServerLeavesNoFileBehind) {
  // No SalesOps store in this database: nothing to copy, and no new file.
  const std::string target = dir_.file("new.sqlite");
  CliRun r = cli("copy --from " + server() + " --to " + target);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("no SalesOps store at"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(target));
  // A lead may not copy a store out: they see only their teams' rows.
  ASSERT_EQ(cli("--db " + server() + " import '" + kSample + "reps.csv'").exitCode, 0);
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  ASSERT_EQ(cli("--db " + server() + " server grant " + lead + " --role lead --team 'Team Noord'").exitCode, 0);
  CliRun asLead = cli("copy --from '" + uri(dbName_, lead, "Lead-Pass-1") + "' --to " + target);
  EXPECT_EQ(asLead.exitCode, 2);
  EXPECT_NE(asLead.err.find("a copy needs an ops user or the store's owner"), std::string::npos) << asLead.err;
  EXPECT_FALSE(std::filesystem::exists(target));
}

}  // namespace
