// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

std::string bigVisitsFile(const std::string& path, int rows, int firstId) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n", f);
  for (int i = 0; i < rows; ++i)
    std::fprintf(f, "V%09d,2026-11-%02d %02d:%02d:00,R%03d,UTR-%02d,%s,d2d,35%02dAB,%d\n", firstId + i, 1 + i % 28,
                 9 + i % 12, i % 60, i % 17, i % 9, i % 3 ? "not_home" : "sale", 10 + i % 80, 1 + i % 200);
  std::fclose(f);
  return path;
}

}  // namespace

// A child process imports a large file into a store that already holds data; the parent kills it
// with SIGKILL once the import is well under way. The store must be exactly as before and intact.
TEST(KillDuringImport, TheStoreIsUnchangedAndIntact) {
  TempDir dir;
  const std::string storePath = dir.file("s.sqlite");
  {
    auto store = Store::open(storePath);
    ASSERT_TRUE(store);
    ASSERT_TRUE(importFile(**store, bigVisitsFile(dir.file("first.csv"), 1000, 0)));
  }
  const std::string big = bigVisitsFile(dir.file("big.csv"), 400000, 500);  // overlaps: updates too

  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ready[0]);
    auto store = Store::open(storePath);
    if (!store) _exit(3);
    ImportOptions options;
    options.batchRows = 4096;
    bool told = false;
    options.progress = [&](uint64_t done, uint64_t total) {
      if (!told && done * 3 > total) {  // a third of the file written into the open transaction
        told = true;
        (void)!write(ready[1], "x", 1);
      }
    };
    (void)importFile(**store, big, options);
    _exit(0);
  }
  close(ready[1]);
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1) << "the child ended before reaching a third of the file";
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  close(ready[0]);
  ASSERT_TRUE(WIFSIGNALED(status));
  ASSERT_EQ(WTERMSIG(status), SIGKILL);

  auto store = Store::open(storePath);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ((*store)->integrityCheck(), "ok");
  EXPECT_EQ((*store)->counts().visits, 1000);
  EXPECT_EQ((*store)->importLog().size(), 1u);
  EXPECT_EQ(rollupMismatch(**store), "");
  // And the store is still usable: the same import now goes through.
  auto r = importFile(**store, big);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 400000 - 500);
  EXPECT_EQ(r->unchanged + r->updated, 500);
  EXPECT_EQ((*store)->counts().visits, 400500);
}
