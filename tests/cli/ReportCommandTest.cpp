// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <vector>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {

// What a person reading the PDF sees: its text (poppler-utils), or its page count.
std::string shell(const std::string& command) {
  std::string out;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

std::string pdfText(const std::string& pdf) { return shell("pdftotext -enc UTF-8 '" + pdf + "' - 2>/dev/null"); }

int pdfPages(const std::string& pdf) {
  const std::string info = shell("pdfinfo '" + pdf + "' 2>/dev/null");
  const size_t at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

}  // namespace

// `report` on a demo store whose last day is Sunday 29 November 2026, so week 48 is complete.
class ReportCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = " --db " + dir_->file("weekly.sqlite");
    ASSERT_EQ(cli(db_ + " --quiet demo --end 2026-11-29").exitCode, 0);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* ReportCommand::dir_ = nullptr;
std::string ReportCommand::db_;

TEST_F(ReportCommand, WritesTheWeeksPackAsOnePdf) {
  const std::string out = dir_->file("w48.pdf");
  CliRun r = cli(db_ + " report --week 2026-W48 --lang en --out " + out);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const int pages = pdfPages(out);
  EXPECT_GE(pages, 8);
  EXPECT_EQ(r.out, "report: 2026-W48, " + std::to_string(pages) + " pages, written to " +
                       std::filesystem::absolute(out).string() + "\n");
  const std::string text = pdfText(out);
  EXPECT_NE(text.find("Week 48 (2026-W48)"), std::string::npos);
  EXPECT_NE(text.find("Monday 23 November"), std::string::npos);
  EXPECT_NE(text.find("weekly.sqlite"), std::string::npos);
}

TEST_F(ReportCommand, LangNlWritesDutchHeadingsDatesAndNumbers) {
  const std::string out = dir_->file("w48-nl.pdf");
  CliRun r = cli(db_ + " report --week 2026-W48 --lang nl --out " + out);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string text = pdfText(out);
  EXPECT_NE(text.find("maandag 23 november"), std::string::npos);
  EXPECT_NE(text.find("Gespreksconversie"), std::string::npos);
  EXPECT_EQ(text.find("Monday 23 November"), std::string::npos);
  // The pack's own headings come from the Dutch translation (resources/salesops_nl.ts).
  EXPECT_NE(text.find("Weekstart"), std::string::npos);
  EXPECT_NE(text.find("Zelfde week vorig jaar"), std::string::npos);
  EXPECT_EQ(text.find("Same week last year"), std::string::npos);
}

TEST_F(ReportCommand, WithoutWeekTakesTheLastCompleteWeekWithData) {
  // Data ending on a Sunday long before any day the test runs: that week is the last complete one.
  TempDir dir;
  const std::string db = " --db " + dir.file("june.sqlite");
  ASSERT_EQ(cli(db + " --quiet demo --clean --visits 3000 --days 28 --end 2026-06-14").exitCode, 0);
  CliRun r = cli(db + " report --lang en --out " + dir.file("last.pdf"));
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.rfind("report: 2026-W24, ", 0), 0u) << r.out;
}

TEST_F(ReportCommand, BadArgumentsAreUsageErrorsAndWriteNothing) {
  const std::string out = dir_->file("bad.pdf");
  for (const std::string& args : std::vector<std::string>{
           " report --week 2026-W60 --out " + out, " report --week 48 --out " + out, " report --week 2026-W48",
           " report --week 2026-W48 --out " + dir_->file("x.png"), " report --week 2026-W48 --lang fr --out " + out,
           " report --week 2026-W48 --as-of 30-11-2026 --out " + out, " report --week 2026-W48 extra --out " + out}) {
    CliRun r = cli(db_ + args);
    EXPECT_EQ(r.exitCode, 2) << args;
    EXPECT_FALSE(r.err.empty()) << args;
    EXPECT_TRUE(r.out.empty()) << args;
  }
  EXPECT_NE(cli(db_ + " report --week 2026-W60 --out " + out).err.find("--week must be an ISO week"),
            std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(ReportCommand, MissingStoreOrUnwritableOutputFails) {
  const std::string missing = dir_->file("nothing-here.sqlite");
  CliRun r = cli(" --db " + missing + " report --week 2026-W48 --out " + dir_->file("m.pdf"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_FALSE(std::filesystem::exists(missing));  // read-only: the store is not created
  CliRun w = cli(db_ + " report --week 2026-W48 --out " + dir_->file("no-such-dir/r.pdf"));
  EXPECT_EQ(w.exitCode, 2);
  EXPECT_NE(w.err.find("cannot write"), std::string::npos) << w.err;
}
