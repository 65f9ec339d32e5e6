// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import --dry-run` and the import log's `source` on the team store: the same report as on SQLite,
// and nothing written.
#include <filesystem>
#include <gtest/gtest.h>

#include "DryRunFiles.h"
#include "PgStoreTest.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::ImportOptions;
using store::ImportReport;
using store::OpenMode;
using store::PgStore;
using store::testing::kInstalled;
using store::testing::kOlder;
using store::testing::writeFile;

namespace {

const std::string kVisits =
    "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
    "V1,2026-11-02 10:00,R1,UTR-01,sale,3581AB,1\n"
    "V2,2026-11-02 11:30,R1,UTR-01,not_home,3581AB,3\n";

class PgDryRun : public PgStoreTest {
 protected:
  // Every row a dry run could touch: the orders (concat_ws leaves out a NULL), the codes, the import log
  // and the data generation.
  std::string snapshot() {
    return one(
        "SELECT concat_ws(';', (SELECT string_agg(concat_ws('|', order_id, ordered_at, monthly_fee_cents, "
        "installed_at), ',' ORDER BY order_id) FROM salesops.orders), (SELECT string_agg(code, ',' ORDER BY code) "
        "FROM salesops.rep_code), (SELECT count(*) FROM salesops.import_log), (SELECT value FROM salesops.meta "
        "WHERE key = 'generation'))");
  }
};

TEST_F(PgDryRun, ReportsTheSameCountsAsOnSqliteAndWritesNothingOnEither) {
  writeFile(dir_.file("installed.csv"), kInstalled);
  writeFile(dir_.file("older.csv"), kOlder);
  auto lite = store::Store::open(dir_.file("s.sqlite"));
  ASSERT_TRUE(lite);
  ASSERT_TRUE(store::importFile(**lite, dir_.file("installed.csv")));
  ASSERT_TRUE(store::importFile(*pg_, dir_.file("installed.csv")));
  const std::string before = snapshot();
  EXPECT_EQ(before, "O1|1793613600|4250|1794821400,O2|1793617200|4250|1794920400,O3|1793707200|3900;R001,R002;1;1");

  ImportOptions options;
  options.dryRun = true;
  auto onLite = store::importFile(**lite, dir_.file("older.csv"), options);
  ASSERT_TRUE(onLite) << onLite.error().message;
  auto onPg = store::importFile(*pg_, dir_.file("older.csv"), options);
  ASSERT_TRUE(onPg) << onPg.error().message;
  EXPECT_EQ(onPg->status, ImportReport::Status::Imported);
  // O4 new; O1 and O2 changed; O3 as it was; O5 rejected.
  EXPECT_EQ(countsOf(*onPg), (Counts{1, 2, 1, 1}));
  EXPECT_EQ(countsOf(*onPg), countsOf(*onLite));

  // Nothing written on the server (not a row, not a code, not the log, not a generation), no reject file.
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ((*lite)->importLog().size(), 1u);
  EXPECT_TRUE(onPg->rejectFile.empty());
  EXPECT_FALSE(std::filesystem::exists(dir_.file("older.rejected.csv")));

  // Imported for real, it does what the dry run said, on both.
  auto real = store::importFile(*pg_, dir_.file("older.csv"));
  ASSERT_TRUE(real) << real.error().message;
  EXPECT_EQ(countsOf(*real), (Counts{1, 2, 1, 1}));
  EXPECT_EQ(one("SELECT count(*) FROM salesops.orders"), "4");
}

TEST_F(PgDryRun, ADryRunOfVisitsLeavesTheRollupsAsTheyWere) {
  writeFile(dir_.file("visits.csv"), kVisits);
  ImportOptions options;
  options.dryRun = true;
  auto r = store::importFile(*pg_, dir_.file("visits.csv"), options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(countsOf(*r), (Counts{2, 0, 0, 0}));
  EXPECT_EQ(one("SELECT (SELECT count(*) FROM salesops.visit) + (SELECT count(*) FROM salesops.visit_rollup) + "
                "(SELECT count(*) FROM salesops.rep_day) + (SELECT count(*) FROM salesops.rep_code)"),
            "0");
}

TEST_F(PgDryRun, TheImportLogRecordsWhereEachImportCameFrom) {
  writeFile(dir_.file("visits.csv"), kVisits);
  writeFile(dir_.file("installed.csv"), kInstalled);
  ImportOptions byCommand;
  byCommand.source = "import";
  ASSERT_TRUE(store::importFile(*pg_, dir_.file("visits.csv"), byCommand));
  ImportOptions byWatch;
  byWatch.source = "watch /srv/exports";
  ASSERT_TRUE(store::importFile(*pg_, dir_.file("installed.csv"), byWatch));
  EXPECT_EQ(one("SELECT string_agg(file_name || '=' || source, ',' ORDER BY id) FROM salesops.import_log"),
            "visits.csv=import,installed.csv=watch /srv/exports");
  // Read back through the store as the SQLite store reads its log.
  auto earlier = pg_->importOfContent(one("SELECT content_hash FROM salesops.import_log WHERE kind = 'orders'"),
                                      static_cast<int64_t>(kInstalled.size()));
  ASSERT_TRUE(earlier);
  EXPECT_EQ(earlier->source, "watch /srv/exports");
}

}  // namespace
