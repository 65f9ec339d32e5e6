// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The importer killed (SIGKILL: no clean-up runs) at many points of a large import. Each time the
// store must be exactly as before, intact, and usable.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <gtest/gtest.h>
#include <random>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

constexpr int kBigRows = 300000;
constexpr size_t kBatchRows = 4096;
constexpr int kBatches = (kBigRows + static_cast<int>(kBatchRows) - 1) / static_cast<int>(kBatchRows);  // 74

class KillAtManyPoints : public ::testing::Test {
 protected:
  void SetUp() override {
    baseline_ = dir_.file("baseline.sqlite");
    {
      auto store = Store::open(baseline_);
      ASSERT_TRUE(store) << store.error().message;
      writeVisits(dir_.file("first.csv"), 1000, 0);
      ASSERT_TRUE(importFile(**store, dir_.file("first.csv")));
      before_ = snapshot(**store);
    }
    big_ = dir_.file("big.csv");
    writeVisits(big_, kBigRows, 500, 1);  // 500 ids overlap the store's, with other values: updates too
  }

  // Imports `file` in a child, killed by itself right after batch `killAfterBatch` was written into
  // the open transaction, or (killAfterBatch = 0) by the parent after `delay`. With `smallCache`
  // the writer's page cache is tiny, so the open transaction spills its pages into the WAL early
  // (otherwise a whole file may fit in the cache and reach the WAL only at the commit).
  int importAndKill(const std::string& path, const std::string& file, int killAfterBatch,
                    std::chrono::microseconds delay, bool smallCache = false) {
    const pid_t child = forkChild([&] {
      auto store = Store::open(path);
      if (!store) return 3;
      if (smallCache && !(*store)->db().exec("PRAGMA cache_size = 64")) return 3;
      ImportOptions options;
      options.batchRows = kBatchRows;
      int batches = 0;
      if (killAfterBatch > 0)
        options.progress = [&](uint64_t, uint64_t) {
          if (++batches == killAfterBatch) raise(SIGKILL);
        };
      return importFile(**store, file, options) ? 0 : 4;
    });
    if (killAfterBatch == 0) {
      std::this_thread::sleep_for(delay);
      kill(child, SIGKILL);
    }
    return waitChild(child);
  }

  // The store after a kill: intact, and then usable (a later import goes through).
  void expectIntactAndUsable(const std::string& path, int round) {
    auto store = Store::open(path);
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_EQ((*store)->integrityCheck(), "ok");
    EXPECT_EQ(rollupMismatch(**store), "");
    const int64_t visits = (*store)->counts().visits;
    const std::string more = dir_.file("more.csv");
    writeVisits(more, 25, 900000000 + round * 100);
    auto r = importFile(**store, more);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->inserted, 25);
    EXPECT_EQ((*store)->counts().visits, visits + 25);
    EXPECT_EQ(rollupMismatch(**store), "");
  }

  TempDir dir_;
  std::string baseline_;
  std::string big_;
  std::string before_;
};

}  // namespace

// Twenty kill points spread over the file, from the first batch to the last one (all rows written,
// commit not yet begun), every other one with the open transaction spilled into the WAL: none of it
// ever counts as part of the store.
TEST_F(KillAtManyPoints, AKillAfterAnyBatchLeavesTheStoreExactlyAsBefore) {
  const std::string path = dir_.file("killed.sqlite");
  uintmax_t largestWal = 0;  // uncommitted pages the killed writers had spilled into the WAL
  for (int i = 0; i < 20; ++i) {
    const int k = 1 + i * (kBatches - 1) / 19;  // 1, 4, 8, ..., 74
    SCOPED_TRACE("killed after batch " + std::to_string(k) + " of " + std::to_string(kBatches));
    copyStore(baseline_, path);
    const int status = importAndKill(path, big_, k, {}, i % 2 == 1);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child was not killed: " << status;
    std::error_code ec;
    const uintmax_t wal = std::filesystem::file_size(path + "-wal", ec);
    if (!ec) largestWal = std::max(largestWal, wal);
    EXPECT_EQ(snapshotOf(path), before_);
    expectIntactAndUsable(path, i);
  }
  // The small-cache kills left uncommitted frames in the WAL: recovery had them to ignore, not
  // just an empty log.
  EXPECT_GT(largestWal, uintmax_t{1} << 20);
}

// Kills at random moments, from before the transaction began to around the commit (of a smaller
// file, to keep the test short): the store then holds either nothing of the file or all of it (a
// kill after the commit), never a part.
TEST_F(KillAtManyPoints, AKillAtARandomMomentLeavesEitherNothingOrAllOfTheFile) {
  const std::string file = dir_.file("medium.csv");
  writeVisits(file, 100000, 500, 1);
  // The whole import once, for the state after it and for how long it takes.
  const std::string reference = dir_.file("reference.sqlite");
  copyStore(baseline_, reference);
  const auto start = std::chrono::steady_clock::now();
  const int whole = waitChild(forkChild([&] {
    auto store = Store::open(reference);
    return store && importFile(**store, file) ? 0 : 1;
  }));
  const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
  ASSERT_TRUE(WIFEXITED(whole) && WEXITSTATUS(whole) == 0);
  const std::string after = snapshotOf(reference);
  ASSERT_NE(after, before_);

  const std::string path = dir_.file("killed.sqlite");
  std::mt19937 random(20261127);
  std::uniform_int_distribution<int64_t> moment(0, took.count() * 11 / 10);
  for (int i = 0; i < 5; ++i) {
    const std::chrono::microseconds delay(moment(random));
    SCOPED_TRACE("killed after " + std::to_string(delay.count()) + " us");
    copyStore(baseline_, path);
    const int status = importAndKill(path, file, 0, delay);
    const std::string now = snapshotOf(path);
    if (WIFEXITED(status)) {
      EXPECT_EQ(WEXITSTATUS(status), 0);
      EXPECT_EQ(now, after) << "the import finished before the kill";
    } else {
      EXPECT_TRUE(now == before_ || now == after) << "the store holds part of the file";
    }
    expectIntactAndUsable(path, 100 + i);
  }
}
