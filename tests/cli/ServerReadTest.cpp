// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading commands on a team server give what they give on a SQLite store of the same data, to
// the last digit: the demo's CSV files imported into both, every command's output compared byte for
// byte. A team lead's numbers equal those of a SQLite store that holds only their team's rows.
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <unistd.h>

#include "CliRunner.h"
#include "PgTestServer.h"

using namespace salesops::clitest;
using namespace salesops::pgtest;

namespace {

constexpr const char* kFiles[] = {"reps.csv",   "areas.csv",         "visits.csv",
                                  "orders.csv", "cancellations.csv", "targets.csv"};

// Column `i` of a CSV line whose first columns hold no quoted commas (ids, times, rep ids).
std::string field(const std::string& line, size_t i) {
  std::stringstream in(line);
  std::string f;
  for (size_t k = 0; k <= i && std::getline(in, f, ','); ++k) {
  }
  return f;
}

// Keeps the header and the lines whose column `col` is in `keep`; returns the kept values of `out`.
std::set<std::string> filterCsv(const std::string& from, const std::string& to, size_t col,
                                const std::set<std::string>& keep, size_t outCol) {
  std::ifstream in(from);
  std::ofstream out(to);
  std::string line;
  std::set<std::string> kept;
  for (bool header = true; std::getline(in, line); header = false)
    if (header || keep.count(field(line, col))) {
      out << line << '\n';
      if (!header) kept.insert(field(line, outCol));
    }
  return kept;
}

class ServerRead : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    dbName_ = "read_" + std::to_string(getpid());
    Conn c = connect(conninfo("postgres"));
    ASSERT_TRUE(sql(c.get(), "CREATE DATABASE " + dbName_).ok);
    lead_ = dbName_ + "_lead";
    ASSERT_TRUE(sql(c.get(), "CREATE ROLE " + lead_ + " LOGIN PASSWORD 'Lead-Pass-1'").ok);
    const std::string csv = dir_->file("csv");
    ASSERT_EQ(cli("--quiet demo --end 2026-11-27 --csv-out '" + csv + "'").exitCode, 0);
    std::string files;
    for (const char* f : kFiles) files += " '" + csv + "/" + f + "'";
    sqlite_ = "--db '" + dir_->file("s.sqlite") + "'";
    server_ = "--db '" + conninfo(dbName_) + "'";
    ASSERT_EQ(cli(sqlite_ + " --quiet import" + files).exitCode, 0);
    ASSERT_EQ(cli(server_ + " server init").exitCode, 0);
    ASSERT_EQ(cli(server_ + " --quiet import" + files).exitCode, 0);
    ASSERT_EQ(cli(server_ + " server grant " + lead_ + " --role lead --team 'Team Zuid'").exitCode, 0);

    // Team Zuid's rows only: its reps, their visits and orders, those orders' cancellations, and
    // the targets of the organisation, the team and its reps; every area (areas are no team's).
    const std::string zuid = dir_->file("zuid");
    std::filesystem::create_directory(zuid);
    const std::set<std::string> reps = filterCsv(csv + "/reps.csv", zuid + "/reps.csv", 2, {"Team Zuid"}, 0);
    filterCsv(csv + "/visits.csv", zuid + "/visits.csv", 2, reps, 0);
    const std::set<std::string> orders = filterCsv(csv + "/orders.csv", zuid + "/orders.csv", 2, reps, 0);
    filterCsv(csv + "/cancellations.csv", zuid + "/cancellations.csv", 0, orders, 0);
    std::set<std::string> keys = reps;
    keys.insert({"", "Team Zuid"});
    filterCsv(csv + "/targets.csv", zuid + "/targets.csv", 2, keys, 0);
    std::filesystem::copy_file(csv + "/areas.csv", zuid + "/areas.csv");
    std::string zuidFiles;
    for (const char* f : kFiles) zuidFiles += " '" + zuid + "/" + f + "'";
    zuidOnly_ = "--db '" + dir_->file("zuid.sqlite") + "'";
    ASSERT_EQ(cli(zuidOnly_ + " --quiet import" + zuidFiles).exitCode, 0);
  }
  static void TearDownTestSuite() {
    Conn c = connect(conninfo("postgres"));
    sql(c.get(), "DROP DATABASE IF EXISTS " + dbName_ + " WITH (FORCE)");
    sql(c.get(), "DROP ROLE IF EXISTS " + lead_);
    delete dir_;
  }
  static std::string asLead() { return "--db '" + uri(dbName_, lead_, "Lead-Pass-1") + "'"; }

  static inline TempDir* dir_ = nullptr;
  static inline std::string dbName_, lead_, sqlite_, server_, zuidOnly_;
};

// The commands as a script runs them: several periods, groupings, comparisons and filters.
const char* const kCommands[] = {
    "kpi --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27 --format json",
    "kpi --from 2026-10-01 --to 2026-11-27 --as-of 2026-11-27 --by area --format json",
    "kpi --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27 --by rep --compare previous --format csv",
    "kpi --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27 --by team --by channel --format json",
    "kpi --from 2026-11-09 --to 2026-11-22 --as-of 2026-11-27 --by day --by product --team 'Team Noord' --format json",
    "kpi --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27 --by hour --channel d2d --format csv",
    "alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27 --format json",
    "alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27",
    "explain --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27 --by rep --format json",
    "explain --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27 --kpi hit_rate --by area --format json",
    // The data-quality check (exit code 1: the demo's planted problems) and what shows its result.
    "check --as-of 2026-11-28 --format json",
    "check --as-of 2026-11-28 --examples 2",
    "dashboard --date 2026-11-27 --as-of 2026-11-28 --format json",
    "report --week 2026-W47 --as-of 2026-11-28 --format json",
};

// What differs between two stores of the same data by design: when the files were imported (the
// attention strip's "imported at", to the minute) and the store's name (the report's "store").
std::string sameStore(std::string out) {
  for (const std::string key : {"\"imported_at\": ", "\"store\": "}) {
    const size_t at = out.find(key);
    if (at == std::string::npos || out.compare(at + key.size(), 4, "null") == 0) continue;
    const size_t end = out.find('"', at + key.size() + 1);
    out.replace(at + key.size(), end + 1 - (at + key.size()), "\"...\"");
  }
  // The check's first line names the store too.
  if (out.rfind("Data-quality check of ", 0) == 0) out.erase(0, out.find(" as of "));
  return out;
}

class ServerReadCommand : public ServerRead, public ::testing::WithParamInterface<const char*> {};

TEST_P(ServerReadCommand, GivesTheSameOutputAsSqliteOnTheSameData) {
  const CliRun local = cli(sqlite_ + " " + GetParam());
  const CliRun server = cli(server_ + " " + GetParam());
  ASSERT_LE(local.exitCode, 1) << local.err;  // 1: `check` found problems
  ASSERT_EQ(server.exitCode, local.exitCode) << server.err;
  EXPECT_GT(local.out.size(), 200u);
  EXPECT_EQ(sameStore(server.out), sameStore(local.out));
}

INSTANTIATE_TEST_SUITE_P(Commands, ServerReadCommand, ::testing::ValuesIn(kCommands));

TEST_F(ServerRead, ExportTableWritesTheSameFileAsOnSqlite) {
  const std::string args = " export table --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27 --by team --by week";
  ASSERT_EQ(cli(sqlite_ + args + " --out '" + dir_->file("local.csv") + "'").exitCode, 0);
  const CliRun server = cli(server_ + args + " --out '" + dir_->file("server.csv") + "'");
  ASSERT_EQ(server.exitCode, 0) << server.err;
  const std::string local = readFile(dir_->file("local.csv"));
  EXPECT_GT(local.size(), 200u);
  EXPECT_EQ(readFile(dir_->file("server.csv")), local);
}

TEST_F(ServerRead, ALeadSeesTheNumbersOfAStoreHoldingOnlyTheirTeam) {
  for (const char* args : {"kpi --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27 --by rep --format json",
                           "kpi --from 2026-10-01 --to 2026-11-27 --as-of 2026-11-27 --by area --format json",
                           "alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27 --format json",
                           "check --as-of 2026-11-28 --format json"}) {
    const CliRun local = cli(zuidOnly_ + " " + args);
    const CliRun lead = cli(asLead() + " " + args);
    ASSERT_LE(local.exitCode, 1) << local.err;
    ASSERT_EQ(lead.exitCode, local.exitCode) << lead.err;
    EXPECT_EQ(lead.out, local.out) << args;
  }
  // Not the whole organisation's numbers: the lead's total is a part of the owner's.
  const std::string total = " kpi --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27 --format csv";
  const CliRun all = cli(server_ + total), lead = cli(asLead() + total);
  EXPECT_NE(all.out, lead.out);
}

TEST_F(ServerRead, ALeadsAlertsSayTheOrganisationIsTheirTeams) {
  const CliRun lead = cli(asLead() + " alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27");
  ASSERT_EQ(lead.exitCode, 0) << lead.err;
  EXPECT_NE(lead.out.find("rest of the organisation (your teams)"), std::string::npos) << lead.out;
  const CliRun owner = cli(server_ + " alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27");
  EXPECT_EQ(owner.out.find("(your teams)"), std::string::npos) << owner.out;
}

TEST_F(ServerRead, ExportChartWritesTheSameFileAsOnSqlite) {
  const std::string args = " export chart funnel --from 2026-11-02 --to 2026-11-22 --as-of 2026-11-27";
  ASSERT_EQ(cli(sqlite_ + args + " --out '" + dir_->file("local.svg") + "'").exitCode, 0);
  const CliRun server = cli(server_ + args + " --out '" + dir_->file("server.svg") + "'");
  ASSERT_EQ(server.exitCode, 0) << server.err;
  const std::string local = readFile(dir_->file("local.svg"));
  EXPECT_GT(local.size(), 1000u);
  EXPECT_EQ(readFile(dir_->file("server.svg")), local);
}

// The planted problems as the demo store holds them: a visit of unknown rep R099 (no team, so a
// lead never sees it) and orders without their visit, by the reps who took them.
TEST_F(ServerRead, TheDataQualityCheckFindsThePlantedProblemsOnTheServer) {
  const CliRun r = cli(server_ + " check --as-of 2026-11-28");
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("error   Unknown reps (unknown_reps): 1\n        reps: R099 1\n"), std::string::npos) << r.out;
  const CliRun lead = cli(asLead() + " check --as-of 2026-11-28 --format json");
  ASSERT_LE(lead.exitCode, 1) << lead.err;
  EXPECT_EQ(lead.out.find("R099"), std::string::npos) << lead.out;
}

}  // namespace
