// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reps and areas by name in the tables for people, codes as the keys of JSON; columns padded by
// what a terminal shows, not by bytes (an en dash is 3 bytes, one column).
#include <gtest/gtest.h>
#include <sstream>
#include <vector>

#include "CliRunner.h"

using namespace salesops::clitest;

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The line of `text` holding `needle`; empty when none does.
std::string lineWith(const std::string& text, const std::string& needle) {
  for (const std::string& line : lines(text))
    if (line.find(needle) != std::string::npos) return line;
  return {};
}

// EML-01 has 1 visit (R001's), UTR-01 2 (R002's); all at a stand, so no postcodes.
class NamesInTables : public ::testing::Test {
 protected:
  void SetUp() override {
    writeFile(dir.file("reps.csv"), "rep_id,name,team\nR001,Jan de Vries,Zuid\nR002,Jos\xC3\xA9 M\xC3\xBCller,Noord\n");
    writeFile(dir.file("areas.csv"),
              "area,name,city,homes_passed\nEML-01,EML-Centrum \xE2\x80\x93 Noord,Emmeloord,100\n"
              "UTR-01,Utrecht Oost,Utrecht,100\n");
    writeFile(dir.file("visits.csv"),
              "visit_id,visited_at,rep_id,area,outcome,channel\n"
              "V1,2026-11-23 10:00,R001,EML-01,sale,htl\n"
              "V2,2026-11-23 11:00,R002,UTR-01,no_interest,htl\n"
              "V3,2026-11-24 11:00,R002,UTR-01,sale,htl\n");
    for (const char* kind : {"reps", "areas", "visits"}) {
      const CliRun r = cli(db() + " --quiet import --kind " + kind + " " + dir.file(std::string(kind) + ".csv"));
      ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.out << r.err;
    }
  }
  std::string db() const { return "--db " + dir.file("s.sqlite"); }
  std::string kpi(const std::string& more) {
    const CliRun r = cli(db() + " kpi --from 2026-11-23 --to 2026-11-29 --as-of 2026-12-01 " + more);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
  }
  TempDir dir;
};

TEST_F(NamesInTables, AreasByNameAndCodeInColumnsThatLineUp) {
  const auto table = lines(kpi("--by area"));
  ASSERT_EQ(table.size(), 3u);
  // "EML-Centrum – Noord (EML-01)" is 28 columns (30 bytes): the widest label; visits right-aligned
  // under "visits" (6 columns).
  EXPECT_EQ(table[0].substr(0, 36), "area" + std::string(24, ' ') + "  visits");
  EXPECT_EQ(table[1].substr(0, 38), "EML-Centrum \xE2\x80\x93 Noord (EML-01)       1");
  EXPECT_EQ(table[2].substr(0, 36), "Utrecht Oost (UTR-01)" + std::string(7, ' ') + "       2");
}

TEST_F(NamesInTables, RepsByNameAndCodeWithAccentsCountedAsOneColumn) {
  const auto table = lines(kpi("--by rep"));
  ASSERT_EQ(table.size(), 3u);
  // "Jan de Vries (R001)" 19 columns; "José Müller (R002)" 18 columns in 20 bytes.
  EXPECT_EQ(table[0].substr(0, 27), "rep" + std::string(16, ' ') + "  visits");
  EXPECT_EQ(table[1].substr(0, 27), "Jan de Vries (R001)       1");
  EXPECT_EQ(table[2].substr(0, 29), "Jos\xC3\xA9 M\xC3\xBCller (R002)        2");
}

TEST_F(NamesInTables, JsonKeepsTheCodeAsKeyAndAddsTheName) {
  // The code first, as before; the name last in the row, after the values.
  const std::string r1 = lineWith(kpi("--by rep --format json"), R"({"rep": "R001", "visits": 1,)");
  EXPECT_NE(r1.find(R"("rep_name": "Jan de Vries"})"), std::string::npos) << r1;
  const std::string eml =
      lineWith(kpi("--by city --by area --format json"), R"({"city": "Emmeloord", "area": "EML-01", "visits": 1,)");
  EXPECT_NE(eml.find("\"area_name\": \"EML-Centrum \xE2\x80\x93 Noord\"}"), std::string::npos) << eml;
  // CSV is for machines too: codes only, the columns of cli.md.
  EXPECT_EQ(kpi("--by rep --format csv").find("Jan de Vries"), std::string::npos);
}

TEST_F(NamesInTables, ARepNotInTheRepsFileIsItsCode) {
  writeFile(dir.file("more.csv"),
            "visit_id,visited_at,rep_id,area,outcome,channel\nV4,2026-11-25 10:00,R099,UTR-01,"
            "sale,htl\n");
  ASSERT_EQ(cli(db() + " --quiet import --kind visits " + dir.file("more.csv")).exitCode, 0);
  const auto table = lines(kpi("--by rep"));
  ASSERT_EQ(table.size(), 4u);
  EXPECT_EQ(table[3].substr(0, 27), "R099" + std::string(15, ' ') + "       1");
  EXPECT_NE(lineWith(kpi("--by rep --format json"), R"({"rep": "R099", )").find(R"("rep_name": null})"),
            std::string::npos);
}

}  // namespace
