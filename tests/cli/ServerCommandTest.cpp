// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The team store through the program, as scripts and the hidden checks use it: `--db postgresql://...`.
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "PgTestServer.h"

using namespace salesops::clitest;
using namespace salesops::pgtest;

namespace {

class ServerCommand : public PgTest {
 protected:
  std::string owner() { return "'" + uri(dbName_, ownerUser_, "Owner-Pass-1") + "'"; }
  void SetUp() override {
    PgTest::SetUp();
    // The owner signs in over TCP with a password, as a real administrator would.
    ownerUser_ = makeUser("admin", "Owner-Pass-1");
    admin("ALTER ROLE " + ownerUser_ + " CREATEROLE; ALTER DATABASE " + dbName_ + " OWNER TO " + ownerUser_);
    admin("GRANT CREATE ON DATABASE " + dbName_ + " TO " + ownerUser_);
  }
  std::string ownerUser_;
};

TEST_F(ServerCommand, InitImportGrantAndStatusThroughTheProgram) {
  CliRun init = cli("--db " + owner() + " server init");
  ASSERT_EQ(init.exitCode, 0) << init.err;
  EXPECT_NE(init.out.find("created SalesOps schema version 4"), std::string::npos) << init.out;
  EXPECT_EQ(init.out.find("Owner-Pass-1"), std::string::npos) << init.out;

  CliRun imp = cli("--db " + owner() + " import '" + kSample + "reps.csv' '" + kSample + "visits.csv'");
  ASSERT_EQ(imp.exitCode, 0) << imp.err;
  EXPECT_NE(imp.out.find("reps, 18 inserted, 0 updated, 0 unchanged, 0 rejected"), std::string::npos) << imp.out;
  EXPECT_NE(imp.out.find("visits, 2003 inserted, 0 updated, 0 unchanged, 0 rejected"), std::string::npos) << imp.out;

  const std::string lead = makeUser("lead", "Lead-Pass-1");
  CliRun grant = cli("--db " + owner() + " server grant " + lead + " --role lead --team 'Team Noord'");
  ASSERT_EQ(grant.exitCode, 0) << grant.err;
  EXPECT_NE(grant.out.find(lead + " is lead of Team Noord"), std::string::npos) << grant.out;

  const std::string asLead = "'" + uri(dbName_, lead, "Lead-Pass-1") + "'";
  CliRun status = cli("--db " + asLead + " server status");
  ASSERT_EQ(status.exitCode, 0) << status.err;
  EXPECT_NE(status.out.find("signed in " + lead + " (lead: Team Noord)"), std::string::npos) << status.out;

  // A lead reads but never writes, and never hands out access.
  CliRun leadImport = cli("--db " + asLead + " import '" + kSample + "areas.csv'");
  EXPECT_EQ(leadImport.exitCode, 2);
  EXPECT_NE(leadImport.err.find("only ops users import"), std::string::npos) << leadImport.err;
  CliRun leadGrant = cli("--db " + asLead + " server grant " + lead + " --role ops");
  EXPECT_EQ(leadGrant.exitCode, 2);
  EXPECT_NE(leadGrant.err.find("may not grant access"), std::string::npos) << leadGrant.err;

  CliRun revoke = cli("--db " + owner() + " server revoke " + lead);
  ASSERT_EQ(revoke.exitCode, 0) << revoke.err;
  CliRun after = cli("--db " + asLead + " server status");
  EXPECT_EQ(after.exitCode, 2);
  EXPECT_NE(after.err.find("has no SalesOps role"), std::string::npos) << after.err;
}

TEST_F(ServerCommand, BadConnectionsExitTwoWithoutShowingThePassword) {
  ASSERT_EQ(cli("--db " + owner() + " server init").exitCode, 0);
  CliRun wrong = cli("--db '" + uri(dbName_, ownerUser_, "Not-The-Pass-9") + "' server status");
  EXPECT_EQ(wrong.exitCode, 2);
  EXPECT_NE(wrong.err.find("wrong password"), std::string::npos) << wrong.err;
  EXPECT_EQ(wrong.err.find("Not-The-Pass-9"), std::string::npos) << wrong.err;
  CliRun down = cli("--db 'postgresql://x:Not-The-Pass-9@127.0.0.1:1/x' import '" + kSample + "reps.csv'");
  EXPECT_EQ(down.exitCode, 2);
  EXPECT_NE(down.err.find("the server is unreachable"), std::string::npos) << down.err;
  EXPECT_EQ(down.err.find("Not-The-Pass-9"), std::string::npos) << down.err;
  // The right password reads: an empty team store has nothing to report.
  CliRun check = cli("--db " + owner() + " check");
  EXPECT_EQ(check.exitCode, 0) << check.err;
}

TEST_F(ServerCommand, AnotherProgramsDatabaseIsRefusedAndLeftAlone) {
  admin("CREATE TABLE invoices(id integer)");
  CliRun init = cli("--db " + owner() + " server init");
  EXPECT_EQ(init.exitCode, 2);
  EXPECT_NE(init.err.find("another program's tables (public.invoices)"), std::string::npos) << init.err;
  CliRun imp = cli("--db " + owner() + " import '" + kSample + "reps.csv'");
  EXPECT_EQ(imp.exitCode, 2);
  EXPECT_EQ(admin("SELECT count(*) FROM pg_namespace WHERE nspname = 'salesops'").rows[0][0], "0");
}

}  // namespace
