// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one store: a reader (the window) while an import runs in another process, and
// two imports at once.
#include <cstdio>
#include <gtest/gtest.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

// What a reader sees, in one read transaction.
struct Seen {
  int64_t visits = -1;
  int64_t rolledUp = -1;  // visits counted by the rollup
  int64_t imports = -1;
  bool operator==(const Seen&) const = default;
};

Seen look(Store& store) {
  Seen s;
  if (!store.db().exec("BEGIN")) return s;
  s.visits = queryInt(store, "SELECT count(*) FROM visit");
  s.rolledUp = queryInt(store, "SELECT coalesce(sum(visits), 0) FROM visit_rollup");
  s.imports = queryInt(store, "SELECT count(*) FROM import_log");
  if (!store.db().exec("COMMIT")) s.imports = -2;
  return s;
}

std::string describe(const Seen& s) {
  return std::to_string(s.visits) + " visits, " + std::to_string(s.rolledUp) + " rolled up, " +
         std::to_string(s.imports) + " imports";
}

}  // namespace

// The importer (a child process) stops after three batches, inside its transaction, until the
// reader has looked; then the reader keeps looking until the import ends. It sees the store as
// before or as after the file, never in between, and the new data once the import is done.
TEST(Concurrency, AReaderSeesTheStoreBeforeOrAfterAnImportNeverHalfway) {
  TempDir dir;
  const std::string path = dir.file("s.sqlite");
  {
    auto store = Store::open(path);
    ASSERT_TRUE(store);
    writeVisits(dir.file("first.csv"), 1000, 0);
    ASSERT_TRUE(importFile(**store, dir.file("first.csv")));
  }
  writeVisits(dir.file("big.csv"), 100000, 500, 1);
  const Seen before{1000, 1000, 1};
  const Seen after{100500, 100500, 2};  // ids 500..100499: 500 updated, 99,500 new

  int paused[2], resume[2];
  ASSERT_EQ(pipe(paused), 0);
  ASSERT_EQ(pipe(resume), 0);
  const pid_t importer = forkChild([&] {
    auto store = Store::open(path);
    if (!store) return 3;
    ImportOptions options;
    options.batchRows = 4096;
    int batches = 0;
    options.progress = [&](uint64_t, uint64_t) {
      if (++batches != 3) return;
      char c = 'p';
      (void)!write(paused[1], &c, 1);
      (void)!read(resume[0], &c, 1);
    };
    auto r = importFile(**store, dir.file("big.csv"), options);
    return r && r->inserted == 99500 && r->updated == 500 ? 0 : 4;
  });
  char c = 0;
  ASSERT_EQ(read(paused[0], &c, 1), 1) << "the importer ended before its third batch";

  auto reader = Store::open(path, OpenMode::ReadOnly);
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(describe(look(**reader)), describe(before)) << "while the import holds 12,288 rows uncommitted";
  ASSERT_EQ(write(resume[1], "g", 1), 1);

  int looks = 0, status = 0;
  for (;;) {
    const bool ended = waitpid(importer, &status, WNOHANG) == importer;
    const Seen now = look(**reader);
    ++looks;
    ASSERT_TRUE(now == before || now == after) << "look " << looks << ": " << describe(now);
    if (ended) break;
  }
  ASSERT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(describe(look(**reader)), describe(after));
  EXPECT_EQ(rollupMismatch(**reader), "");
  for (int fd : {paused[0], paused[1], resume[0], resume[1]}) close(fd);
}

// Two processes import two overlapping files (the same ids with other values) into one store at
// the same moment. The second waits for the first (busy timeout) or fails with the "busy" message;
// the store ends exactly as after the two imports one after the other, in one order or the other.
TEST(Concurrency, TwoImportsAtOnceEndAsIfOneRanAfterTheOther) {
  TempDir dir;
  const std::string a = dir.file("a.csv"), b = dir.file("b.csv");
  writeVisits(a, 40000, 0, 1);
  writeVisits(b, 40000, 20000, 2);  // ids 20000..39999 in both, with other values

  const std::string empty = dir.file("empty.sqlite");
  { ASSERT_TRUE(Store::open(empty)); }
  // The four possible outcomes, built one import after the other.
  const auto sequence = [&](const std::vector<std::string>& files) {
    const std::string path = dir.file("reference.sqlite");
    copyStore(empty, path);
    {
      auto store = Store::open(path);
      for (const auto& f : files) EXPECT_TRUE(importFile(**store, f));
    }
    return snapshotOf(path);
  };
  const std::string ab = sequence({a, b}), ba = sequence({b, a});
  ASSERT_NE(ab, ba);

  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string path = dir.file("shared.sqlite");
    copyStore(empty, path);
    int start[2];
    ASSERT_EQ(pipe(start), 0);
    const auto importer = [&](const std::string& file) {
      return forkChild([&, file] {
        char c;
        if (read(start[0], &c, 1) != 1) return 3;
        auto store = Store::open(path);
        if (!store) {
          std::fprintf(stderr, "open: %s\n", store.error().message.c_str());
          return 3;
        }
        auto r = importFile(**store, file);
        if (r) return 0;
        return r.error().message.find("busy") != std::string::npos ? 4 : 5;
      });
    };
    const pid_t first = importer(a), second = importer(b);
    ASSERT_EQ(write(start[1], "gg", 2), 2);
    const int sa = waitChild(first), sb = waitChild(second);
    close(start[0]);
    close(start[1]);
    ASSERT_TRUE(WIFEXITED(sa) && WIFEXITED(sb));
    const int ea = WEXITSTATUS(sa), eb = WEXITSTATUS(sb);
    ASSERT_TRUE((ea == 0 || ea == 4) && (eb == 0 || eb == 4) && !(ea == 4 && eb == 4)) << ea << " " << eb;
    const std::string result = snapshotOf(path);
    if (ea == 0 && eb == 0) {
      EXPECT_TRUE(result == ab || result == ba) << "a mixed result";
    } else {
      EXPECT_EQ(result, sequence({ea == 0 ? a : b})) << "one import failed busy; the other alone";
    }
    auto store = Store::open(path);
    ASSERT_TRUE(store);
    EXPECT_EQ((*store)->integrityCheck(), "ok");
    EXPECT_EQ(rollupMismatch(**store), "");
  }
}
