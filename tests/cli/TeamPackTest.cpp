// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `report --team` and `report --every-team` (issue 16 item 4): a team lead's pack has the team's
// numbers only and names the team; every team gets one.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "CliStore.h"

using namespace salesops::clitest;

namespace {

// Week 2026-W45 (2 to 8 November). Noord: R1 with 3 visits, one a sale and its order. Zuid: R2 with
// 2 visits, one in an area the areas file does not know.
class TeamPack : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    writeFile(dir.file("reps.csv"), "rep_id,name,team\nR1,Anna,Noord\nR2,Bram,Zuid\n");
    writeFile(dir.file("areas.csv"), "area,city,homes_passed\nUTR-01,Utrecht,1000\n");
    writeFile(dir.file("visits.csv"),
              "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
              "V1,2026-11-03 10:00,R1,UTR-01,sale,d2d,3512AB,1\n"
              "V2,2026-11-03 10:10,R1,UTR-01,not_home,d2d,3512AB,3\n"
              "V3,2026-11-04 11:00,R1,UTR-01,no_interest,d2d,3512AB,5\n"
              "V4,2026-11-04 12:00,R2,UTR-01,not_home,d2d,3512AB,7\n"
              "V5,2026-11-05 12:00,R2,XXX-99,not_home,d2d,3512AB,9\n");
    writeFile(dir.file("orders.csv"), "order_id,ordered_at,rep_id,area,visit_id\nO1,2026-11-03 10:05,R1,UTR-01,V1\n");
    db = " " + store_.db();
    ASSERT_EQ(cli(db + " --quiet import " + dir.file("reps.csv") + " " + dir.file("areas.csv") + " " +
                  dir.file("visits.csv") + " " + dir.file("orders.csv"))
                  .exitCode,
              0);
  }

  QJsonObject pack(const std::string& team) {
    CliRun r =
        cli(db + " report --week 2026-W45 --as-of 2026-11-30 --format json" + (team.empty() ? "" : " --team " + team));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
  }

  static double tile(const QJsonObject& p, const QString& kpi) {
    for (const auto& t : p["tiles"].toArray())
      if (t.toObject()["kpi"].toString() == kpi) return t.toObject()["value"].toDouble();
    return -1;
  }

  static double finding(const QJsonObject& p, const QString& id) {
    for (const auto& f : p["data_quality"].toObject()["findings"].toArray())
      if (f.toObject()["id"].toString() == id) return f.toObject()["count"].toDouble();
    return -1;
  }

  TempDir dir;
  CliStore store_{GetParam(), dir};
  std::string db;
};
SALESOPS_ON_BACKENDS(TeamPack);

}  // namespace

TEST_P(TeamPack, EveryNumberOfATeamPackIsTheTeams) {
  const QJsonObject all = pack(""), noord = pack("Noord"), zuid = pack("Zuid");
  EXPECT_TRUE(all["team"].isNull());
  EXPECT_EQ(noord["team"].toString(), "Noord");
  EXPECT_EQ(tile(all, "visits"), 5);
  EXPECT_EQ(tile(noord, "visits"), 3);
  EXPECT_EQ(tile(zuid, "visits"), 2);
  EXPECT_EQ(tile(all, "orders"), 1);
  EXPECT_EQ(tile(noord, "orders"), 1);
  EXPECT_EQ(tile(zuid, "orders"), 0);
  EXPECT_EQ(noord["leaderboard"].toArray().size(), 1);
  EXPECT_EQ(noord["leaderboard"].toArray()[0].toObject()["rep"].toString(), "R1");
  // The visit in an unknown area is Bram's: Zuid's finding, not Noord's.
  EXPECT_EQ(finding(all, "unknown_areas"), 1);
  EXPECT_EQ(finding(zuid, "unknown_areas"), 1);
  EXPECT_EQ(finding(noord, "unknown_areas"), 0);
}

TEST_P(TeamPack, TheTitleNamesTheTeamAndAnUnknownTeamIsAUsageError) {
  CliRun r = cli(db + " report --week 2026-W45 --team Noord --out " + dir.file("noord.pdf"));
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.rfind("report: 2026-W45, team Noord, ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(" pages, written to " + dir.file("noord.pdf") + "\n"), std::string::npos) << r.out;
  FILE* pipe = popen(("pdftotext -l 1 '" + dir.file("noord.pdf") + "' - 2>/dev/null").c_str(), "r");
  std::string text;
  char buffer[4096];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
  pclose(pipe);
  EXPECT_NE(text.find("Weekly start, team Noord"), std::string::npos) << text;

  CliRun unknown = cli(db + " report --week 2026-W45 --team West --out " + dir.file("west.pdf"));
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_EQ(countLines(unknown.err, "report: no team 'West' in the reps file (teams: Noord, Zuid)"), 1) << unknown.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("west.pdf")));
}

TEST_P(TeamPack, EveryTeamWritesTheStoresPackAndOnePerTeam) {
  CliRun r = cli(db + " --quiet report --week 2026-W45 --format json --every-team " + dir.file("packs"));
  ASSERT_EQ(r.exitCode, 0) << r.err;
  for (const char* name :
       {"weekly-start-2026-W45.json", "weekly-start-2026-W45-Noord.json", "weekly-start-2026-W45-Zuid.json"})
    EXPECT_TRUE(std::filesystem::exists(dir.file("packs/") + name)) << name;
  const auto zuid =
      QJsonDocument::fromJson(QByteArray::fromStdString(readFile(dir.file("packs/weekly-start-2026-W45-Zuid.json"))));
  EXPECT_EQ(tile(zuid.object(), "visits"), 2);
  EXPECT_EQ(cli(db + " report --every-team " + dir.file("packs") + " --team Noord").exitCode, 2);
  EXPECT_EQ(cli(db + " report --every-team " + dir.file("packs") + " --out x.pdf").exitCode, 2);
}
