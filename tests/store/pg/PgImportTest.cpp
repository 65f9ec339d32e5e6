// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

#include "PgStoreTest.h"

#include "salesops/store/Importer.h"
#include "salesops/store/pg/PgServer.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::OpenMode;
using store::PgStore;
using store::testing::TempDir;
using store::testing::writeFile;

namespace {

const std::string kSample = std::string(SALESOPS_SOURCE_DIR) + "/data/";

using PgImport = PgStoreTest;

TEST_F(PgImport, TheSampleDataGivesTheSameCountsAndRowsAsOnSqlite) {
  auto lite = store::Store::open(dir_.file("s.sqlite"));
  ASSERT_TRUE(lite);
  // Line counts of data/*.csv minus the header: every row of the sample is good.
  const std::pair<const char*, int64_t> files[] = {{"reps.csv", 18},    {"areas.csv", 24},        {"visits.csv", 2003},
                                                   {"orders.csv", 123}, {"cancellations.csv", 9}, {"targets.csv", 45}};
  for (const auto& [name, rows] : files) {
    auto onPg = store::importFile(*pg_, kSample + name);
    ASSERT_TRUE(onPg) << name << ": " << onPg.error().message;
    auto onLite = store::importFile(**lite, kSample + name);
    ASSERT_TRUE(onLite) << onLite.error().message;
    EXPECT_EQ(countsOf(*onPg), (Counts{rows, 0, 0, 0})) << name;
    EXPECT_EQ(countsOf(*onPg), countsOf(*onLite)) << name;
  }
  auto counts = pg_->counts();
  ASSERT_TRUE(counts);
  EXPECT_EQ(*counts, (*lite)->counts());
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  EXPECT_EQ(one("SELECT sum(visits) FROM salesops.visit_rollup"), "2003");
  EXPECT_EQ(one("SELECT count(*) FROM salesops.import_log"), "6");
  EXPECT_EQ(one("SELECT value FROM salesops.meta WHERE key = 'generation'"), "6");

  // Row for row the same visits, with the same times and codes.
  EXPECT_EQ(one(kVisitDump), sqliteVisitDump(**lite));
}

TEST_F(PgImport, AReimportCountsUnchangedUpdatedAndInsertedRowsAndKeepsTheRollups) {
  const std::string first = dir_.file("visits-1.csv");
  writeFile(first,
            "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
            "V1,2026-11-02 10:00,R1,UTR-01,sale,3581AB,1\n"
            "V2,2026-11-02 11:30,R1,UTR-01,not_home,3581AB,3\n"
            "V3,2026-11-03 09:15,R2,UTR-02,quote,3581AC,5\n");
  auto r1 = store::importFile(*pg_, first);
  ASSERT_TRUE(r1) << r1.error().message;
  EXPECT_EQ(countsOf(*r1), (Counts{3, 0, 0, 0}));

  // V2 moves to the next day and becomes a sale; V4 is new; V1 and V3 stay as they were.
  const std::string second = dir_.file("visits-2.csv");
  writeFile(second,
            "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
            "V1,2026-11-02 10:00,R1,UTR-01,sale,3581AB,1\n"
            "V2,2026-11-03 11:30,R1,UTR-01,sale,3581AB,3\n"
            "V3,2026-11-03 09:15,R2,UTR-02,quote,3581AC,5\n"
            "V4,2026-11-04 12:00,R3,UTR-02,no_interest,3581AC,7\n");
  auto r2 = store::importFile(*pg_, second);
  ASSERT_TRUE(r2) << r2.error().message;
  EXPECT_EQ(countsOf(*r2), (Counts{1, 1, 2, 0}));
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  // R1's 2 November ends at V1 now that V2 moved to the 3rd (10:00 = 1793613600).
  EXPECT_EQ(one("SELECT first_at || '-' || last_at FROM salesops.rep_day d JOIN salesops.rep_code c ON c.id = d.rep "
                "WHERE c.code = 'R1' AND d.day = 20759"),
            "1793613600-1793613600");
  // 2 Nov kept V1 only; 3 Nov has V2 and V3, both now with an outcome that counts.
  EXPECT_EQ(one("SELECT string_agg(day || ':' || visits || ':' || sale, ',' ORDER BY day) FROM "
                "(SELECT day, sum(visits) visits, sum(sale) sale FROM salesops.visit_rollup GROUP BY day) d"),
            "20759:1:1,20760:2:1,20761:1:0");
  EXPECT_EQ(one("SELECT count(*) FROM salesops.rep_code"), "3");

  // The same file again: nothing to write, and said so from the import log.
  auto r3 = store::importFile(*pg_, second);
  ASSERT_TRUE(r3) << r3.error().message;
  EXPECT_EQ(countsOf(*r3), (Counts{0, 0, 4, 0}));
  EXPECT_EQ(one("SELECT value FROM salesops.meta WHERE key = 'generation'"), "2");
}

// Each order carries a copy of its cancellation, each cancellation its order's rep, and
// install_rollup follows both files, whichever comes first. O1 installed 3 Nov (day 20760), O2 installed 4 Nov (20761).
TEST_F(PgImport, AnOrdersCancellationAndTheActiveInstallsFollowBothFilesInEitherOrder) {
  const std::string cancellations = dir_.file("cancellations.csv");
  writeFile(cancellations, "order_id,cancelled_at,reason\nO2,2026-11-10 09:00,cooling_off\n");
  ASSERT_TRUE(store::importFile(*pg_, cancellations));  // before its order is known
  EXPECT_EQ(one("SELECT count(*) FROM salesops.cancellation WHERE rep IS NULL"), "1");
  const std::string orders = dir_.file("orders.csv");
  writeFile(orders,
            "order_id,ordered_at,rep_id,channel,area,visit_id,postcode,house_number,product,monthly_fee,installed_at\n"
            "O1,2026-11-02 10:00,R1,d2d,UTR-01,V1,3581AB,1,Glasvezel 500,49.95,2026-11-03 12:00\n"
            "O2,2026-11-02 11:00,R1,d2d,UTR-01,V2,3581AB,3,Glasvezel 500,49.95,2026-11-04 12:00\n");
  ASSERT_TRUE(store::importFile(*pg_, orders));
  const char* copies =
      "SELECT string_agg(order_id || ':' || coalesce(cancelled_at::text, '-') || ':' || "
      "coalesce(cancel_reason::text, '-'), ',' ORDER BY order_id) FROM salesops.orders";
  // 10 Nov 09:00 = 1794301200; cooling_off is reason 0.
  EXPECT_EQ(one(copies), "O1:-:-,O2:1794301200:0");
  // And the cancellation its order's rep, by which row-level security shows it to R1's lead.
  EXPECT_EQ(one("SELECT c.order_id || ':' || r.code FROM salesops.cancellation c "
                "JOIN salesops.rep_code r ON r.id = c.rep"),
            "O2:R1");
  EXPECT_EQ(one("SELECT string_agg(day || ':' || delta, ',' ORDER BY day) FROM salesops.install_rollup"),
            "20760:1,20761:1,20767:-1");
  // The cancellation moves to the 12th: the order's copy and the rollup move with it.
  writeFile(cancellations, "order_id,cancelled_at,reason\nO2,2026-11-12 09:00,cooling_off\n");
  ASSERT_TRUE(store::importFile(*pg_, cancellations));
  EXPECT_EQ(one(copies), "O1:-:-,O2:1794474000:0");
  EXPECT_EQ(one("SELECT string_agg(day || ':' || delta, ',' ORDER BY day) FROM salesops.install_rollup"),
            "20760:1,20761:1,20769:-1");
}

TEST_F(PgImport, ATargetIsUpdatedByItsFourColumnKey) {
  const std::string file = dir_.file("targets.csv");
  writeFile(file,
            "week,level,key,metric,target\n"
            "2026-W45,all,,visits,1000\n"
            "2026-W45,team,Team Zuid,visits,400\n"
            "2026-W45,team,Team Zuid,conversion,0.12\n");
  auto r1 = store::importFile(*pg_, file);
  ASSERT_TRUE(r1) << r1.error().message;
  EXPECT_EQ(countsOf(*r1), (Counts{3, 0, 0, 0}));
  // Same week, level and key, other metric: a new row; the team's visits target changes.
  writeFile(file,
            "week,level,key,metric,target\n"
            "2026-W45,all,,visits,1000\n"
            "2026-W45,team,Team Zuid,visits,450\n"
            "2026-W45,team,Team Zuid,conversion,0.12\n"
            "2026-W45,team,Team Zuid,orders,40\n");
  auto r2 = store::importFile(*pg_, file);
  ASSERT_TRUE(r2) << r2.error().message;
  EXPECT_EQ(countsOf(*r2), (Counts{1, 1, 2, 0}));
  EXPECT_EQ(one("SELECT string_agg(key || ':' || metric || '=' || target, ',' ORDER BY level, key, metric) "
                "FROM salesops.target"),
            ":visits=1000,Team Zuid:conversion=0.12,Team Zuid:orders=40,Team Zuid:visits=450");
}

TEST_F(PgImport, RejectedRowsGoToTheRejectFileAndTheGoodRowsIn) {
  const std::string file = dir_.file("visits.csv");
  writeFile(file,
            "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
            "V1,2026-11-02 10:00,R1,UTR-01,sale,3581AB,1\n"
            "V2,31-02-2026 11:30,R1,UTR-01,not_home,3581AB,3\n"
            "V3,2026-11-03 09:15,R2,UTR-02,maybe,3581AC,5\n");
  auto r = store::importFile(*pg_, file);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(countsOf(*r), (Counts{1, 0, 0, 2}));
  EXPECT_EQ(r->rejectFile, dir_.file("visits.rejected.csv"));
  EXPECT_EQ(one("SELECT string_agg(visit_id, ',') FROM salesops.visit"), "V1");
  // --strict: the whole file is refused and nothing more is written.
  store::ImportOptions strict;
  strict.strict = true;
  writeFile(file,
            "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
            "V5,2026-11-02 10:00,R1,UTR-01,sale,3581AB,1\n"
            "V6,2026-11-02 10:00,R1,UTR-01,what,3581AB,1\n");
  auto refused = store::importFile(*pg_, file, strict);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, store::ImportReport::Status::Refused);
  EXPECT_EQ(one("SELECT count(*) FROM salesops.visit"), "1");
}

TEST_F(PgImport, ALeadCannotImport) {
  const std::string lead = makeUser("lead", "Lead-Pass-1");
  ASSERT_TRUE(store::grantAccess(*pg_, lead, store::GrantRole::Lead, {"Team Noord"}));
  auto asLead = PgStore::open(uri(dbName_, lead, "Lead-Pass-1"), OpenMode::Create);
  ASSERT_TRUE(asLead) << asLead.error().message;
  auto r = store::importFile(**asLead, kSample + "reps.csv");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("only ops users import"), std::string::npos) << r.error().message;
  EXPECT_EQ(one("SELECT count(*) FROM salesops.rep"), "0");
}

TEST_F(PgImport, AReaderSeesTheStoreBeforeOrAfterAnImportNeverHalfway) {
  ingest::RowBatch batch;
  batch.reps.push_back({"R1", "Anna", "Team Zuid", std::nullopt, std::nullopt});
  batch.reps.push_back({"R2", "Bas", "Team Noord", std::nullopt, std::nullopt});
  auto w = pg_->beginImport({});
  ASSERT_TRUE(w) << w.error().message;
  ASSERT_TRUE((*w)->write(FileKind::Reps, batch));
  auto counts = (*w)->finish();
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->inserted, 2);
  // Written, not committed: another client sees nothing of it.
  EXPECT_EQ(one("SELECT count(*) FROM salesops.rep"), "0");
  ASSERT_TRUE((*w)->commit());
  EXPECT_EQ(one("SELECT count(*) FROM salesops.rep"), "2");
}

TEST_F(PgImport, TwoImportsAtOnceRunOneAfterTheOther) {
  auto second = PgStore::open(db(), OpenMode::ReadWrite);
  ASSERT_TRUE(second);
  auto w = pg_->beginImport({});
  ASSERT_TRUE(w);
  std::atomic<bool> waited{false};
  std::optional<Result<store::ImportReport>> other;
  store::ImportOptions options;
  options.waiting = [&waited] { waited = true; };
  std::thread t([&] { other = store::importFile(**second, kSample + "reps.csv", options); });
  // The other import announces that it waits before it blocks on the lock; it cannot finish
  // while the first transaction is open.
  while (!waited) std::this_thread::yield();
  EXPECT_EQ(one("SELECT count(*) FROM salesops.rep"), "0");
  ASSERT_TRUE((*w)->commit());
  t.join();
  ASSERT_TRUE(other && *other) << (other ? other->error().message : "");
  EXPECT_EQ((*other)->inserted, 18);
}

}  // namespace
