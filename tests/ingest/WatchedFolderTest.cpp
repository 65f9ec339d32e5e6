// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The settle rule of a watched exports folder (issue 16 item 2), with the caller's clock: a file is
// ready once two looks the settle time apart find the same version of it, and reported once.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "salesops/ingest/WatchedFolder.h"

namespace salesops::ingest {
namespace {
namespace fs = std::filesystem;

class WatchedFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           (std::string("watched_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }
  void append(const std::string& name, const std::string& text) const {
    std::ofstream(file(name), std::ios::binary | std::ios::app) << text;
  }
  // "R name" for ready, "I name" for ignored, in the order scan() gives them.
  static std::vector<std::string> names(const std::vector<WatchEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events)
      out.push_back((e.type == WatchEvent::Type::Ready ? "R " : "I ") + fs::path(e.path).filename().string());
    return out;
  }
  fs::path dir_;
};

using Names = std::vector<std::string>;

TEST_F(WatchedFolderTest, AnExportIsReadyOnceItStayedTheSameForTheSettleTime) {
  append("visits.csv", "visit_id\n");
  WatchedFolder folder(dir_.string(), 5000);
  EXPECT_EQ(names(*folder.scan(0)), Names{});
  EXPECT_EQ(folder.settling(), Names{"visits.csv"});
  EXPECT_EQ(names(*folder.scan(4999)), Names{});  // 1 ms short of 5 s
  EXPECT_EQ(names(*folder.scan(5000)), Names{"R visits.csv"});
  EXPECT_EQ(folder.settling(), Names{});
  // Reported once: the same version is not ready again.
  EXPECT_EQ(names(*folder.scan(20000)), Names{});
}

TEST_F(WatchedFolderTest, AGrowingFileWaitsUntilItStopsGrowing) {
  append("orders.csv", "order_id\n");
  WatchedFolder folder(dir_.string(), 1000);
  EXPECT_EQ(names(*folder.scan(0)), Names{});
  append("orders.csv", "O1\n");  // still being written: its settle time starts again
  EXPECT_EQ(names(*folder.scan(1000)), Names{});
  EXPECT_EQ(folder.settling(), Names{"orders.csv"});
  append("orders.csv", "O2\n");
  EXPECT_EQ(names(*folder.scan(2000)), Names{});
  EXPECT_EQ(names(*folder.scan(2999)), Names{});
  EXPECT_EQ(names(*folder.scan(3000)), Names{"R orders.csv"});
}

TEST_F(WatchedFolderTest, AChangedOrReplacedFileIsReadyAgain) {
  append("visits.csv", "v1\n");
  WatchedFolder folder(dir_.string(), 0);
  EXPECT_EQ(names(*folder.scan(0)), Names{"R visits.csv"});
  append("visits.csv", "v2\n");
  EXPECT_EQ(names(*folder.scan(1)), Names{"R visits.csv"});
  // Another file renamed over it (an export saved again): another inode.
  append("new.tmp", "v3\n");
  fs::rename(file("new.tmp"), file("visits.csv"));
  EXPECT_EQ(names(*folder.scan(2)), Names{"R visits.csv"});
  EXPECT_EQ(names(*folder.scan(3)), Names{});
}

TEST_F(WatchedFolderTest, NonExportsLinksAndUnreadableFilesAreSaidOnceAndNeverReady) {
  append("notes.txt", "hello\n");
  append("elsewhere.csv", "x\n");
  fs::create_symlink(file("elsewhere.csv"), file("link.csv"));
  append("locked.csv", "x\n");
  ::chmod(file("locked.csv").c_str(), 0);
  const bool root = ::geteuid() == 0;  // root reads any file
  WatchedFolder folder(dir_.string(), 0);
  auto events = *folder.scan(0);
  Names expected{"R elsewhere.csv", "I link.csv", root ? "R locked.csv" : "I locked.csv", "I notes.txt"};
  EXPECT_EQ(names(events), expected);
  for (const auto& e : events) {
    const std::string name = fs::path(e.path).filename().string();
    if (name == "notes.txt") {
      EXPECT_FALSE(e.problem);
      EXPECT_EQ(e.reason, "not an export (.txt): only .csv, .tsv and .xlsx files are imported");
    }
    if (name == "link.csv") {
      EXPECT_TRUE(e.problem);
      EXPECT_EQ(e.reason, "a symbolic link, not followed (copy the export into the folder)");
    }
    if (name == "locked.csv" && !root) {
      EXPECT_EQ(e.reason, "cannot be read: Permission denied; tried again when it changes");
    }
  }
  EXPECT_EQ(names(*folder.scan(1)), Names{});
  // Made readable: a chmod is a new version (ctime), so it is tried again.
  ::chmod(file("locked.csv").c_str(), 0644);
  if (!root) {
    EXPECT_EQ(names(*folder.scan(2)), Names{"R locked.csv"});
  }
}

TEST_F(WatchedFolderTest, RejectFilesHiddenFilesLockFilesAndFoldersArePassedOverSilently) {
  for (const char* name :
       {"visits.rejected.csv", "visits.rejected-2.csv", ".visits.csv.swp", "~$orders.xlsx", ".~lock.orders.csv#"})
    append(name, "x\n");
  fs::create_directories(dir_ / "archive.csv");
  WatchedFolder folder(dir_.string(), 0);
  EXPECT_EQ(names(*folder.scan(0)), Names{});
  EXPECT_EQ(folder.settling(), Names{});
}

TEST_F(WatchedFolderTest, ExportNamesAndRejectFileNames) {
  EXPECT_TRUE(WatchedFolder::isExportName("Bezoeken.CSV"));
  EXPECT_TRUE(WatchedFolder::isExportName("orders.xlsx"));
  EXPECT_TRUE(WatchedFolder::isExportName("visits.tsv"));
  EXPECT_FALSE(WatchedFolder::isExportName("visits.csv.part"));
  EXPECT_FALSE(WatchedFolder::isExportName("orders.xls"));
  EXPECT_TRUE(WatchedFolder::isRejectFileName("visits.rejected-12.csv"));
  EXPECT_FALSE(WatchedFolder::isRejectFileName("visits.rejected-x.csv"));
  EXPECT_FALSE(WatchedFolder::isRejectFileName("rejected.csv"));
}

TEST_F(WatchedFolderTest, AMissingFolderIsAnError) {
  WatchedFolder folder(file("nope"), 0);
  auto r = folder.scan(0);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "cannot read the folder " + file("nope") + ": No such file or directory");
}

}  // namespace
}  // namespace salesops::ingest
