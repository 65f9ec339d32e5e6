// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Outputs written whole or not at all, never over another file by accident (issue 11, items 1, 2
// and 11): the shared mechanism of reject files, exports and reports.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <unistd.h>

#include "salesops/ingest/CsvWriter.h"
#include "salesops/ingest/OutputFile.h"

namespace salesops::ingest {
namespace {
namespace fs = std::filesystem;

// A fresh folder per test.
class OutputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) / (std::string("outputfile_") + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(file(name), std::ios::binary) << text;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(file(name), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::set<std::string> names() const {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_)) out.insert(e.path().filename().string());
    return out;
  }
  // Writes `text` to a new OutputFile at `name` and commits it; the name it got.
  Result<std::string> put(const std::string& name, const std::string& text, Publish how) const {
    auto out = OutputFile::create(file(name), how);
    if (!out) return out.error();
    std::fputs(text.c_str(), (*out)->stream());
    return (*out)->commit();
  }
  fs::path dir_;
};

TEST_F(OutputFileTest, NextFreeNameNeverReplacesAFile) {
  write("visits.rejected.csv", "fixed by the user\n");
  write("visits.rejected-2.csv", "yesterday's\n");
  const auto name = put("visits.rejected.csv", "new rejects\n", Publish::NextFreeName);
  ASSERT_TRUE(name) << name.error().message;
  EXPECT_EQ(*name, file("visits.rejected-3.csv"));
  EXPECT_EQ(read("visits.rejected.csv"), "fixed by the user\n");
  EXPECT_EQ(read("visits.rejected-2.csv"), "yesterday's\n");
  EXPECT_EQ(read("visits.rejected-3.csv"), "new rejects\n");
  EXPECT_EQ(names().size(), 3u) << "no temporary file left";
}

TEST_F(OutputFileTest, NextFreeNameCountsASymlinkAsTakenAndNeverFollowsIt) {
  write("victim.txt", "keep me\n");
  fs::create_symlink(file("victim.txt"), file("r.csv"));
  fs::create_symlink(file("nowhere.txt"), file("r-2.csv"));  // dangling: taken all the same
  const auto name = put("r.csv", "rows\n", Publish::NextFreeName);
  ASSERT_TRUE(name) << name.error().message;
  EXPECT_EQ(*name, file("r-3.csv"));
  EXPECT_EQ(read("victim.txt"), "keep me\n");
  EXPECT_FALSE(fs::exists(file("nowhere.txt")));
}

TEST_F(OutputFileTest, TwoWritersOfOneNameGetTwoNames) {
  // Both started before either finished: the name is chosen when the file is published, atomically.
  auto a = OutputFile::create(file("r.csv"), Publish::NextFreeName);
  auto b = OutputFile::create(file("r.csv"), Publish::NextFreeName);
  ASSERT_TRUE(a && b);
  std::fputs("a\n", (*a)->stream());
  std::fputs("b\n", (*b)->stream());
  const auto nameB = (*b)->commit();
  const auto nameA = (*a)->commit();
  ASSERT_TRUE(nameA && nameB);
  EXPECT_EQ(*nameB, file("r.csv"));
  EXPECT_EQ(*nameA, file("r-2.csv"));
  EXPECT_EQ(read("r.csv"), "b\n");
  EXPECT_EQ(read("r-2.csv"), "a\n");
}

TEST_F(OutputFileTest, AFileNotCommittedLeavesNothingAndTheOldFileWhole) {
  write("report.pdf", "last week's report\n");
  {
    auto out = OutputFile::create(file("report.pdf"), Publish::Replace);
    ASSERT_TRUE(out);
    std::fputs("half a report", (*out)->stream());
    ASSERT_TRUE((*out)->finish());
  }  // failed before commit: dropped
  EXPECT_EQ(read("report.pdf"), "last week's report\n");
  EXPECT_EQ(names(), std::set<std::string>{"report.pdf"});
}

TEST_F(OutputFileTest, ReplaceReplacesTheFileOrTheSymlinkButNeverItsTarget) {
  write("old.csv", "old\n");
  ASSERT_TRUE(put("old.csv", "new\n", Publish::Replace));
  EXPECT_EQ(read("old.csv"), "new\n");

  write("victim.txt", "keep me\n");
  fs::create_symlink(file("victim.txt"), file("link.csv"));
  const auto name = put("link.csv", "export\n", Publish::Replace);
  ASSERT_TRUE(name) << name.error().message;
  EXPECT_EQ(*name, file("link.csv"));
  EXPECT_FALSE(fs::is_symlink(file("link.csv")));
  EXPECT_EQ(read("link.csv"), "export\n");
  EXPECT_EQ(read("victim.txt"), "keep me\n");
  EXPECT_EQ(names(), (std::set<std::string>{"link.csv", "old.csv", "victim.txt"}));
}

TEST_F(OutputFileTest, AMissingFolderIsAnError) {
  EXPECT_FALSE(OutputFile::create(file("missing/r.csv"), Publish::NextFreeName));
  EXPECT_FALSE(OutputFile::create(file("missing/r.csv"), Publish::Replace));
}

TEST_F(OutputFileTest, AFolderIsRefusedADeviceOrTheProgramsOwnOutputIsWrittenDirectly) {
  EXPECT_FALSE(OutputFile::create(dir_.string(), Publish::NextFreeName));
  EXPECT_FALSE(OutputFile::create((dir_ / ".").string(), Publish::Replace));
  auto null = OutputFile::create("/dev/null", Publish::NextFreeName);
  ASSERT_TRUE(null) << null.error().message;
  std::fputs("discarded\n", (*null)->stream());
  EXPECT_EQ(*(*null)->commit(), "/dev/null");
  EXPECT_FALSE(fs::exists("/dev/null-2"));

  int pipeEnds[2];
  ASSERT_EQ(pipe(pipeEnds), 0);
  const std::string own = "/dev/fd/" + std::to_string(pipeEnds[1]);
  auto out = OutputFile::create(own, Publish::NextFreeName);
  ASSERT_TRUE(out) << out.error().message;
  std::fputs("rows\n", (*out)->stream());
  EXPECT_EQ(*(*out)->commit(), own);
  close(pipeEnds[1]);
  char buf[16] = {};
  EXPECT_EQ(::read(pipeEnds[0], buf, sizeof buf), 5);
  EXPECT_STREQ(buf, "rows\n");
  close(pipeEnds[0]);
  EXPECT_TRUE(names().empty());
}

TEST(NumberedName, PutsTheNumberBeforeTheLastExtension) {
  EXPECT_EQ(numberedName("in/visits.rejected.csv", 2), "in/visits.rejected-2.csv");
  EXPECT_EQ(numberedName("rejects", 3), "rejects-3");
}

TEST_F(OutputFileTest, SameFileSeesThroughOtherNamesLinksAndSymlinks) {
  write("store.sqlite", "db");
  fs::create_hard_link(file("store.sqlite"), file("hard"));
  fs::create_symlink(file("store.sqlite"), file("soft"));
  fs::create_directories(dir_ / "sub");
  EXPECT_TRUE(sameFile(file("store.sqlite"), file("sub/../store.sqlite")));
  EXPECT_TRUE(sameFile(file("store.sqlite"), (dir_ / "." / "store.sqlite").string()));
  EXPECT_TRUE(sameFile(file("store.sqlite"), file("hard")));
  EXPECT_TRUE(sameFile(file("soft"), file("store.sqlite")));
  // A file that does not exist yet (the -wal) is compared by its resolved path.
  EXPECT_TRUE(sameFile(file("store.sqlite-wal"), file("sub/../store.sqlite-wal")));
  EXPECT_FALSE(sameFile(file("store.sqlite"), file("store.sqlite-wal")));
  const auto refused =
      refuseProtected(file("soft"), {{file("x.csv"), "the input"}, {file("store.sqlite"), "the store"}});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("it is the store"), std::string::npos) << refused.error().message;
  EXPECT_TRUE(refuseProtected(file("out.csv"), {{file("store.sqlite"), "the store"}}));
}

TEST(CsvTextCell, FormulaLikeTextGetsALeadingQuote) {
  EXPECT_EQ(CsvWriter::textCell("=1+1"), "'=1+1");
  EXPECT_EQ(CsvWriter::textCell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(CsvWriter::textCell("-0.05"), "'-0.05");  // as text; a number is never passed here
  EXPECT_EQ(CsvWriter::textCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvWriter::textCell("\tx"), "'\tx");
  EXPECT_EQ(CsvWriter::textCell("\rx"), "\"'\rx\"");
  EXPECT_EQ(CsvWriter::textCell("=a,b"), "\"'=a,b\"");
  EXPECT_EQ(CsvWriter::textCell("Team Noord"), "Team Noord");
  EXPECT_EQ(CsvWriter::textCell("a=b"), "a=b");
  EXPECT_EQ(CsvWriter::textCell(""), "");
}

}  // namespace
}  // namespace salesops::ingest
