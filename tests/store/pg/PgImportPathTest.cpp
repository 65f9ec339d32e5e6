// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import's two ways in: straight COPY into an empty visit or order table (the owner), and the
// staging table with its set-based upsert (a table with rows, or an ops user, whom row-level security
// keeps from COPY). Both must leave the same rows, rollups and counts.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>

#include "PgStoreTest.h"

#include "salesops/store/Importer.h"
#include "salesops/store/Store.h"
#include "salesops/store/StoreReader.h"
#include "salesops/store/pg/PgServer.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::OpenMode;
using store::PgStore;
using store::testing::writeFile;

namespace {

const std::string kSampleDir = std::string(SALESOPS_SOURCE_DIR) + "/data/";

// Visits, orders, visit rollups and rep-days as text with codes, not ids: the same text on two
// stores means the same contents, whichever ids the codes got.
constexpr const char* kStoreDump =
    "SELECT concat_ws(E'\\n--\\n', (" SALESOPS_PG_VISIT_DUMP
    "), "
    "(SELECT string_agg(concat_ws('|', o.order_id, o.ordered_at, r.code, a.code, o.channel, o.visit_id, o.product, "
    "o.monthly_fee_cents, o.installed_at, o.first_time_right), E'\\n' ORDER BY o.order_id) FROM salesops.orders o "
    "JOIN salesops.rep_code r ON r.id = o.rep JOIN salesops.area_code a ON a.id = o.area), "
    "(SELECT string_agg(concat_ws('|', u.day, u.hour, r.code, a.code, u.channel, u.visits, u.not_home, u.no_interest, "
    "u.already_customer, u.contract_lock_in, u.callback, u.quote, u.sale), E'\\n' "
    "ORDER BY u.day, u.hour, r.code, a.code, u.channel) FROM salesops.visit_rollup u "
    "JOIN salesops.rep_code r ON r.id = u.rep JOIN salesops.area_code a ON a.id = u.area), "
    "(SELECT string_agg(concat_ws('|', d.day, r.code, d.first_at, d.last_at), E'\\n' ORDER BY d.day, r.code) "
    "FROM salesops.rep_day d JOIN salesops.rep_code r ON r.id = d.rep), "
    "(SELECT string_agg(concat_ws('|', i.day, r.code, a.code, i.delta), E'\\n' ORDER BY i.day, r.code, a.code) "
    "FROM salesops.install_rollup i JOIN salesops.rep_code r ON r.id = i.rep JOIN salesops.area_code a "
    "ON a.id = i.area))";

// Empties the store, import log included (or the same file would count as unchanged since then).
constexpr const char* kEmptyTheStore =
    "DELETE FROM salesops.install_rollup; DELETE FROM salesops.visit_rollup; DELETE FROM salesops.rep_day; "
    "DELETE FROM salesops.cancellation; DELETE FROM salesops.orders; DELETE FROM salesops.visit; "
    "DELETE FROM salesops.rep; DELETE FROM salesops.area; DELETE FROM salesops.rep_code; "
    "DELETE FROM salesops.area_code; DELETE FROM salesops.import_log";

std::vector<std::string> fileLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// One line of the sample's visits.csv with `edit` applied to its nine fields.
std::string edited(const std::string& line, const std::function<void(std::vector<std::string>&)>& edit) {
  std::vector<std::string> f;
  std::stringstream in(line);
  for (std::string x; std::getline(in, x, ',');) f.push_back(x);
  if (line.back() == ',') f.emplace_back();
  EXPECT_EQ(f.size(), 9u) << line;
  edit(f);
  std::string out;
  for (size_t k = 0; k < f.size(); ++k) out += (k ? "," : "") + f[k];
  return out;
}

class PgImportPath : public PgStoreTest {
 protected:
  // V0..V2, a minute apart on 2026-11-02, of rep R1 in UTR-01, all with `outcome`.
  static ingest::RowBatch threeVisits(Outcome outcome) {
    ingest::RowBatch batch;
    for (int i = 0; i < 3; ++i) {
      ingest::VisitRow v;
      v.visitId = "V" + std::to_string(i);
      v.visitedAt = DateTime::fromSeconds(1793613600 + i * 60);
      v.repId = "R1";
      v.area = "UTR-01";
      v.outcome = outcome;
      v.postcode = "3581AB";
      v.houseNumber = i + 1;
      batch.visits.push_back(v);
    }
    return batch;
  }
  // The sample's 2,003 visits as two files, visits 1..1200 and 801..2003, `edit` (when given) applied
  // to the second file's fields with each visit's line number.
  std::pair<std::string, std::string> overlappingFiles(
      const std::function<void(size_t, std::vector<std::string>&)>& edit) {
    const std::vector<std::string> all = fileLines(kSampleDir + "visits.csv");
    EXPECT_EQ(all.size(), 2004u);
    std::string first = all[0] + "\n", second = all[0] + "\n";
    for (size_t i = 1; i <= 1200; ++i) first += all[i] + "\n";
    for (size_t i = 801; i < all.size(); ++i)
      second += (edit ? edited(all[i], [&](std::vector<std::string>& f) { edit(i, f); }) : all[i]) + "\n";
    const std::string a = dir_.file("visits-a.csv"), b = dir_.file("visits-b.csv");
    writeFile(a, first);
    writeFile(b, second);
    return {a, b};
  }
  // Whether, within 30 s, a session of this test's database waits for a lock (a reader held up by
  // the import).
  bool someoneWaitsForALock() {
    for (int i = 0; i < 3000; ++i) {
      if (one("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = "
              "current_database()") == "1")
        return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  // An ops user's store on this test's database.
  std::unique_ptr<PgStore> opsStore() {
    const std::string ops = makeUser("ops", "Ops-Pass-1");
    EXPECT_TRUE(store::grantAccess(*pg_, ops, store::GrantRole::Ops, {}));
    auto s = PgStore::open(uri(dbName_, ops, "Ops-Pass-1"), OpenMode::ReadWrite);
    EXPECT_TRUE(s) << s.error().message;
    return s ? std::move(*s) : nullptr;
  }
  // Imports the files in order and returns their counts, one "inserted/updated/unchanged/rejected" each.
  std::string importAll(PgStore& into, const std::vector<std::string>& files) {
    std::string out;
    for (const std::string& f : files) {
      auto r = store::importFile(into, f);
      EXPECT_TRUE(r) << f << ": " << r.error().message;
      if (!r) return out;
      std::ostringstream c;
      c << countsOf(*r);
      out += c.str() + " ";
    }
    return out;
  }
  // Imports the files in order into the team store and into `lite`, expecting the same counts of
  // both; returns the team store's.
  std::vector<Counts> importOnBoth(store::Store& lite, const std::vector<std::string>& files) {
    std::vector<Counts> got;
    for (const std::string& f : files) {
      auto onPg = store::importFile(*pg_, f);
      EXPECT_TRUE(onPg) << f << ": " << onPg.error().message;
      auto onLite = store::importFile(lite, f);
      EXPECT_TRUE(onLite) << onLite.error().message;
      if (!onPg || !onLite) return got;
      EXPECT_EQ(countsOf(*onPg), countsOf(*onLite)) << f;
      got.push_back(countsOf(*onPg));
    }
    return got;
  }
};

TEST_F(PgImportPath, TheOwnersCopyIntoEmptyTablesAndAnOpsUsersStagedImportLeaveTheSameStore) {
  const std::vector<std::string> files = {kSampleDir + "reps.csv", kSampleDir + "areas.csv", kSampleDir + "visits.csv",
                                          kSampleDir + "orders.csv", kSampleDir + "cancellations.csv"};
  // The owner is not subject to row-level security: visits and orders go straight into their tables.
  const std::string asOwner = importAll(*pg_, files);
  EXPECT_EQ(asOwner, "18/0/0/0 24/0/0/0 2003/0/0/0 123/0/0/0 9/0/0/0 ");
  const std::string owners = one(kStoreDump);
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  EXPECT_EQ(one("SELECT sum(visits) FROM salesops.visit_rollup"), "2003");

  // An ops user may not COPY into a table with row-level security: the staging table and upsert.
  admin(kEmptyTheStore);
  auto ops = opsStore();
  ASSERT_TRUE(ops);
  EXPECT_EQ(importAll(*ops, files), asOwner);
  EXPECT_EQ(one(kStoreDump), owners);
  EXPECT_EQ(one(kRollupsVsVisits), "0");
}

TEST_F(PgImportPath, AnEmptyTableAndOneHoldingAnUnrelatedVisitEndWithTheSameRowsRollupsAndCounts) {
  const std::string visits = kSampleDir + "visits.csv";
  EXPECT_EQ(importAll(*pg_, {kSampleDir + "reps.csv", kSampleDir + "areas.csv", visits}),
            "18/0/0/0 24/0/0/0 2003/0/0/0 ");  // into the empty table
  const std::string intoEmpty = one(kStoreDump);

  // With one visit of 1 January 1970 in the table, the same file takes the upsert; that visit and
  // its day's rollups taken away again, the store must be the same.
  admin(kEmptyTheStore);
  const std::string early = dir_.file("early.csv");
  writeFile(early,
            "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
            "Z1,1970-01-01 10:00,RZ,ZZ-01,sale,1234AB,1\n");
  EXPECT_EQ(importAll(*pg_, {kSampleDir + "reps.csv", kSampleDir + "areas.csv", early, visits}),
            "18/0/0/0 24/0/0/0 1/0/0/0 2003/0/0/0 ");
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  admin(
      "DELETE FROM salesops.visit WHERE visit_id = 'Z1'; DELETE FROM salesops.visit_rollup WHERE day = 0; "
      "DELETE FROM salesops.rep_day WHERE day = 0");
  EXPECT_EQ(one(kStoreDump), intoEmpty);
}

TEST_F(PgImportPath, AReaderSeesNothingOfACopyIntoAnEmptyTableUntilItCommits) {
  ingest::RowBatch batch = threeVisits(Outcome::Sale);
  auto w = pg_->beginImport({});
  ASSERT_TRUE(w) << w.error().message;
  ASSERT_TRUE((*w)->write(FileKind::Visits, batch));
  auto counts = (*w)->finish();
  ASSERT_TRUE(counts) << counts.error().message;
  EXPECT_EQ(counts->inserted, 3);
  // The rollups and codes are there to read: none of the import's yet.
  const std::string rollups =
      "SELECT (SELECT coalesce(sum(visits), 0) FROM salesops.visit_rollup) || ' ' || (SELECT count(*) FROM "
      "salesops.rep_day) || ' ' || (SELECT count(*) FROM salesops.rep_code)";
  EXPECT_EQ(one(rollups), "0 0 0");
  // The owner's import set the visits' indexes aside, which locks the table until the commit: a
  // reader of the visits waits, then sees all of them at once.
  const std::string visits = "SELECT count(*) || ' ' || (" + rollups + ") FROM salesops.visit";
  std::string read;
  std::atomic<bool> done{false};
  std::thread reader([&] {
    read = one(visits);
    done = true;
  });
  EXPECT_TRUE(someoneWaitsForALock()) << "the reader did not wait for the import";
  EXPECT_FALSE(done);
  ASSERT_TRUE((*w)->commit());
  reader.join();
  EXPECT_EQ(read, "3 3 1 1");
  // The indexes are back, under their own names.
  EXPECT_EQ(one("SELECT string_agg(indexrelid::regclass::text, ' ' ORDER BY indexrelid::regclass::text) FROM "
                "pg_index WHERE indrelid = 'salesops.visit'::regclass"),
            "salesops.visit_by_time salesops.visit_pkey salesops.visit_sales");
  EXPECT_EQ(one("SELECT count(*) FROM pg_constraint WHERE conrelid = 'salesops.visit'::regclass AND contype = 'p'"),
            "1");
}

TEST_F(PgImportPath, ReadsInOneSnapshotAgreeWhileTheFirstImportCommits) {
  // A reader that counts the rollups, waits for the visits (their indexes set aside by the import)
  // and counts them: inside one ReadSnapshot both counts come from the same moment. Without it the
  // rollups said 0 visits and the visits 3.
  ingest::RowBatch batch = threeVisits(Outcome::Quote);
  auto w = pg_->beginImport({});
  ASSERT_TRUE(w) << w.error().message;
  ASSERT_TRUE((*w)->write(FileKind::Visits, batch));
  ASSERT_TRUE((*w)->finish());

  auto opened = store::Store::open(db(), OpenMode::ReadWrite);
  ASSERT_TRUE(opened) << opened.error().message;
  store::Store& readerStore = **opened;
  const int32_t day = static_cast<int32_t>(1793613600 / 86400);
  std::atomic<bool> done{false};
  int64_t rolled = -1, visited = -1;
  std::thread reader([&] {
    store::StoreReader& r = readerStore.reader();
    const store::ReadSnapshot snapshot(r);
    auto rows = r.visitRollup(day - 1, day + 1);
    rolled = 0;
    if (rows)
      for (const auto& row : *rows) rolled += row.counts[0];
    visited = 0;
    auto each = r.d2dAddresses(store::FactQuery{day - 1, day + 1, 0, {}, {}, {}},
                               [&](const store::VisitAddress&) { ++visited; });
    if (!each) visited = -1;
    done = true;
  });
  EXPECT_TRUE(someoneWaitsForALock()) << "the reader did not wait for the import";
  EXPECT_FALSE(done);
  ASSERT_TRUE((*w)->commit());
  reader.join();
  // Both from before the commit: the snapshot began with the first read.
  EXPECT_EQ(rolled, 0);
  EXPECT_EQ(visited, 0);
  // A new snapshot sees all of it in both.
  const store::ReadSnapshot after(readerStore.reader());
  auto rows = readerStore.reader().visitRollup(day - 1, day + 1);
  ASSERT_TRUE(rows);
  int64_t total = 0;
  for (const auto& row : *rows) total += row.counts[0];
  EXPECT_EQ(total, 3);
}

TEST_F(PgImportPath, AnImportWaitingForOneIntoTheEmptyTableComparesWithItsRows) {
  // The first import copies V1 and V2 into the empty table and holds the lock; the second, of V2
  // changed and V3, waits, then finds the table no longer empty and upserts.
  ingest::RowBatch batch;
  for (int i = 1; i <= 2; ++i) {
    ingest::VisitRow v;
    v.visitId = "V" + std::to_string(i);
    v.visitedAt = DateTime::fromSeconds(1793613600 + i * 60);
    v.repId = "R1";
    v.area = "UTR-01";
    v.outcome = Outcome::NotHome;
    v.postcode = "3581AB";
    v.houseNumber = i;
    batch.visits.push_back(v);
  }
  auto w = pg_->beginImport({});
  ASSERT_TRUE(w) << w.error().message;
  ASSERT_TRUE((*w)->write(FileKind::Visits, batch));
  ASSERT_TRUE((*w)->finish());

  const std::string file = dir_.file("visits.csv");
  writeFile(file,
            "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n"
            "V2,2026-11-02 10:02,R1,UTR-01,sale,3581AB,2\n"
            "V3,2026-11-02 10:03,R2,UTR-02,quote,3581AB,3\n");
  auto second = PgStore::open(db(), OpenMode::ReadWrite);
  ASSERT_TRUE(second);
  std::atomic<bool> waited{false};
  std::optional<Result<store::ImportReport>> other;
  store::ImportOptions options;
  options.waiting = [&waited] { waited = true; };
  std::thread t([&] { other = store::importFile(**second, file, options); });
  while (!waited) std::this_thread::yield();
  ASSERT_TRUE((*w)->commit());
  t.join();
  ASSERT_TRUE(other && *other) << (other ? other->error().message : "");
  EXPECT_EQ(countsOf(**other), (Counts{1, 1, 0, 0}));
  EXPECT_EQ(one("SELECT string_agg(visit_id || ':' || outcome, ',' ORDER BY visit_id) FROM salesops.visit"),
            "V1:0,V2:6,V3:5");
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  EXPECT_EQ(one("SELECT count(*) || ' ' || (SELECT count(*) FROM salesops.area_code) FROM salesops.rep_code"), "2 2");
}

TEST_F(PgImportPath, AFileOverlappingAnEarlierOneCountsAndStoresAsOnSqlite) {
  // The sample's 2,003 visits as two files: 1..1200, then 801..2003 (803 new), in which every 7th
  // visit of the overlap becomes a sale, every 11th moves to 23:59:59 of its day and every 13th to
  // rep R001, so that rollups lose and gain counts and rep-days shrink and grow.
  const auto [a, b] = overlappingFiles([](size_t i, std::vector<std::string>& f) {
    if (i <= 1200 && i % 7 == 0) f[4] = "sale";
    if (i <= 1200 && i % 11 == 0) f[1] = f[1].substr(0, 11) + "23:59:59";
    if (i <= 1200 && i % 13 == 0) f[2] = "R001";
  });

  auto lite = store::Store::open(dir_.file("s.sqlite"));
  ASSERT_TRUE(lite);
  const std::vector<Counts> got = importOnBoth(**lite, {kSampleDir + "reps.csv", kSampleDir + "areas.csv", a, b});
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[2], (Counts{1200, 0, 0, 0}));
  EXPECT_EQ(got[3].inserted, 803);
  EXPECT_GT(got[3].updated, 0);
  EXPECT_EQ(got[3].updated + got[3].unchanged, 400);
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  EXPECT_EQ(one("SELECT sum(visits) FROM salesops.visit_rollup"), "2003");
  EXPECT_EQ(one(kVisitDump), sqliteVisitDump(**lite));
}

TEST_F(PgImportPath, AFileOfNewAndUnchangedVisitsAddsOnlyTheNewOnesToTheRollups) {
  // Visits 1..1200 of the sample, then 801..2003 as they were: 400 unchanged, 803 new, none changed
  // (the rollups' subtraction is left out).
  const auto [a, b] = overlappingFiles({});
  EXPECT_EQ(importAll(*pg_, {kSampleDir + "reps.csv", kSampleDir + "areas.csv", a, b}),
            "18/0/0/0 24/0/0/0 1200/0/0/0 803/0/400/0 ");
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  EXPECT_EQ(one("SELECT sum(visits) FROM salesops.visit_rollup"), "2003");
}

TEST_F(PgImportPath, FilesOfKnownKeysOnlyCountUnchangedAndUpdatedRowsAsOnSqlite) {
  // The sample's visits, then the same rows with CRLF line ends (other bytes: compared row by row),
  // then again with every 5th visit a sale: no new key in either.
  const std::vector<std::string> all = fileLines(kSampleDir + "visits.csv");
  std::string crlf, sales = all[0] + "\n";
  int changed = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    crlf += all[i] + "\r\n";
    if (i == 0) continue;
    sales += edited(all[i], [i, &changed](std::vector<std::string>& f) {
      if (i % 5 == 0 && f[4] != "sale") {
        f[4] = "sale";
        ++changed;
      }
    });
    sales += "\n";
  }
  const std::string a = dir_.file("visits-crlf.csv"), b = dir_.file("visits-sales.csv");
  writeFile(a, crlf);
  writeFile(b, sales);
  auto lite = store::Store::open(dir_.file("s.sqlite"));
  ASSERT_TRUE(lite);
  const std::vector<Counts> got =
      importOnBoth(**lite, {kSampleDir + "reps.csv", kSampleDir + "areas.csv", kSampleDir + "visits.csv", a, b});
  ASSERT_EQ(got.size(), 5u);
  ASSERT_GT(changed, 100);
  EXPECT_EQ(got[3], (Counts{0, 0, 2003, 0}));
  EXPECT_EQ(got[4], (Counts{0, changed, 2003 - changed, 0}));
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  EXPECT_EQ(one("SELECT sum(visits) FROM salesops.visit_rollup"), "2003");
}

TEST_F(PgImportPath, CodesFirstSeenAfterTheFirstBatchAreInternedOnEitherPath) {
  // 9,000 visits, one a minute from 2 November: a batch is 8,192 rows, so rep R9 (from visit 8,500)
  // and area A9 (from 8,800) appear while the rows already stream.
  std::string csv = "visit_id,visited_at,rep_id,area,outcome,postcode,house_number\n";
  for (int i = 0; i < 9000; ++i) {
    char line[128];
    std::snprintf(line, sizeof line, "V%05d,2026-11-%02d %02d:%02d,%s,%s,%s,3581AB,%d\n", i, 2 + i / 1440, i / 60 % 24,
                  i % 60, i < 8500 ? "R1" : "R9", i >= 8800 ? "A9" : (i % 2 ? "A2" : "A1"), i % 3 ? "not_home" : "sale",
                  i + 1);
    csv += line;
  }
  const std::string file = dir_.file("visits.csv");
  writeFile(file, csv);
  const std::string byCode =
      "SELECT string_agg(r.code || ':' || a.code || ':' || n, ',' ORDER BY r.code, a.code) FROM (SELECT rep, area, "
      "count(*) n FROM salesops.visit GROUP BY 1, 2) v JOIN salesops.rep_code r ON r.id = v.rep "
      "JOIN salesops.area_code a ON a.id = v.area";
  // R1: 4,250 in A1 and in A2; R9: 150 in each before A9 (8,500..8,799), then 200 in A9.
  const std::string expected = "R1:A1:4250,R1:A2:4250,R9:A1:150,R9:A2:150,R9:A9:200";

  EXPECT_EQ(importAll(*pg_, {file}), "9000/0/0/0 ");  // the owner: COPY into the empty table
  EXPECT_EQ(one(byCode), expected);
  EXPECT_EQ(one("SELECT count(*) || ' ' || (SELECT count(*) FROM salesops.area_code) FROM salesops.rep_code"), "2 3");
  EXPECT_EQ(one(kRollupsVsVisits), "0");
  const std::string owners = one(kStoreDump);

  admin(kEmptyTheStore);
  auto ops = opsStore();
  ASSERT_TRUE(ops);
  EXPECT_EQ(importAll(*ops, {file}), "9000/0/0/0 ");  // staged
  EXPECT_EQ(one(byCode), expected);
  EXPECT_EQ(one(kStoreDump), owners);
  EXPECT_EQ(one(kRollupsVsVisits), "0");
}

}  // namespace
