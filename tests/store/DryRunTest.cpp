// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import --dry-run` (issue 11, item 11): the whole import runs in its transaction and is rolled
// back; the report says what it would do, including the old and new values of updated rows.
#include <filesystem>
#include <gtest/gtest.h>

#include "DryRunFiles.h"
#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

void expectColumn(const ColumnChange& c, const std::string& column, std::optional<std::string> oldValue,
                  std::optional<std::string> newValue) {
  EXPECT_EQ(c.column, column);
  EXPECT_EQ(c.oldValue, oldValue) << column;
  EXPECT_EQ(c.newValue, newValue) << column;
}

TEST(DryRun, ReportsWhatAnOlderExportWouldChangeAndChangesNothing) {
  TempDir dir;
  auto store = Store::open(dir.file("s.sqlite"));
  ASSERT_TRUE(store);
  writeFile(dir.file("installed.csv"), kInstalled);
  writeFile(dir.file("older.csv"), kOlder);
  ASSERT_TRUE(importFile(**store, dir.file("installed.csv")));
  const std::string before = snapshot(**store);
  const int64_t generation = (*store)->generation();

  ImportOptions options;
  options.dryRun = true;
  auto r = importFile(**store, dir.file("older.csv"), options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, ImportReport::Status::Imported);
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->updated, 2);
  EXPECT_EQ(r->unchanged, 1);
  EXPECT_EQ(r->rejected, 1);
  ASSERT_EQ(r->changes.size(), 2u);
  EXPECT_EQ(r->changes[0].id, "O1");
  ASSERT_EQ(r->changes[0].columns.size(), 1u);
  expectColumn(r->changes[0].columns[0], "installed_at", "2026-11-16 09:30:00", std::nullopt);
  EXPECT_EQ(r->changes[1].id, "O2");
  ASSERT_EQ(r->changes[1].columns.size(), 2u);
  expectColumn(r->changes[1].columns[0], "monthly_fee", "42.50", "45.00");
  expectColumn(r->changes[1].columns[1], "installed_at", "2026-11-17 13:00:00", std::nullopt);

  // Row for row (and the import log) as before, no new generation, no reject file.
  EXPECT_EQ(snapshot(**store), before);
  EXPECT_EQ((*store)->generation(), generation);
  EXPECT_EQ((*store)->importLog().size(), 1u);
  EXPECT_TRUE(r->rejectFile.empty());
  EXPECT_FALSE(std::filesystem::exists(dir.file("older.rejected.csv")));

  // The same file imported for real does what the dry run said.
  auto real = importFile(**store, dir.file("older.csv"));
  ASSERT_TRUE(real);
  EXPECT_EQ(real->inserted, 1);
  EXPECT_EQ(real->updated, 2);
  EXPECT_TRUE(real->changes.empty());
}

TEST(DryRun, KeepsAtMostTheFirstTwentyUpdatedRows) {
  TempDir dir;
  auto store = Store::open(dir.file("s.sqlite"));
  ASSERT_TRUE(store);
  std::string first = "rep_id,name,team\n", second = first;
  for (int i = 0; i < 30; ++i) {
    first += "R" + std::to_string(100 + i) + ",Rep " + std::to_string(i) + ",Noord\n";
    second += "R" + std::to_string(100 + i) + ",Rep " + std::to_string(i) + ",Zuid\n";
  }
  writeFile(dir.file("reps.csv"), first);
  writeFile(dir.file("reps2.csv"), second);
  ASSERT_TRUE(importFile(**store, dir.file("reps.csv")));
  ImportOptions options;
  options.dryRun = true;
  auto r = importFile(**store, dir.file("reps2.csv"), options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->updated, 30);
  ASSERT_EQ(r->changes.size(), 20u);
  EXPECT_EQ(r->changes[0].id, "R100");
  ASSERT_EQ(r->changes[0].columns.size(), 1u);
  expectColumn(r->changes[0].columns[0], "team", "Noord", "Zuid");
  EXPECT_EQ((*store)->importLog().size(), 1u);
}

TEST(DryRun, AnUnchangedFileWritesNoLogEntry) {
  TempDir dir;
  auto store = Store::open(dir.file("s.sqlite"));
  ASSERT_TRUE(store);
  writeFile(dir.file("installed.csv"), kInstalled);
  ASSERT_TRUE(importFile(**store, dir.file("installed.csv")));
  ImportOptions options;
  options.dryRun = true;
  auto r = importFile(**store, dir.file("installed.csv"), options);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->unchanged, 3);
  EXPECT_EQ((*store)->importLog().size(), 1u);
}

}  // namespace
