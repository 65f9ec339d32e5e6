// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "CliRunner.h"

using namespace salesops::clitest;

// The demo's planted issues, seen by `check` as a script sees them: JSON on stdout, exit code 1.
TEST(CheckCommand, PlantedDemoIssuesGiveExitOneAndJsonFindings) {
  TempDir dir;
  const std::string db = " --db " + dir.file("s.sqlite");
  ASSERT_EQ(cli(db + " --quiet demo --visits 3000 --days 28 --end 2026-11-27").exitCode, 0);
  CliRun r = cli(db + " check --as-of 2026-11-28 --format json");
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out.rfind("{\"as_of\": \"2026-11-28\", \"findings\": [", 0), 0u) << r.out;
  for (const char* id :
       {"unknown_reps", "unknown_areas", "orphan_orders", "order_visit_not_sale", "orphan_cancellations",
        "future_visits", "installed_before_ordered", "cancelled_before_ordered"})
    EXPECT_NE(r.out.find("{\"id\": \"" + std::string(id) + "\", "), std::string::npos) << id;
  EXPECT_NE(r.out.find("\"severity\": \"error\", \"count\": 1, \"examples\": [{\"id\": \"O99999999\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"reps\": [{\"rep\": \"R099\", \"count\": 1}]"), std::string::npos) << r.out;

  CliRun table = cli(db + " check --as-of 2026-11-28");
  EXPECT_EQ(table.exitCode, 1);
  EXPECT_NE(table.out.find("error   Unknown reps (unknown_reps): 1"), std::string::npos) << table.out;
  // Whom to call: a rep of reps.csv by name with the code after it, an unknown one by the code alone.
  EXPECT_NE(table.out.find("        reps: R099 1\n"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("        reps: Sanne Bakker (R002) 1\n"), std::string::npos) << table.out;
}

TEST(CheckCommand, EmptyStoreIsCleanAndBadOptionsAreUsageErrors) {
  TempDir dir;
  const std::string db = " --db " + dir.file("s.sqlite");
  // Only import and demo create a store: a header-only file makes an empty one.
  ASSERT_EQ(cli(db + " --quiet import " + std::string(SALESOPS_TEST_DATA) + "/visits-header-only.csv").exitCode, 0);
  CliRun r = cli(db + " check --format json");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.find("\"count\": 1"), std::string::npos);
  EXPECT_EQ(cli(db + " check --as-of 31-11-2026").exitCode, 2);
  EXPECT_EQ(cli(db + " check --format csv").exitCode, 2);
  EXPECT_EQ(cli(db + " check --examples -1").exitCode, 2);
}
