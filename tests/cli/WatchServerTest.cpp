// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `watch DIR` on the team store (issue 16 item 2): the exports land on the PostgreSQL server, each
// content once, as `import` would put them there.
#include <filesystem>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "PgTestServer.h"

using namespace salesops::clitest;
using namespace salesops::pgtest;
namespace fs = std::filesystem;

namespace {

class WatchServer : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    const std::string owner = makeUser("admin", "Owner-Pass-1");
    admin("ALTER ROLE " + owner + " CREATEROLE; ALTER DATABASE " + dbName_ + " OWNER TO " + owner);
    admin("GRANT CREATE ON DATABASE " + dbName_ + " TO " + owner);
    server_ = "--db '" + uri(dbName_, owner, "Owner-Pass-1") + "'";
    ASSERT_EQ(cli(server_ + " server init").exitCode, 0);
  }
  std::string server_;
};

TEST_F(WatchServer, ADroppedFileIsImportedOnceAndKnownByItsContentTheSecondTime) {
  TempDir dir;
  const std::string in = dir.file("in");
  fs::create_directories(in);
  fs::copy_file(kSample + "reps.csv", in + "/reps.csv");

  CliRun first = cli(server_ + " watch --once --settle 0 " + in);
  ASSERT_EQ(first.exitCode, 0) << first.err;
  EXPECT_EQ(first.out, in + "/reps.csv: reps, 18 inserted, 0 updated, 0 unchanged, 0 rejected\n");
  EXPECT_EQ(admin("SELECT count(*) FROM salesops.rep").rows, (std::vector<std::vector<std::string>>{{"18"}}));

  // The same content under another name, and the first file again in a new run: both are known by
  // the server's import log, neither is imported a second time.
  fs::copy_file(kSample + "reps.csv", in + "/reps-again.csv");
  CliRun second = cli(server_ + " watch --once --settle 0 " + in);
  EXPECT_EQ(second.exitCode, 0) << second.err;
  EXPECT_EQ(second.out, "");
  EXPECT_EQ(countLines(second.err, in + "/reps.csv: imported before (import 1, reps.csv): not imported again"), 1)
      << second.err;
  EXPECT_EQ(countLines(second.err, in + "/reps-again.csv: imported before (import 1, reps.csv): not imported again"), 1)
      << second.err;
  EXPECT_EQ(admin("SELECT count(*) FROM salesops.import_log").rows, (std::vector<std::vector<std::string>>{{"1"}}));
}

}  // namespace
