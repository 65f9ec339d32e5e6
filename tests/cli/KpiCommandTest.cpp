// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `kpi --format json` on a small hand-made store: full precision, door-only KPIs per channel and
// the targets of each row's level; `--format csv` in both CSV dialects, as the bytes read.
#include <cstdlib>
#include <gtest/gtest.h>
#include <sstream>
#include <vector>

#include "CliRunner.h"
#include "CliStore.h"

using namespace salesops::clitest;

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

std::vector<std::string> split(const std::string& line, char delimiter) {
  std::vector<std::string> out;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, delimiter);) out.push_back(field);
  return out;
}

// Field `column` (by header name) of the line that starts with `key`, in `csv` without its BOM.
std::string field(const std::string& csv, char delimiter, const std::string& key, const std::string& column) {
  std::stringstream in(csv);
  std::string line;
  std::getline(in, line);
  const auto header = split(line.substr(0, line.find('\r')), delimiter);
  while (std::getline(in, line)) {
    const auto fields = split(line.substr(0, line.find('\r')), delimiter);
    if (fields.empty() || fields[0] != key) continue;
    for (size_t i = 0; i < header.size() && i < fields.size(); ++i)
      if (header[i] == column) return fields[i];
  }
  return "(missing)";
}

// Week 2026-W48. R1 (team Zuid) at the door: a sale, not at home, no interest, and order O1. R3
// (team Noord) at a stand: two sales and a no-interest, orders O2 and O3.
class KpiCommand : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    writeFile(dir.file("reps.csv"), "rep_id,name,team\nR1,One,Zuid\nR2,Two,Zuid\nR3,Three,Noord\n");
    writeFile(dir.file("areas.csv"), "area,city,homes_passed\nA1,Utrecht,100\n");
    writeFile(dir.file("visits.csv"),
              "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
              "V1,2026-11-23 10:00,R1,A1,sale,d2d,3512AB,1\n"
              "V2,2026-11-23 10:10,R1,A1,not_home,d2d,3512AB,2\n"
              "V3,2026-11-23 10:20,R1,A1,no_interest,d2d,3512AB,3\n"
              "V4,2026-11-24 12:00,R3,A1,sale,htl,,\n"
              "V5,2026-11-24 12:10,R3,A1,sale,htl,,\n"
              "V6,2026-11-24 12:20,R3,A1,no_interest,htl,,\n");
    writeFile(dir.file("orders.csv"),
              "order_id,ordered_at,rep_id,channel,area,monthly_fee\n"
              "O1,2026-11-23 10:05,R1,d2d,A1,40\n"
              "O2,2026-11-24 12:05,R3,htl,A1,40\n"
              "O3,2026-11-24 12:15,R3,htl,A1,40\n");
    writeFile(dir.file("targets.csv"),
              "week,level,key,metric,target\n"
              "2026-W48,team,Zuid,orders,2\n"
              "2026-W48,rep,R3,orders,3\n"
              "2026-W48,all,,conversion,50%\n");
    for (const char* kind : {"reps", "areas", "visits", "orders", "targets"}) {
      const CliRun r = cli(db() + " --quiet import --kind " + kind + " " + dir.file(std::string(kind) + ".csv"));
      ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.out << r.err;
    }
  }

  std::string db() const { return store_.db(); }
  std::string kpi(const std::string& args) {
    const CliRun r = cli(db() + " kpi --from 2026-11-23 --to 2026-11-29 --as-of 2026-12-01 --format json " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
  }
  std::string kpiCsv(const std::string& more) {
    const CliRun r =
        cli(db() + " kpi --from 2026-11-23 --to 2026-11-29 --as-of 2026-12-01 --by rep --format csv " + more);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
  }

  TempDir dir;
  CliStore store_{GetParam(), dir};
};
SALESOPS_ON_BACKENDS(KpiCommand);

TEST_P(KpiCommand, JsonRatesHaveFullPrecisionAndDoorOnlyKpisCountTheDoor) {
  const std::string j = kpi("");
  // d2d contacts V1 V3 of d2d visits V1-V3; O1 of the 3 doors; 3 addresses for O1.
  EXPECT_NE(j.find(R"("contact_rate": 0.6666666666666666, "conversion": 0.6, "hit_rate": 0.3333333333333333,)"),
            std::string::npos)
      << j;
  EXPECT_NE(j.find(R"("addresses_per_sale": 3,)"), std::string::npos) << j;
  const size_t at = j.find(R"("hit_rate": )");
  EXPECT_EQ(std::strtod(j.c_str() + at + 12, nullptr), 1.0 / 3);  // reads back exactly

  const std::string byChannel = kpi("--by channel");
  const size_t htl = byChannel.find(R"({"channel": "htl", )");
  ASSERT_NE(htl, std::string::npos) << byChannel;
  const std::string row = byChannel.substr(htl);
  for (const char* key :
       {R"("addresses": null)", R"("contact_rate": null)", R"("hit_rate": null)", R"("addresses_per_sale": null)",
        R"("coverage": null)", R"("conversion": 0.6666666666666666)"})
    EXPECT_NE(row.find(key), std::string::npos) << key << " in " << row;
}

TEST_P(KpiCommand, JsonGivesTheTargetOfTheFiltersLevel) {
  const std::string zuid = kpi("--team Zuid");
  EXPECT_NE(
      zuid.find(R"("targets": {"orders": {"horizon": "period", "from": "2026-11-23", "to": "2026-11-29", )"
                R"("level": "team", "keys": ["Zuid"], "from_members": false, "target": 2, "value": 1, "n": null, )"
                R"("projected": 1, "on_track": false, "complete": true}}})"),
      std::string::npos)
      << zuid;
  // Noord has no team target: its rep R3's 3. The organisation: no orders target of its own, so
  // Zuid's 2 + Noord's 3; and its conversion target of 50% against 3 orders from 5 conversations.
  EXPECT_NE(kpi("--team Noord").find(R"("keys": ["Noord"], "from_members": true, "target": 3, "value": 2,)"),
            std::string::npos);
  const std::string all = kpi("");
  EXPECT_NE(all.find(R"("orders": {"horizon": "period", "from": "2026-11-23", "to": "2026-11-29", "level": "all", )"
                     R"("keys": [], "from_members": true, "target": 5, "value": 3,)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find(R"("target": 0.5, "value": 0.6, "n": 5, "projected": 0.6, "on_track": true,)"), std::string::npos)
      << all;
  EXPECT_EQ(kpi("--area A1").find("targets"), std::string::npos);  // no area targets
}

// --csv-dialect (R1: 1 order of 2 conversations; R3: 2 of 3, 80.00 a month).
TEST_P(KpiCommand, KpiCsvIsRfc4180UnlessToldOtherwise) {
  const std::string csv = kpiCsv("");
  EXPECT_EQ(csv.rfind("rep,visits,", 0), 0u) << csv.substr(0, 40);  // no BOM, commas
  EXPECT_EQ(kpiCsv("--csv-dialect rfc4180"), csv);
  EXPECT_EQ(field(csv, ',', "R1", "conversion"), "0.5");
  EXPECT_EQ(field(csv, ',', "R3", "conversion"), "0.6666666666666666");
  EXPECT_EQ(field(csv, ',', "R3", "revenue"), "80.00");
}

TEST_P(KpiCommand, KpiCsvForDutchExcelHasABomSemicolonsAndDecimalCommas) {
  const std::string csv = kpiCsv("--csv-dialect excel-nl");
  ASSERT_EQ(csv.rfind(std::string(kBom) + "rep;visits;", 0), 0u) << csv.substr(0, 40);
  const std::string body = csv.substr(3);
  EXPECT_EQ(field(body, ';', "R1", "conversion"), "0,5");
  EXPECT_EQ(field(body, ';', "R3", "conversion"), "0,6666666666666666");
  EXPECT_EQ(field(body, ';', "R3", "revenue"), "80,00");
  EXPECT_EQ(field(body, ';', "R3", "orders"), "2");
  // The delimiter is ';': the header, all names, holds not one ','.
  EXPECT_EQ(body.substr(0, body.find('\r')).find(','), std::string::npos);
}

TEST_P(KpiCommand, ExportTableTakesTheDialectToo) {
  const CliRun r = cli(db() +
                       " --quiet export table --from 2026-11-23 --to 2026-11-29 --as-of 2026-12-01 --by rep "
                       "--csv-dialect excel-nl --out " +
                       dir.file("t.csv"));
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string csv = readFile(dir.file("t.csv"));
  ASSERT_EQ(csv.rfind(std::string(kBom) + "rep;visits;", 0), 0u) << csv.substr(0, 40);
  EXPECT_EQ(field(csv.substr(3), ';', "R3", "revenue"), "80,00");
}

TEST_P(KpiCommand, AnUnknownDialectIsAUsageError) {
  const CliRun r = cli(db() + " kpi --from 2026-11-23 --to 2026-11-29 --format csv --csv-dialect excel");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--csv-dialect must be rfc4180 or excel-nl"), std::string::npos) << r.err;
}

}  // namespace
