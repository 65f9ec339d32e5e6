// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>
#include <utility>
#include <vector>

#include "DemoStoreSuite.h"

using namespace salesops::clitest;

namespace {

const std::vector<std::string> kCharts = {
    "conversion-trend", "rep-leaderboard",  "area-conversion", "funnel",    "cancellation-reasons", "heatmap",
    "doorstep-by-team", "doorstep-by-area", "doorstep-by-rep", "trend",     "cancellation-cohorts", "area-trend",
    "area-hours",       "team-trend",       "team-weekdays",   "rep-trend", "rep-weekdays"};
// The member a drill page's chart shows: one area, team and rep of the demo (the filters of the
// other charts, which they narrow as the window's filter bar would).
const std::string kMember = " --area UTR-03 --team \"Team Zuid\" --rep R007";

// Width and height from a PNG's IHDR chunk (bytes 16..23, big endian).
std::pair<uint32_t, uint32_t> pngSize(const std::string& png) {
  if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
  const auto be = [&](size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  return {be(16), be(20)};
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

// One default demo store for the suite, as a script would have it: what the charts and tables show
// is read on both backends.
class ExportCommand : public DemoStoreOnBackends {};
SALESOPS_ON_BACKENDS(ExportCommand);
// The command line's own part (chart names, usage errors, output files and suffixes, the graphics
// platform) does not depend on the store: SQLite only.
class ExportCommandLine : public DemoStoreSuite {};

TEST_F(ExportCommandLine, ChartsListsTheStableNames) {
  CliRun r = cli("export charts");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(lines(r.out), kCharts);
}

TEST_P(ExportCommand, EveryChartToPngAtTheDefaultSlideSize) {
  for (const std::string& name : kCharts) {
    const std::string out = dir_->file(name + ".png");
    CliRun r = cli(db_ + " --quiet export chart " + name + kWeek + kMember + " --out " + out);
    ASSERT_EQ(r.exitCode, 0) << name << ": " << r.err;
    EXPECT_EQ(pngSize(readFile(out)), std::make_pair(1920u, 1080u)) << name;
  }
}

TEST_P(ExportCommand, APagesChartIsTheWindowsWithItsTitleAsText) {
  const std::string svg = dir_->file("cohorts.svg");
  ASSERT_EQ(cli(db_ + " export chart cancellation-cohorts" + kWeek + " --out " + svg).exitCode, 0);
  const std::string text = readFile(svg);
  EXPECT_NE(text.find("Share of each order week cancelled, by days after ordering"), std::string::npos);
  EXPECT_NE(text.find("W41"), std::string::npos) << "the oldest of the 8 order weeks W41..W48 in the legend";
  const std::string rep = dir_->file("rep.svg");
  ASSERT_EQ(cli(db_ + " export chart rep-trend" + kWeek + " --rep R007 --out " + rep).exitCode, 0);
  // The rep by its name from the reps file with its code after it.
  EXPECT_NE(readFile(rep).find("Conversion per week: Kevin van Dijk (R007) against the organisation"),
            std::string::npos);
}

TEST_F(ExportCommandLine, AMembersChartWithoutExactlyOneMemberSaysWhichOption) {
  const std::string out = dir_->file("member.png");
  CliRun none = cli(db_ + " export chart area-hours" + kWeek + " --out " + out);
  EXPECT_EQ(none.exitCode, 2);
  EXPECT_NE(none.err.find("give exactly one --area"), std::string::npos) << none.err;
  CliRun two = cli(db_ + " export chart team-trend" + kWeek + " --team A --team B --out " + out);
  EXPECT_EQ(two.exitCode, 2);
  EXPECT_NE(two.err.find("give exactly one --team"), std::string::npos) << two.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(ExportCommandLine, SizeAndSuffixPickTheOutput) {
  const std::string png = dir_->file("trend.png"), svg = dir_->file("trend.svg"), pdf = dir_->file("trend.pdf");
  ASSERT_EQ(cli(db_ + " export chart conversion-trend" + kWeek + " --size 1600x900 --out " + png).exitCode, 0);
  EXPECT_EQ(pngSize(readFile(png)), std::make_pair(1600u, 900u));
  ASSERT_EQ(cli(db_ + " export chart conversion-trend" + kWeek + " --size 800x450 --out " + svg).exitCode, 0);
  const std::string svgText = readFile(svg);
  EXPECT_NE(svgText.find("<svg"), std::string::npos);
  EXPECT_NE(svgText.find("viewBox=\"0 0 800 450\""), std::string::npos);
  EXPECT_NE(svgText.find("Conversion, last 8 weeks"), std::string::npos) << "the title is text";
  ASSERT_EQ(cli(db_ + " export chart heatmap" + kWeek + " --out " + pdf).exitCode, 0);
  EXPECT_EQ(readFile(pdf).rfind("%PDF-", 0), 0u);
}

TEST_F(ExportCommandLine, ChartUsageErrorsExitTwoAndWriteNothing) {
  const std::string out = dir_->file("bad.png");
  CliRun unknown = cli(db_ + " export chart pie" + kWeek + " --out " + out);
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_NE(unknown.err.find("unknown chart 'pie'"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("conversion-trend"), std::string::npos) << "names the charts: " << unknown.err;
  EXPECT_EQ(cli(db_ + " export chart funnel" + kWeek + " --size 100 --out " + out).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export chart funnel" + kWeek + " --size 0x0 --out " + out).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export chart funnel" + kWeek).exitCode, 2);  // no --out
  EXPECT_EQ(cli(db_ + " export chart funnel" + kWeek + " --out " + dir_->file("bad.gif")).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export chart funnel --from 2026-11-21 --out " + out).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export chart funnel" + kWeek + " --out " + dir_->file("no-folder/x.png")).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export").exitCode, 2);
  EXPECT_FALSE(std::filesystem::exists(out));
  EXPECT_FALSE(std::filesystem::exists(dir_->file("bad.gif")));
}

TEST_F(ExportCommandLine, AMissingStoreIsAnErrorAndIsNotCreated) {
  const std::string missing = dir_->file("missing.sqlite");
  CliRun r = cli("--db " + missing + " export chart funnel" + kWeek + " --out " + dir_->file("m.png"));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_FALSE(std::filesystem::exists(missing)) << "exports open the store read-only";
  EXPECT_FALSE(std::filesystem::exists(dir_->file("m.png")));
}

TEST_P(ExportCommand, TableCsvHasTheKpiCommandsColumnsAndCounts) {
  const std::string out = dir_->file("areas.csv");
  CliRun r = cli(db_ + " export table" + kWeek + " --by area --out " + out);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  CliRun kpi = cli(db_ + " kpi" + kWeek + " --by area --format csv");
  ASSERT_EQ(kpi.exitCode, 0) << kpi.err;
  const auto exported = lines(readFile(out));
  const auto expected = lines(kpi.out);
  ASSERT_EQ(exported.size(), expected.size());
  EXPECT_EQ(exported[0], expected[0]) << "the same KPI names as headers";
  // The counts (area up to cancelled) are written alike; rates carry more digits in the export.
  for (size_t i = 1; i < exported.size(); ++i) {
    const auto prefix = [](const std::string& line) {
      size_t at = 0;
      for (int comma = 0; comma < 7 && at != std::string::npos; ++comma) at = line.find(',', at + 1);
      return line.substr(0, at);
    };
    EXPECT_EQ(prefix(exported[i]), prefix(expected[i]));
  }
}

TEST_P(ExportCommand, TableXlsxAndItsErrors) {
  const std::string out = dir_->file("reps.xlsx");
  CliRun r = cli(db_ + " export table" + kWeek + " --by rep --by week --compare previous --out " + out);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(readFile(out).rfind("PK", 0), 0u) << "a zip container";
  EXPECT_EQ(cli(db_ + " export table" + kWeek + " --by planet --out " + dir_->file("x.xlsx")).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export table" + kWeek + " --out " + dir_->file("x.ods")).exitCode, 2);
  EXPECT_EQ(cli(db_ + " export table" + kWeek + " --compare never --out " + dir_->file("x.csv")).exitCode, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_->file("x.xlsx")));
  EXPECT_FALSE(std::filesystem::exists(dir_->file("x.csv")));
}

TEST_F(ExportCommandLine, OnlyExportsStartTheGraphicsPlatform) {
  // A platform that does not exist stops a QApplication but not a QCoreApplication.
  ::setenv("QT_QPA_PLATFORM", "no-such-platform", 1);
  const CliRun kpi = cli(db_ + " kpi" + kWeek);
  const CliRun exported = cli(db_ + " export chart funnel" + kWeek + " --out " + dir_->file("p.png"));
  ::unsetenv("QT_QPA_PLATFORM");
  EXPECT_EQ(kpi.exitCode, 0) << kpi.err;
  EXPECT_NE(exported.exitCode, 0);
  // Without a platform named, exports draw offscreen, display or not.
  ::unsetenv("DISPLAY");
  ::unsetenv("WAYLAND_DISPLAY");
  EXPECT_EQ(cli(db_ + " export chart funnel" + kWeek + " --out " + dir_->file("p.png")).exitCode, 0);
}

}  // namespace
