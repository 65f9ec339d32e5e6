// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <gtest/gtest.h>

#include "ImportFixture.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"
#include "salesops/store/StoreReader.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

const std::string kVisits =
    "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
    "V1,2026-11-03 17:45,R001,UTR-01,sale,d2d,3512 AB,10\n"
    "V2,2026-11-03 18:05,R001,UTR-01,not_home,d2d,3512AB,12A\n"
    "V3,04-11-2026 10:00,R002,AMF-02,quote,htl,,\n";

ImportOptions visitsOnly() {
  ImportOptions o;
  o.kind = FileKind::Visits;
  return o;
}

class ImporterTest : public BackendImportFixture {};
SALESOPS_ON_BACKENDS(ImporterTest);

}  // namespace

TEST_P(ImporterTest, ImportsAFileAndReportsTheFourCounts) {
  auto r = importFile(target(), csv("visits.csv", kVisits));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, ImportReport::Status::Imported);
  EXPECT_EQ(r->kind, FileKind::Visits);
  EXPECT_EQ(r->inserted, 3);
  EXPECT_EQ(r->updated, 0);
  EXPECT_EQ(r->unchanged, 0);
  EXPECT_EQ(r->rejected, 0);
  EXPECT_TRUE(r->rejectFile.empty());
  EXPECT_FALSE(std::filesystem::exists(dir.file("visits.rejected.csv")));
  EXPECT_EQ(store->counts().visits, 3);
  EXPECT_EQ(one("SELECT house_number FROM visit WHERE visit_id = 'V2'"), 12);
  // 2026-11-03 17:45 local: day 20760 (2026-01-01 is 20454, +306), 63,900 s into it.
  EXPECT_EQ(one("SELECT visited_at FROM visit WHERE visit_id = 'V1'"), 20760LL * 86400 + 63900);
  if (!onServer()) {  // reads SQLite's rollup tables
    EXPECT_EQ(rollupMismatch(*store), "");
  }
}

TEST_P(ImporterTest, ReadsInOneSnapshotMissAnImportThatCommitsBetweenThem) {
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  // On SQLite the reader needs a connection of its own: the import's transaction cannot begin inside
  // the reader's.
  std::unique_ptr<Store> own;
  if (!onServer()) {
    auto s = Store::open(dir.file("s.sqlite"), OpenMode::ReadOnly);
    ASSERT_TRUE(s) << s.error().message;
    own = std::move(*s);
  }
  StoreReader& r = (own ? *own : *store).reader();
  const auto rolled = [&r] {
    int64_t n = 0;
    if (auto rows = r.visitRollup(0, 100000))
      for (const auto& row : *rows) n += row.counts[0];
    return n;
  };
  const auto d2d = [&r] {
    int64_t n = 0;
    EXPECT_TRUE(r.d2dAddresses(FactQuery{0, 100000, 0, {}, {}, {}}, [&n](const VisitAddress&) { ++n; }));
    return n;
  };
  {
    const ReadSnapshot snapshot(r);
    EXPECT_EQ(rolled(), 3);
    // Another program imports a fourth visit, door to door, and commits.
    ASSERT_TRUE(importFile(target(), csv("more.csv",
                                         "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
                                         "V4,2026-11-04 11:00,R002,AMF-02,quote,d2d,3811AA,4\n")));
    // The reads that follow still see the store as the first one did.
    EXPECT_EQ(d2d(), 2);
    EXPECT_EQ(rolled(), 3);
  }
  EXPECT_EQ(d2d(), 3);
  EXPECT_EQ(rolled(), 4);
}

TEST_P(ImporterTest, ReimportingTheSameFileChangesNothing) {
  const std::string path = csv("visits.csv", kVisits);
  ASSERT_TRUE(importFile(target(), path));
  auto again = importFile(target(), path);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->inserted, 0);
  EXPECT_EQ(again->updated, 0);
  EXPECT_EQ(again->unchanged, 3);
  EXPECT_EQ(store->counts().visits, 3);
}

TEST_P(ImporterTest, TheSameRowsWrittenDifferentlyCompareUnchangedRowByRow) {
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  // Other bytes (semicolons, Dutch dates and names), same rows: the row-by-row comparison decides.
  const std::string dutch =
      "bezoek_id;bezocht_op;verkoper;gebied;uitkomst;kanaal;postcode;huisnummer\n"
      "V1;03-11-2026 17:45;R001;UTR-01;verkoop;deur;3512AB;10\n"
      "V2;03/11/2026 18:05;R001;UTR-01;niet_thuis;deur;3512 ab;12 A\n"
      "V3;2026-11-04T10:00;R002;AMF-02;offerte;htl;;\n";
  auto r = importFile(target(), csv("bezoeken.csv", dutch));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->rejected, 0);
  EXPECT_EQ(r->unchanged, 3);
  EXPECT_EQ(r->inserted + r->updated, 0);
}

TEST_P(ImporterTest, AFileImportedAgainAfterOtherChangesRevertsThem) {
  const std::string path = csv("visits.csv", kVisits);
  ASSERT_TRUE(importFile(target(), path));
  const int64_t generation = store->generation();
  std::string newer = kVisits;
  newer.replace(newer.find("not_home"), 8, "callback");
  ASSERT_TRUE(importFile(target(), csv("newer.csv", newer)));
  EXPECT_EQ(store->generation(), generation + 1);
  // The store changed since the first import, so the old file is compared row by row again.
  auto r = importFile(target(), path);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->updated, 1);
  EXPECT_EQ(r->unchanged, 2);
  EXPECT_EQ(one("SELECT outcome FROM visit WHERE visit_id = 'V2'"), static_cast<int>(Outcome::NotHome));
}

TEST_P(ImporterTest, OnlyImportsThatChangeDataStartANewGeneration) {
  const int64_t start = store->generation();
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  EXPECT_EQ(store->generation(), start + 1);
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  EXPECT_EQ(store->generation(), start + 1);
  EXPECT_EQ(store->importLog().back().generation, start + 1);
}

TEST_P(ImporterTest, ANewerExportUpdatesWhatChanged) {
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  std::string newer = kVisits;
  newer.replace(newer.find("not_home"), 8, "callback");
  newer += "V4,2026-11-05 19:00,R003,UTR-01,no_interest,d2d,3512AC,1\n";
  auto r = importFile(target(), csv("visits2.csv", newer));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->updated, 1);
  EXPECT_EQ(r->unchanged, 2);
  EXPECT_EQ(one("SELECT outcome FROM visit WHERE visit_id = 'V2'"), static_cast<int>(Outcome::Callback));
  if (!onServer()) {  // reads SQLite's rollup tables
    EXPECT_EQ(rollupMismatch(*store), "");
  }
}

TEST_P(ImporterTest, BadRowsAreKeptAsideInARejectFileAndGoodRowsImported) {
  const std::string text = kVisits + "V5,31-02-2026 10:00,R001,UTR-01,sale,d2d,3512AB,3\n";
  auto r = importFile(target(), csv("visits.csv", text));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 3);
  EXPECT_EQ(r->rejected, 1);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].line, 5);
  EXPECT_EQ(r->errors[0].column, "visited_at");
  EXPECT_EQ(r->errors[0].value, "31-02-2026 10:00");
  EXPECT_EQ(r->rejectFile, dir.file("visits.rejected.csv"));
  const std::string rejected = readFile(r->rejectFile);
  EXPECT_EQ(rejected.substr(0, rejected.find('\n')),
            "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number,line,error");
  EXPECT_NE(rejected.find("V5,31-02-2026 10:00,R001,UTR-01,sale,d2d,3512AB,3,5,"), std::string::npos) << rejected;
  EXPECT_EQ(store->importLog().back().rejected, 1);
}

TEST_P(ImporterTest, StrictModeImportsNothingWhenARowIsBad) {
  const std::string text = kVisits + "V5,2026-11-05 10:00,R001,UTR-01,maybe,d2d,3512AB,3\n";
  ImportOptions options;
  options.strict = true;
  auto r = importFile(target(), csv("visits.csv", text), options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, ImportReport::Status::Refused);
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(store->counts(), TableCounts{});
  EXPECT_TRUE(store->importLog().empty());
  EXPECT_EQ(one("SELECT count(*) FROM rep_code"), 0);
}

TEST_P(ImporterTest, AMissingRequiredColumnRejectsTheFileAndNamesIt) {
  auto r =
      importFile(target(), csv("v.csv", "visit_id,visited_at,rep_id,outcome\nV1,2026-11-03,R1,sale\n"), visitsOnly());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("area"), std::string::npos) << r.error().message;
  EXPECT_EQ(store->counts(), TableCounts{});
}

TEST_P(ImporterTest, RecordsEachImportInTheLog) {
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  auto log = store->importLog();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].fileName, "visits.csv");
  EXPECT_EQ(log[0].fileSize, static_cast<int64_t>(kVisits.size()));
  EXPECT_EQ(log[0].kind, FileKind::Visits);
  EXPECT_EQ(log[0].inserted, 3);
  EXPECT_EQ(log[1].unchanged, 3);
  EXPECT_EQ(log[0].contentHash.size(), 32u);  // XXH3-128 in hex
  EXPECT_EQ(log[0].contentHash, log[1].contentHash);
  EXPECT_GT(log[0].importedAt, 1700000000);
}

TEST_P(ImporterTest, CancellingRollsTheFileBack) {
  std::string text = "visit_id,visited_at,rep_id,area,outcome,channel\n";
  for (int i = 0; i < 5000; ++i) text += "V" + std::to_string(i) + ",2026-11-03 12:00,R1,A1,not_home,htl\n";
  std::atomic<bool> cancel{false};
  ImportOptions options;
  options.batchRows = 500;
  options.cancel = &cancel;
  int batches = 0;
  options.progress = [&](uint64_t, uint64_t) {
    if (++batches == 3) cancel = true;
  };
  auto r = importFile(target(), csv("visits.csv", text), options);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, ImportReport::Status::Cancelled);
  EXPECT_EQ(store->counts().visits, 0);
  EXPECT_TRUE(store->importLog().empty());
}

TEST_P(ImporterTest, ImportsADutchExcelOrdersExport) {
  // Semicolons, Windows-1252 (0xE9 = é), Dutch column names, day-first date-time, decimal comma.
  const std::string text =
      "ordernummer;besteld_op;verkoper;gebied;kanaal;pakket;maandbedrag;aangesloten_op;ftr\r\n"
      "O1;31-12-2026 17:45;R001;UTR-01;deur;Glasvezel 500 caf\xE9;42,50;;ja\r\n";
  auto r = importFile(target(), csv("orders.csv", text));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->kind, FileKind::Orders);
  EXPECT_EQ(r->encoding, ingest::Encoding::Windows1252);
  EXPECT_EQ(r->delimiter, ';');
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(one("SELECT monthly_fee_cents FROM orders"), 4250);
  // 2026-12-31 is day 20454 + 364 = 20818; 17:45 is 63,900 s.
  EXPECT_EQ(one("SELECT ordered_at FROM orders"), 20818LL * 86400 + 63900);
  EXPECT_EQ(one("SELECT first_time_right FROM orders"), 1);
  EXPECT_EQ(one("SELECT CASE WHEN installed_at IS NULL THEN 1 ELSE 0 END FROM orders"), 1);
  EXPECT_EQ(one("SELECT CASE WHEN product = 'Glasvezel 500 caf\xC3\xA9' THEN 1 ELSE 0 END FROM orders"), 1);
}

// A watched folder (issue 16 item 2) imports each content once and says where it came from.
TEST_P(ImporterTest, SkipImportedRecognisesAContentImportedBeforeUnderAnyNameAndRecordsTheSource) {
  ImportOptions watch;
  watch.source = "watch /srv/exports";
  watch.skipImported = true;
  auto first = importFile(target(), csv("visits.csv", kVisits), watch);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->status, ImportReport::Status::Imported);
  EXPECT_EQ(first->inserted, 3);

  // The same bytes under another name: not read into the store, no log entry.
  const int64_t generation = store->generation();
  auto again = importFile(target(), csv("bezoeken-kopie.csv", kVisits), watch);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->status, ImportReport::Status::AlreadyImported);
  ASSERT_TRUE(again->earlier);
  EXPECT_EQ(again->earlier->id, 1);
  EXPECT_EQ(again->earlier->fileName, "visits.csv");
  EXPECT_EQ(again->inserted + again->updated + again->unchanged, 0);
  EXPECT_EQ(store->generation(), generation);

  // One more row is another content: imported, the three known rows unchanged.
  auto changed =
      importFile(target(), csv("visits.csv", kVisits + "V4,2026-11-05 10:00,R001,UTR-01,sale,d2d,3512AB,20\n"), watch);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->status, ImportReport::Status::Imported);
  EXPECT_EQ(changed->inserted, 1);
  EXPECT_EQ(changed->unchanged, 3);

  // Without skipImported (the import command) the same content is read again, as before.
  ImportOptions command;
  command.source = "import";
  auto plain = importFile(target(), csv("copy.csv", kVisits), command);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->status, ImportReport::Status::Imported);
  EXPECT_EQ(plain->unchanged, 3);

  const auto log = store->importLog();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].source, "watch /srv/exports");
  EXPECT_EQ(log[1].source, "watch /srv/exports");
  EXPECT_EQ(log[2].source, "import");
  EXPECT_EQ(log[2].fileName, "copy.csv");
}

TEST_P(ImporterTest, TheLogRecordsTheColumnOverridesAsNameEqualsHeaderInNameOrder) {
  ImportOptions options;
  options.kind = FileKind::Reps;
  options.columnOverrides = {{"rep_id", "code"}, {"name", "volledige naam"}};
  ASSERT_TRUE(importFile(target(), csv("reps.csv", "code,volledige naam,team\nR9,Els Bakker,Oost\n"), options));
  ASSERT_TRUE(importFile(target(), csv("visits.csv", kVisits)));
  const auto log = store->importLog();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].options, "name=volledige naam;rep_id=code;");
  EXPECT_EQ(log[1].options, "");
}
