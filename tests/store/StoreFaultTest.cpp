// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Faults around an import: a full disk (SQLite's max_page_count on the store connection), a reject
// file that cannot be written, and stores that must be refused without a byte written.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>

#include "Schema.h"
#include "Sqlite.h"
#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"
#include "salesops/store/StoreWriter.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

class StoreFault : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("s.sqlite");
    auto store = Store::open(path_);
    ASSERT_TRUE(store) << store.error().message;
    writeVisits(dir_.file("first.csv"), 1000, 0);
    ASSERT_TRUE(importFile(**store, dir_.file("first.csv")));
  }

  // A visits file with 3 bad rows (lines 3, 4 and 5) among 20 good ones, so a reject file is due.
  std::string fileWithBadRows() {
    std::string text =
        "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
        "W1,2026-11-03 10:00,R001,UTR-01,sale,d2d,3512AB,1\n"
        "W2,31-02-2026 10:00,R001,UTR-01,sale,d2d,3512AB,2\n"
        "W3,2026-11-03 10:00,R001,UTR-01,maybe,d2d,3512AB,3\n"
        "W4,2026-11-03 10:00,R001,UTR-01,sale,d2d,,4\n";
    for (int i = 5; i < 24; ++i) text += "W" + std::to_string(i) + ",2026-11-04 11:00,R002,UTR-02,not_home,htl,,\n";
    writeFile(dir_.file("bad-rows.csv"), text);
    return dir_.file("bad-rows.csv");
  }

  TempDir dir_;
  std::string path_;
};

}  // namespace

// The store's connection may grow the file by only so many pages: each import then fails at some
// point of its writing (rows, code tables, rollups, log, commit), with SQLite's "disk is full",
// and leaves the store as it was. With room enough the same import goes through on the same
// connection: the program is still usable.
TEST_F(StoreFault, AFullDiskFailsTheImportCleanlyAtEveryPointAndTheStoreStaysUsable) {
  auto store = Store::open(path_);
  ASSERT_TRUE(store);
  const std::string before = snapshot(**store);
  const std::string file = dir_.file("more.csv");
  writeVisits(file, 20000, 500, 1);
  const int64_t pages = queryInt(**store, "PRAGMA page_count");
  ASSERT_GT(pages, 0);

  int failures = 0;
  for (int64_t room = 0;; room = room ? room * 2 : 1) {
    SCOPED_TRACE("room for " + std::to_string(room) + " more pages");
    ASSERT_TRUE((*store)->db().exec("PRAGMA max_page_count = " + std::to_string(pages + room)));
    auto r = importFile(**store, file);
    if (r) {
      EXPECT_EQ(r->inserted, 19500);
      EXPECT_EQ(r->updated, 500);
      break;
    }
    ++failures;
    EXPECT_NE(r.error().message.find("disk is full"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("more.csv"), std::string::npos) << r.error().message;
    EXPECT_EQ(snapshot(**store), before);
    ASSERT_LT(room, 1 << 20) << "the import never went through";
  }
  EXPECT_GE(failures, 5);  // the file needs hundreds of pages: it failed at many sizes on the way
  EXPECT_EQ((*store)->counts().visits, 20500);
  EXPECT_EQ((*store)->integrityCheck(), "ok");
  EXPECT_EQ(rollupMismatch(**store), "");
}

// The disk fills up while the store commits the last rows of a file... and after the failure the
// store reopens as it was: nothing of the failed import reached the file.
TEST_F(StoreFault, AFailedImportLeavesNothingInTheStoreFile) {
  const std::string before = snapshotOf(path_);
  {
    auto store = Store::open(path_);
    ASSERT_TRUE(store);
    const int64_t pages = queryInt(**store, "PRAGMA page_count");
    ASSERT_TRUE((*store)->db().exec("PRAGMA max_page_count = " + std::to_string(pages + 8)));
    writeVisits(dir_.file("more.csv"), 20000, 500, 1);
    ASSERT_FALSE(importFile(**store, dir_.file("more.csv")));
  }
  EXPECT_EQ(snapshotOf(path_), before);
}

TEST_F(StoreFault, ARejectFileInAFolderThatCannotExistFailsTheImportAndRollsItBack) {
  const std::string before = snapshotOf(path_);
  writeFile(dir_.file("a-file"), "not a folder");
  auto store = Store::open(path_);
  ASSERT_TRUE(store);
  ImportOptions options;
  options.rejectFile = dir_.file("a-file") + "/rejects.csv";  // a folder inside a file: even root cannot
  auto r = importFile(**store, fileWithBadRows(), options);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("cannot write " + *options.rejectFile), std::string::npos) << r.error().message;
  EXPECT_EQ(snapshot(**store), before);
  // Usable afterwards: with a reject file that can be written, the same file imports.
  auto again = importFile(**store, dir_.file("bad-rows.csv"));
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->inserted, 20);
  EXPECT_EQ(again->rejected, 3);
}

TEST_F(StoreFault, ARejectFileOnAFullDiskFailsTheImportAndRollsItBack) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string before = snapshotOf(path_);
  auto store = Store::open(path_);
  ASSERT_TRUE(store);
  ImportOptions options;
  options.rejectFile = "/dev/full";  // every write fails with ENOSPC
  auto r = importFile(**store, fileWithBadRows(), options);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("/dev/full"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("disk full"), std::string::npos) << r.error().message;
  EXPECT_EQ(snapshot(**store), before);
}

TEST_F(StoreFault, AStoreOpenedReadOnlyRefusesToWriteAndStaysByteForByteTheSame) {
  const std::string bytes = readFile(path_);
  auto store = Store::open(path_, OpenMode::ReadOnly);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_TRUE((*store)->readOnly());
  EXPECT_EQ((*store)->counts().visits, 1000);
  auto writer = StoreWriter::begin(**store);
  ASSERT_FALSE(writer);
  EXPECT_NE(writer.error().message.find("read-only"), std::string::npos) << writer.error().message;
  auto r = importFile(**store, fileWithBadRows());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("read-only"), std::string::npos) << r.error().message;
  store.value().reset();
  EXPECT_EQ(readFile(path_), bytes);
}

TEST_F(StoreFault, ATruncatedStoreIsRefusedAndLeftUntouched) {
  const std::string whole = readFile(path_);
  ASSERT_GT(whole.size(), 8 * 4096u);
  for (const size_t keep : {whole.size() / 2, whole.size() - 4096, size_t{4096}}) {
    SCOPED_TRACE("truncated to " + std::to_string(keep) + " bytes");
    const std::string cut = whole.substr(0, keep);
    writeFile(dir_.file("cut.sqlite"), cut);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
      auto store = Store::open(dir_.file("cut.sqlite"), mode);
      ASSERT_FALSE(store) << "opened a truncated store";
      EXPECT_NE(store.error().message.find("damaged"), std::string::npos) << store.error().message;
      EXPECT_NE(store.error().message.find("left untouched"), std::string::npos) << store.error().message;
    }
    EXPECT_EQ(readFile(dir_.file("cut.sqlite")), cut);
    EXPECT_FALSE(std::filesystem::exists(dir_.file("cut.sqlite-wal")));
  }
}

// Files that are not stores of ours: never opened for writing, never changed.
TEST_F(StoreFault, ForeignAndDamagedFilesAreRefusedByteForByteUntouched) {
  std::mt19937 random(7);
  std::string noise(64 * 1024, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  png += noise.substr(0, 4000);
  std::string header = readFile(path_).substr(0, 100);  // a real SQLite header, then noise
  const std::pair<std::string, std::string> cases[] = {
      {"random.sqlite", noise},
      {"image.sqlite", png},
      {"garbage-after-header.sqlite", header + noise},
  };
  for (const auto& [name, bytes] : cases) {
    SCOPED_TRACE(name);
    writeFile(dir_.file(name), bytes);
    auto store = Store::open(dir_.file(name));
    ASSERT_FALSE(store);
    EXPECT_NE(store.error().message.find("left untouched"), std::string::npos) << store.error().message;
    EXPECT_EQ(readFile(dir_.file(name)), bytes);
    EXPECT_FALSE(std::filesystem::exists(dir_.file(name) + "-wal"));
  }
}

TEST_F(StoreFault, AStoreOfANewerVersionIsRefusedReadOnlyToo) {
  {
    auto db = Db::open(path_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)));
  }
  const std::string bytes = readFile(path_);
  auto store = Store::open(path_, OpenMode::ReadOnly);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("newer"), std::string::npos) << store.error().message;
  EXPECT_EQ(readFile(path_), bytes);
}
