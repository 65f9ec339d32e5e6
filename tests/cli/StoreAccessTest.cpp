// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which commands may create a store (only `import` and `demo`), and reading a store that cannot be
// written.
#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

#include "CliRunner.h"

using namespace salesops::clitest;
namespace fs = std::filesystem;

namespace {

std::set<std::string> listing(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

}  // namespace

// A mistyped --db: every command but import and demo says so (exit 2) and leaves no file at all,
// not even an empty store or its -wal/-shm files.
TEST(StoreAccess, EveryReadingCommandRefusesAMissingStoreAndCreatesNothing) {
  TempDir dir;
  fs::create_directory(dir.file("stores"));
  const std::string missing = dir.file("stores/typo.sqlite");
  const std::string out = dir.file("out");
  const std::string commands[] = {
      "kpi" + kWeek,
      "kpi" + kWeek + " --by area --format csv",
      "alerts" + kWeek,
      "explain --kpi conversion" + kWeek + " --by area",
      "check",
      "check --format json",
      "export table" + kWeek + " --out " + out + ".csv",
      "export chart funnel" + kWeek + " --out " + out + ".png",
      "report --week 2026-W48 --out " + out + ".pdf",
  };
  for (const std::string& command : commands) {
    SCOPED_TRACE(command);
    CliRun r = cli("--db " + missing + " " + command);
    EXPECT_EQ(r.exitCode, 2);
    // (export chart and report start Qt's GUI side, which may warn about the session first)
    EXPECT_NE(r.err.find("salesops-cli: no SalesOps store at " + missing + "\n"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_TRUE(fs::is_empty(dir.file("stores")));
    EXPECT_FALSE(fs::exists(out + ".csv") || fs::exists(out + ".png") || fs::exists(out + ".pdf"));
  }
  // An empty file is no store either, and stays the 0 bytes it was.
  writeFile(missing, "");
  CliRun r = cli("--db " + missing + " check");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.err, "salesops-cli: no SalesOps store at " + missing + "\n");
  EXPECT_EQ(listing(dir.file("stores")), std::set<std::string>{"typo.sqlite"});
  EXPECT_EQ(fs::file_size(missing), 0u);
}

TEST(StoreAccess, ImportAndDemoCreateTheStore) {
  TempDir dir;
  const std::string visits = copyTestData(dir, "visits-duplicates.csv");
  CliRun imported = cli("--db " + dir.file("a.sqlite") + " --quiet import " + visits);
  EXPECT_LE(imported.exitCode, 1) << imported.err;
  EXPECT_TRUE(fs::exists(dir.file("a.sqlite")));
  CliRun demo = cli("--db " + dir.file("b.sqlite") + " --quiet demo --visits 500 --end 2026-11-27");
  EXPECT_EQ(demo.exitCode, 0) << demo.err;
  EXPECT_TRUE(fs::exists(dir.file("b.sqlite")));
}

// A chmod 444 store in a folder the user cannot write (so SQLite cannot make its -wal/-shm files):
// read by kpi, check and alerts as by a writable one; import refuses it and changes nothing.
class ReadOnlyStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    path_ = dir_->file("s.sqlite");
    ASSERT_EQ(cli("--db " + path_ + " --quiet demo --visits 3000 --end 2026-11-27").exitCode, 0);
    kpi_ = cli("--db " + path_ + " kpi" + kWeek + " --by area --format csv").out;
    ASSERT_NE(kpi_, "");
    chmod(path_.c_str(), 0444);
    // The folder: readable by the unprivileged user, writable by no one but its owner (root, or
    // the user running the tests, who then lacks write access through the file's 0444).
    chmod(fs::path(path_).parent_path().c_str(), 0555);
  }
  static void TearDownTestSuite() {
    chmod(fs::path(path_).parent_path().c_str(), 0755);
    delete dir_;
    dir_ = nullptr;
  }
  static TempDir* dir_;
  static std::string path_;
  static std::string kpi_;
};
TempDir* ReadOnlyStore::dir_ = nullptr;
std::string ReadOnlyStore::path_;
std::string ReadOnlyStore::kpi_;

TEST_F(ReadOnlyStore, KpiCheckAndAlertsReadIt) {
  const std::string bytes = readFile(path_);
  const auto before = listing(fs::path(path_).parent_path());
  CliRun kpi = cli("--db " + path_ + " kpi" + kWeek + " --by area --format csv", unprivileged());
  EXPECT_EQ(kpi.exitCode, 0) << kpi.err;
  EXPECT_EQ(kpi.out, kpi_);
  CliRun check = cli("--db " + path_ + " check", unprivileged());
  EXPECT_LE(check.exitCode, 1) << check.err;
  EXPECT_NE(check.out.find(" checks found something"), std::string::npos) << check.out;
  CliRun alerts = cli("--db " + path_ + " alerts" + kWeek, unprivileged());
  EXPECT_EQ(alerts.exitCode, 0) << alerts.err;
  EXPECT_EQ(alerts.err.find("damaged"), std::string::npos) << alerts.err;
  EXPECT_EQ(readFile(path_), bytes);
  EXPECT_EQ(listing(fs::path(path_).parent_path()), before);
}

TEST_F(ReadOnlyStore, ImportRefusesItAndChangesNothing) {
  const std::string bytes = readFile(path_);
  const auto before = listing(fs::path(path_).parent_path());
  CliRun r =
      cli("--db " + path_ + " import " + std::string(SALESOPS_TEST_DATA) + "/visits-duplicates.csv", unprivileged());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find(path_ + ": the store is read-only ("), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing was changed"), std::string::npos) << r.err;
  EXPECT_EQ(readFile(path_), bytes);
  EXPECT_EQ(listing(fs::path(path_).parent_path()), before);
}
