// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "DemoStoreSuite.h"

using namespace salesops::clitest;

// `alerts` and `explain` on a default demo store, as a script calls them, on both backends.
class AnalysisCommands : public DemoStoreOnBackends {};
SALESOPS_ON_BACKENDS(AnalysisCommands);
// Usage errors are the command line's, not the store's: SQLite only.
class AnalysisCommandUsage : public DemoStoreSuite {};

TEST_P(AnalysisCommands, AlertsFlagTheLastWeeksConversionDrop) {
  CliRun r = cli(db_ + " alerts --from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28 --format json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"from\": \"2026-11-21\", \"to\": \"2026-11-27\", \"as_of\": \"2026-11-28\", "
                        "\"previous_from\": \"2026-11-14\", \"previous_to\": \"2026-11-20\", \"cohort_from\": "
                        "\"2026-10-18\", \"cohort_to\": \"2026-11-14\", \"alerts\": [",
                        0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("{\"kind\": \"change\", \"dimension\": \"area\", \"member\": \"UTR-03\", \"kpi\": "
                       "\"conversion\""),
            std::string::npos)
      << r.out;
  CliRun table = cli(db_ + " alerts --from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28 --kind change");
  ASSERT_EQ(table.exitCode, 0) << table.err;
  EXPECT_NE(table.out.find("changes against 2026-11-14 to 2026-11-20, within channel"), std::string::npos);
  EXPECT_NE(table.out.find("Area Overvecht (UTR-03): conversion "), std::string::npos) << table.out;
  EXPECT_EQ(table.out.find("for the rest"), std::string::npos) << table.out;
}

TEST_P(AnalysisCommands, AlertsFlagTheHighCancelRepInAMatureWindow) {
  CliRun r = cli(db_ + " alerts --from 2026-10-17 --to 2026-11-13 --as-of 2026-11-27 --kind outlier --format json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("{\"kind\": \"outlier\", \"dimension\": \"rep\", \"member\": \"R007\", \"kpi\": "
                       "\"cancel_rate_14d\""),
            std::string::npos)
      << r.out;
}

TEST_P(AnalysisCommands, ExplainSplitsTheChangePerArea) {
  CliRun r = cli(db_ +
                 " explain --kpi conversion --from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28 --by area "
                 "--against 2026-11-14..2026-11-20 --format json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"kpi\": \"conversion\", \"by\": \"area\", \"from\": \"2026-11-21\", \"to\": "
                        "\"2026-11-27\", \"against_from\": \"2026-11-14\", \"against_to\": \"2026-11-20\"",
                        0),
            0u)
      << r.out;
  // The largest effect comes first: the area whose conversion dropped.
  EXPECT_NE(r.out.find("\"members\": [\n  {\"area\": \"UTR-03\""), std::string::npos) << r.out;
  // The same as --against previous.
  CliRun previous = cli(db_ +
                        " explain --kpi conversion --from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28 "
                        "--by area --format json");
  EXPECT_EQ(previous.out, r.out);
  CliRun table = cli(db_ + " explain --from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28 --by team");
  ASSERT_EQ(table.exitCode, 0) << table.err;
  EXPECT_NE(table.out.find("conversion by team, 2026-11-21..2026-11-27 against 2026-11-14..2026-11-20"),
            std::string::npos)
      << table.out;
}

TEST_F(AnalysisCommandUsage, BadOptionsAreUsageErrors) {
  const std::string period = " --from 2026-11-21 --to 2026-11-27";
  EXPECT_EQ(cli(db_ + " alerts --from 2026-11-21").exitCode, 2);
  EXPECT_EQ(cli(db_ + " alerts" + period + " --kind sometimes").exitCode, 2);
  EXPECT_EQ(cli(db_ + " alerts" + period + " --format csv").exitCode, 2);
  EXPECT_EQ(cli(db_ + " alerts" + period + " --channel bike").exitCode, 2);
  EXPECT_EQ(cli(db_ + " explain" + period).exitCode, 2);  // no --by
  EXPECT_EQ(cli(db_ + " explain" + period + " --by week").exitCode, 2);
  EXPECT_EQ(cli(db_ + " explain" + period + " --by area --kpi coverage").exitCode, 2);
  EXPECT_EQ(cli(db_ + " explain" + period + " --by area --against yesterday").exitCode, 2);
  EXPECT_EQ(cli(db_ + " explain" + period + " --by area --against 2026-11-20..2026-11-14").exitCode, 2);
  EXPECT_EQ(cli(db_ + " explain" + period + " --by product").exitCode, 2);  // conversion has no product
}
