// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <gtest/gtest.h>
#include <utility>

#include "CliRunner.h"
#include "CliStore.h"

using namespace salesops::clitest;

namespace {

/// CSV exports made by hand and imported as a user would: area A's conversion drops from 20/100 to
/// 5/100 while B's stays at 20/100; area M moves half its visits from the doors to a stand with the
/// same rates in each channel (doors: 50% answered, 10% conversion; stand: 100%, 30%).
class AlertsCommand : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    visits_ = "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n";
    orders_ = "order_id,ordered_at,rep_id,channel,area\n";
    for (const auto& [day, now] : {std::pair{"2026-11-17", false}, std::pair{"2026-11-24", true}}) {
      add(day, "RA", "A", "d2d", 200, 100, now ? 5 : 20);
      add(day, "RB", "B", "d2d", 200, 100, 20);
      add(day, "RM", "M", "d2d", now ? 100 : 200, now ? 50 : 100, now ? 5 : 10);
      add(day, "RM", "M", "htl", now ? 100 : 20, now ? 100 : 20, now ? 30 : 6);
    }
    writeFile(dir_.file("visits.csv"), visits_);
    writeFile(dir_.file("orders.csv"), orders_);
    writeFile(dir_.file("reps.csv"), "rep_id,name,team\nRA,Anna,Team A\nRB,Bram,Team B\nRM,Mo,Team M\n");
    writeFile(dir_.file("areas.csv"),
              "area,name,city,homes_passed\nA,A,Utrecht,1000\nB,B,Utrecht,1000\nM,M,Utrecht,1000\n");
    const CliRun r = cli(db() + " --quiet import " + dir_.file("reps.csv") + " " + dir_.file("areas.csv") + " " +
                         dir_.file("visits.csv") + " " + dir_.file("orders.csv"));
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  }

  std::string db() const { return store_.db(); }

  /// `visits` visits on `day`, the first `contacts` answered, and `orders` orders.
  void add(const std::string& day, const std::string& rep, const std::string& area, const std::string& channel,
           int visits, int contacts, int orders) {
    for (int i = 0; i < visits; ++i, ++n_)
      visits_ += "V" + std::to_string(n_) + "," + day + " " + time() + "," + rep + "," + area + "," +
                 (i < contacts ? "no_interest" : "not_home") + "," + channel + ",1000AA," + std::to_string(n_ + 1) +
                 "\n";
    for (int i = 0; i < orders; ++i, ++n_)
      orders_ += "O" + std::to_string(n_) + "," + day + " " + time() + "," + rep + "," + channel + "," + area + "\n";
  }

  std::string time() const {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", 8 + (n_ % 600) / 60, n_ % 60);
    return text;
  }

  TempDir dir_;
  CliStore store_{GetParam(), dir_};
  std::string visits_, orders_;
  int n_ = 0;
};
SALESOPS_ON_BACKENDS(AlertsCommand);

TEST_P(AlertsCommand, JsonSaysThePlantedDropInPlainWordsWithTheTestInTheDetail) {
  const CliRun r = cli(db() + " alerts --from 2026-11-23 --to 2026-11-29 --as-of 2026-11-30 --format json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"from\": \"2026-11-23\", \"to\": \"2026-11-29\", \"as_of\": \"2026-11-30\", "
                        "\"previous_from\": \"2026-11-16\", \"previous_to\": \"2026-11-22\", \"cohort_from\": "
                        "\"2026-10-20\", \"cohort_to\": \"2026-11-16\", \"alerts\": [\n  ",
                        0),
            0u)
      << r.out;
  // The first alert: A's conversion, 5/100 against 20/100: 5 - 100 * 0.2 = 15 orders fewer.
  // z = -0.15 / sqrt(0.125 * 0.875 * 2/100) = -3.2071.
  const size_t start = r.out.find("[\n  ") + 4;
  const std::string first = r.out.substr(start, r.out.find('\n', start) - start);
  EXPECT_EQ(first.rfind("{\"kind\": \"change\", \"dimension\": \"area\", \"member\": \"A\", \"kpi\": \"conversion\", "
                        "\"summary\": \"Area A: conversion 5.0% against 20.0% usually, about 15 orders fewer\", "
                        "\"detail\": \"two-proportion z-test within channel (d2d): z = \u22123.2, n = 100 against 100; "
                        "23 Nov \u2013 29 Nov against 16 Nov \u2013 22 Nov\", \"from\": \"2026-11-23\", \"to\": "
                        "\"2026-11-29\", \"compared_from\": \"2026-11-16\", \"compared_to\": \"2026-11-22\", "
                        "\"channels\": [\"d2d\"], \"current\": 0.05, \"current_numerator\": 5, \"current_n\": 100, "
                        "\"compared\": 0.2, \"compared_numerator\": 20, \"compared_n\": 100",
                        0),
            0u)
      << first;
  EXPECT_NE(first.find("\"excess\": -15, \"excess_unit\": \"orders\", \"impact\": -15, \"impact_unit\": \"orders\", "
                       "\"worse\": true, \"member_name\": \"A\"}"),
            std::string::npos)
      << first;
  // M only moved visits to the stand: no alert names it.
  EXPECT_EQ(r.out.find("\"member\": \"M\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"member\": \"RM\""), std::string::npos) << r.out;
}

TEST_P(AlertsCommand, TableListsPlainWordsFirstAndTheTestBelow) {
  const CliRun r = cli(db() + " alerts --from 2026-11-23 --to 2026-11-29 --as-of 2026-11-30 --kind change");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("changes against 2026-11-16 to 2026-11-22, within channel, largest impact in orders first."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n  1  worse   Area A: conversion 5.0% against 20.0% usually, about 15 orders fewer\n"
                       "           two-proportion z-test within channel (d2d): z = \u22123.2, n = 100 against 100; "
                       "23 Nov \u2013 29 Nov against 16 Nov \u2013 22 Nov\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("for the rest"), std::string::npos) << r.out;  // --kind change: no outliers
  EXPECT_EQ(r.out.find(" M:"), std::string::npos) << r.out;
}

TEST_P(AlertsCommand, NothingToSayIsSaid) {
  // The week before has nothing before it: no change, and B alone differs from nobody.
  const CliRun r = cli(db() + " alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-30 --area B");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("\n\nNo alerts.\n"), std::string::npos) << r.out;
}

}  // namespace
