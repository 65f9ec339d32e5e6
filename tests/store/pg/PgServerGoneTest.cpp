// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A team server that goes away in the middle of an import (issue 15, item 3): the import fails with a
// clear error, and after the server comes back (crash recovery) nothing of that file is in the store.
// The test stops the fixture's own server, so CTest runs it alone (RUN_SERIAL, see CMakeLists.txt) and
// it starts the server again before it ends, whatever happened, for the tests after it.
#include <cstdlib>
#include <gtest/gtest.h>

#include "PgTestServer.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"
#include "salesops/store/pg/PgStore.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::OpenMode;
using store::PgStore;
using store::testing::TempDir;
using store::testing::writeFile;

namespace {

int serverScript(const std::string& action) {
  const std::string command =
      std::string(SALESOPS_SOURCE_DIR) + "/scripts/pg-test-server.sh " + action + " '" + serverDir() + "' >/dev/null";
  return std::system(command.c_str());
}

// Starts the server again when the test leaves, also after a failed assertion.
struct RestartOnExit {
  ~RestartOnExit() { EXPECT_EQ(serverScript("restart"), 0) << "the test server did not start again"; }
};

class PgServerGone : public PgTest {};

TEST_F(PgServerGone, AServerStoppedMidImportFailsClearlyAndHoldsNothingOfTheFileAfterRestart) {
  auto opened = PgStore::open(db(), OpenMode::Create);
  ASSERT_TRUE(opened) << opened.error().message;
  PgStore& pg = **opened;
  TempDir dir;
  const std::string reps = std::string(SALESOPS_SOURCE_DIR) + "/data/reps.csv";
  ASSERT_TRUE(store::importFile(pg, reps));

  // 5,000 visits in batches of 100: the server is stopped after the first batch went out by COPY.
  std::string visits = "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n";
  for (int i = 0; i < 5000; ++i)
    visits += "V" + std::to_string(i) + ",2026-11-02 " + std::to_string(8 + i % 10) + ":00,R001,UTR-01,sale,3581AB," +
              std::to_string(1 + i) + "\n";
  writeFile(dir.file("visits.csv"), visits);
  store::ImportOptions options;
  options.batchRows = 100;
  int batches = 0;
  bool stopped = false;
  options.progress = [&](uint64_t, uint64_t) {
    if (++batches == 1) stopped = serverScript("crash") == 0;
  };
  Result<store::ImportReport> r = makeError("not run");
  {
    RestartOnExit restart;
    r = store::importFile(pg, dir.file("visits.csv"), options);
    ASSERT_TRUE(stopped) << "the test could not stop the server";
  }
  ASSERT_FALSE(r) << "the import went through a stopped server";
  EXPECT_NE(r.error().message.find("the connection to the server was lost"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("nothing of the file was imported"), std::string::npos) << r.error().message;

  // After crash recovery: the reps as committed before, not one visit, rollup or log line of the file.
  EXPECT_EQ(admin("SELECT concat_ws('/', (SELECT count(*) FROM salesops.rep), (SELECT count(*) FROM salesops.visit), "
                  "(SELECT count(*) FROM salesops.visit_rollup), (SELECT count(*) FROM salesops.rep_day), "
                  "(SELECT count(*) FROM salesops.import_log), "
                  "(SELECT value FROM salesops.meta WHERE key = 'generation'))")
                .rows.at(0)
                .at(0),
            "18/0/0/0/1/1");
  // The server stopped while the import, the first into the empty visit table, had set its indexes
  // aside: recovery brings them back with the rest of the table as it was.
  EXPECT_EQ(admin("SELECT string_agg(indexrelid::regclass::text, ' ' ORDER BY indexrelid::regclass::text) FROM "
                  "pg_index WHERE indrelid = 'salesops.visit'::regclass")
                .rows.at(0)
                .at(0),
            "salesops.visit_by_time salesops.visit_pkey salesops.visit_sales");
  // And the store takes the same file whole once the server is back.
  auto again = PgStore::open(db(), OpenMode::ReadWrite);
  ASSERT_TRUE(again) << again.error().message;
  auto second = store::importFile(**again, dir.file("visits.csv"));
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->inserted, 5000);
}

}  // namespace
