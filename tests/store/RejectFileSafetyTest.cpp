// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reject file of an import never clobbers anything (issue 11, items 1 and 2): not the input,
// not the store, not a user's fixed reject file, not a symlink's target; and it appears whole or
// not at all.
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;
namespace fs = std::filesystem;

namespace {

const std::string kHeader = "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n";
const std::string kTwoGoodOneBad = kHeader +
                                   "V1,2026-11-03 17:45,R001,UTR-01,sale,d2d,3512 AB,10\n"
                                   "V2,2026-11-03 18:05,R001,UTR-01,not_home,d2d,3512AB,12A\n"
                                   "V3,31-02-2026 10:00,R001,UTR-01,sale,d2d,3512AB,3\n";

class RejectFileSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::open(dir.file("s.sqlite"));
    ASSERT_TRUE(s) << s.error().message;
    store = std::move(s.value());
    writeFile(dir.file("visits.csv"), kTwoGoodOneBad);
  }
  std::set<std::string> names() const {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir.path())) out.insert(e.path().filename().string());
    return out;
  }
  TempDir dir;
  std::unique_ptr<Store> store;
};

TEST_F(RejectFileSafety, AnExistingRejectFileIsNeverOverwrittenTheNextFreeNameIsUsed) {
  auto first = importFile(*store, dir.file("visits.csv"));
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->rejectFile, dir.file("visits.rejected.csv"));
  writeFile(dir.file("visits.rejected.csv"), "the user's fixes\n");
  auto second = importFile(*store, dir.file("visits.csv"));
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->rejectFile, dir.file("visits.rejected-2.csv"));
  auto third = importFile(*store, dir.file("visits.csv"));
  ASSERT_TRUE(third);
  EXPECT_EQ(third->rejectFile, dir.file("visits.rejected-3.csv"));
  EXPECT_EQ(readFile(dir.file("visits.rejected.csv")), "the user's fixes\n");
  EXPECT_NE(readFile(dir.file("visits.rejected-3.csv")).find("V3,31-02-2026 10:00"), std::string::npos);
}

TEST_F(RejectFileSafety, ASymlinkAtTheRejectNameIsNotFollowed) {
  writeFile(dir.file("victim.txt"), "keep me\n");
  fs::create_symlink(dir.file("victim.txt"), dir.file("visits.rejected.csv"));
  auto r = importFile(*store, dir.file("visits.csv"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->rejectFile, dir.file("visits.rejected-2.csv"));
  EXPECT_EQ(readFile(dir.file("victim.txt")), "keep me\n");
  EXPECT_TRUE(fs::is_symlink(dir.file("visits.rejected.csv")));
}

TEST_F(RejectFileSafety, ARejectPathThatIsTheInputOrTheStoreIsRefusedBeforeAnythingIsRead) {
  fs::create_hard_link(dir.file("visits.csv"), dir.file("hard.csv"));
  fs::create_symlink(dir.file("s.sqlite"), dir.file("store-link"));
  const std::string storeBefore = snapshot(*store);
  for (const std::string& reject :
       {dir.file("visits.csv"), (dir.path() / "." / "visits.csv").string(), dir.file("hard.csv"), dir.file("s.sqlite"),
        dir.file("store-link"), dir.file("s.sqlite-wal"), dir.file("s.sqlite-shm"), dir.file("s.sqlite-journal")}) {
    ImportOptions options;
    options.rejectFile = reject;
    auto r = importFile(*store, dir.file("visits.csv"), options);
    ASSERT_FALSE(r) << reject;
    EXPECT_NE(r.error().message.find("refusing to write"), std::string::npos) << r.error().message;
  }
  EXPECT_EQ(readFile(dir.file("visits.csv")), kTwoGoodOneBad);
  EXPECT_EQ(snapshot(*store), storeBefore);
  EXPECT_TRUE(store->importLog().empty());
}

TEST_F(RejectFileSafety, TheWalOfAStoreOpenedThroughASymlinkIsProtectedToo) {
  store.reset();
  std::filesystem::create_symlink(dir.file("s.sqlite"), dir.file("link.sqlite"));
  auto linked = Store::open(dir.file("link.sqlite"));
  ASSERT_TRUE(linked) << linked.error().message;
  ImportOptions options;
  options.rejectFile = dir.file("s.sqlite-journal");  // SQLite names it after the resolved path
  auto r = importFile(**linked, dir.file("visits.csv"), options);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("the store's journal"), std::string::npos) << r.error().message;
}

TEST_F(RejectFileSafety, ACancelledOrFailedImportLeavesNoRejectFile) {
  std::string text = kHeader;
  for (int i = 0; i < 3000; ++i) text += "V" + std::to_string(i) + ",2026-11-03 12:00,R1,A1,maybe,htl,,\n";
  writeFile(dir.file("bad.csv"), text);
  const std::atomic<bool> cancel{true};  // cancelled from the start: stops after the first batch
  ImportOptions options;
  options.batchRows = 500;
  options.cancel = &cancel;
  auto cancelled = importFile(*store, dir.file("bad.csv"), options);
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(cancelled->status, ImportReport::Status::Cancelled);
  EXPECT_GT(cancelled->rejected, 0);
  EXPECT_TRUE(cancelled->rejectFile.empty());

  // A bad row, then a quote left open to the end of the file: a file-level error after rows were rejected.
  writeFile(dir.file("broken.csv"), kTwoGoodOneBad + "V9,\"2026-11-03 12:00,R1,A1,sale,htl,,\n");
  EXPECT_FALSE(importFile(*store, dir.file("broken.csv")));
  std::set<std::string> left = names();
  for (const char* storeFile : {"s.sqlite", "s.sqlite-wal", "s.sqlite-shm"}) left.erase(storeFile);
  EXPECT_EQ(left, (std::set<std::string>{"bad.csv", "broken.csv", "visits.csv"})) << "no reject or temporary file";
}

TEST_F(RejectFileSafety, AKilledImportLeavesNoRejectFile) {
  // Every third row bad: the reject file has thousands of rows written when the child is killed.
  std::FILE* f = std::fopen(dir.file("big.csv").c_str(), "wb");
  std::fputs(kHeader.c_str(), f);
  for (int i = 0; i < 200000; ++i)
    std::fprintf(f, "V%07d,2026-11-03 12:00,R1,A1,%s,htl,,\n", i, i % 3 ? "not_home" : "maybe");
  std::fclose(f);
  store.reset();
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = forkChild([&] {
    close(ready[0]);
    auto s = Store::open(dir.file("s.sqlite"));
    if (!s) return 3;
    ImportOptions options;
    options.batchRows = 2048;
    bool told = false;
    options.progress = [&](uint64_t done, uint64_t total) {
      if (!told && done * 2 > total) {  // half the file read, its bad rows in the reject file
        told = true;
        (void)!::write(ready[1], "x", 1);
        pause();  // wait here for the kill, mid-import
      }
    };
    (void)importFile(**s, dir.file("big.csv"), options);
    return 0;
  });
  close(ready[1]);
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1) << "the child ended before reaching half of the file";
  close(ready[0]);
  kill(child, SIGKILL);
  const int status = waitChild(child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  std::set<std::string> left = names();
  for (const char* storeFile : {"s.sqlite", "s.sqlite-wal", "s.sqlite-shm"}) left.erase(storeFile);
  EXPECT_EQ(left, (std::set<std::string>{"big.csv", "visits.csv"})) << "no reject or temporary file";
}

TEST_F(RejectFileSafety, AStrictRefusalKeepsAWholeRejectFile) {
  ImportOptions options;
  options.strict = true;
  auto r = importFile(*store, dir.file("visits.csv"), options);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, ImportReport::Status::Refused);
  EXPECT_EQ(r->rejectFile, dir.file("visits.rejected.csv"));
  EXPECT_EQ(readFile(r->rejectFile),
            "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number,line,error\n"
            "V3,31-02-2026 10:00,R001,UTR-01,sale,d2d,3512AB,3,4,"
            "visited_at: impossible date (31-02-2026 10:00)\n");
  EXPECT_EQ(store->counts(), TableCounts{});
}

TEST_F(RejectFileSafety, AFixedRejectFileImportsAsTheKindItsHeaderSays) {
  // Orders with a semicolon, as Dutch Excel writes them; no --kind: detected from the header.
  writeFile(dir.file("orders.csv"),
            "order_id;ordered_at;rep_id;area;installed_at\n"
            "O1;2026-11-03 10:00;R001;UTR-01;\n"
            "O2;2026-11-31 10:00;R001;UTR-01;\n"
            "O3;2026-11-04 11:00;R002;UTR-01;gisteren\n");
  auto first = importFile(*store, dir.file("orders.csv"));
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->inserted, 1);
  EXPECT_EQ(first->rejected, 2);
  std::string fixed = readFile(first->rejectFile);
  EXPECT_EQ(fixed.substr(0, fixed.find('\n')), "order_id;ordered_at;rep_id;area;installed_at;line;error");
  fixed.replace(fixed.find("2026-11-31"), 10, "2026-11-30");
  fixed.replace(fixed.find("gisteren"), 8, "2026-11-20");
  writeFile(first->rejectFile, fixed);

  auto again = importFile(*store, first->rejectFile);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->kind, FileKind::Orders);
  EXPECT_EQ(again->inserted, 2);
  EXPECT_EQ(again->rejected, 0);
  EXPECT_EQ(again->warnings, std::vector<std::string>{"columns ignored: line, error"});
  EXPECT_EQ(store->counts().orders, 3);
  // 2026-11-20 local midnight: day 20777 (2026-01-01 is 20454, +323).
  EXPECT_EQ(queryInt(*store, "SELECT installed_at FROM orders WHERE order_id = 'O3'"), 20777LL * 86400);
}

}  // namespace
