// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Schema.h"
#include "TestStores.h"

#include "salesops/store/Store.h"

using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

// A store as version 1 of the program left it: no rollup tables yet, three visits of rep 1.
void makeVersion1Store(const std::string& path) {
  auto db = Db::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(db);
  ASSERT_TRUE(migrateTo(*db, 0, 1));
  // Day 20395 is 2025-11-03; 17:45 = 63900 s, 18:10 = 65400 s, 09:05 = 32700 s.
  ASSERT_TRUE(
      db->exec("INSERT INTO rep_code VALUES(1, 'R001');"
               "INSERT INTO area_code VALUES(1, 'UTR-01');"
               "INSERT INTO visit VALUES('V1', 20395 * 86400 + 63900, 1, 1, 0, 6, '3512AB', 10, '');"
               "INSERT INTO visit VALUES('V2', 20395 * 86400 + 65400, 1, 1, 0, 0, '3512AB', 12, '');"
               "INSERT INTO visit VALUES('V3', 20396 * 86400 + 32700, 1, 1, 0, 1, '3512AC', 1, 'A');"));
}

}  // namespace

TEST(Migration, UpgradesAVersion1StoreAndBackfillsTheRollups) {
  TempDir dir;
  const std::string path = dir.file("old.sqlite");
  makeVersion1Store(path);

  auto store = Store::open(path);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ((*store)->schemaVersion(), kSchemaVersion);
  EXPECT_EQ((*store)->counts().visits, 3);
  // Day 20395 hour 17: one sale; hour 18: one not_home; day 20396 hour 9: one no_interest.
  EXPECT_EQ(queryInt(**store, "SELECT count(*) FROM visit_rollup"), 3);
  EXPECT_EQ(queryInt(**store, "SELECT sale FROM visit_rollup WHERE day = 20395 AND hour = 17"), 1);
  EXPECT_EQ(queryInt(**store, "SELECT not_home FROM visit_rollup WHERE day = 20395 AND hour = 18"), 1);
  EXPECT_EQ(queryInt(**store, "SELECT no_interest FROM visit_rollup WHERE day = 20396 AND hour = 9"), 1);
  // The rep's day 20395 runs from 17:45 to 18:10.
  EXPECT_EQ(queryInt(**store, "SELECT last_at - first_at FROM rep_day WHERE day = 20395 AND rep = 1"), 1500);
  EXPECT_EQ(queryInt(**store, "SELECT first_id = 'V1' AND last_id = 'V2' FROM visit_zone WHERE day = 20395"), 1);
  EXPECT_EQ(rollupMismatch(**store), "");
}

TEST(Migration, KeepsABackupOfTheOldVersion) {
  TempDir dir;
  const std::string path = dir.file("old.sqlite");
  makeVersion1Store(path);
  auto store = Store::open(path);
  ASSERT_TRUE(store) << store.error().message;
  const std::string backup = (*store)->backupPath();
  ASSERT_EQ(backup, path + ".v1.bak");
  auto old = Db::open(backup, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(old);
  EXPECT_EQ(old->scalar("PRAGMA user_version"), 1);
  EXPECT_EQ(old->scalar("SELECT count(*) FROM visit"), 3);
  EXPECT_EQ(old->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'visit_rollup'"), 0);
}

TEST(Migration, AFailedStepLeavesTheStoreAndTheBackupIntact) {
  TempDir dir;
  const std::string path = dir.file("old.sqlite");
  makeVersion1Store(path);
  {
    // A table in the way of version 2 makes its CREATE TABLE fail halfway through the upgrade.
    auto db = Db::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("CREATE TABLE rep_day(x INTEGER)"));
  }
  auto store = Store::open(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("version 2"), std::string::npos) << store.error().message;
  auto db = Db::open(path, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(db);
  EXPECT_EQ(db->scalar("PRAGMA user_version"), 1);
  EXPECT_EQ(db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'visit_rollup'"), 0);
  EXPECT_EQ(db->scalar("SELECT count(*) FROM visit"), 3);
  EXPECT_TRUE(std::filesystem::exists(path + ".v1.bak"));
}

// After a failed upgrade the backup is a whole, working copy of the old store and the store still
// holds its data at the old version; once the cause is gone the upgrade goes through (with a
// backup of its own, next to the first).
TEST(Migration, AFailedUpgradeCanBeRetriedOnceTheCauseIsGone) {
  TempDir dir;
  const std::string path = dir.file("old.sqlite");
  makeVersion1Store(path);
  const auto visits = [](Db& db) {
    std::string out;
    Stmt s = db.prepare("SELECT visit_id, visited_at, outcome FROM visit ORDER BY visit_id");
    while (s.step() == SQLITE_ROW) out += std::string(s.text(0)) + "@" + std::to_string(s.int64(1)) + ";";
    return out;
  };
  std::string original;
  {
    auto db = Db::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("CREATE TABLE rep_day(x INTEGER)"));
    original = visits(*db);
  }
  ASSERT_EQ(original, "V1@1762191900;V2@1762193400;V3@1762247100;");
  ASSERT_FALSE(Store::open(path));
  {
    auto backup = Db::open(path + ".v1.bak", SQLITE_OPEN_READONLY);
    ASSERT_TRUE(backup);
    EXPECT_EQ(backup->scalar("PRAGMA user_version"), 1);
    EXPECT_EQ(visits(*backup), original);
    Stmt check = backup->prepare("PRAGMA integrity_check");
    ASSERT_EQ(check.step(), SQLITE_ROW);
    EXPECT_EQ(check.text(0), "ok");
    auto db = Db::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->scalar("PRAGMA user_version"), 1);
    EXPECT_EQ(visits(*db), original);
    ASSERT_TRUE(db->exec("DROP TABLE rep_day"));
  }
  auto store = Store::open(path);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ((*store)->schemaVersion(), kSchemaVersion);
  EXPECT_EQ((*store)->backupPath(), path + ".v1.2.bak");
  EXPECT_EQ(visits((*store)->db()), original);
  EXPECT_EQ(rollupMismatch(**store), "");
}

// Version 3 adds the import log's source: earlier imports keep every field and have none.
TEST(Migration, AVersion2StoreKeepsItsImportLogWithAnEmptySource) {
  TempDir dir;
  const std::string path = dir.file("v2.sqlite");
  {
    auto db = Db::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(migrateTo(*db, 0, 2));
    ASSERT_TRUE(db->exec(
        "INSERT INTO import_log VALUES(1, 'visits.csv', 120, 'abc', 'visits', 1764748800, 3, 0, 0, 1, 0, '', 1);"));
  }
  auto store = Store::open(path);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ((*store)->schemaVersion(), 3);
  const auto log = (*store)->importLog();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].fileName, "visits.csv");
  EXPECT_EQ(log[0].inserted, 3);
  EXPECT_EQ(log[0].rejected, 1);
  EXPECT_EQ(log[0].source, "");
  EXPECT_EQ((*store)->importOfContent("abc", 120)->id, 1);
  EXPECT_FALSE((*store)->importOfContent("abc", 121));
}
