// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <gtest/gtest.h>
#include <memory>

#include "DemoStoreSuite.h"

using namespace salesops::clitest;

// `dashboard`, `report --format json` and `kpi` on one demo store: for the same period, filter and
// as-of every figure is the same number, whichever command prints it, on either backend.
class PagesAgree : public DemoStoreOnBackends {
 protected:
  static QJsonObject json(const std::string& args) {
    const CliRun r = cli(db_ + " " + args);
    EXPECT_EQ(r.exitCode, 0) << args << "\n" << r.err;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << args << "\n" << r.out;
    return doc.object();
  }
  /// The one row of `kpi` without --by.
  static QJsonObject kpiTotals(const std::string& args) {
    const QJsonArray rows = json("kpi --format json " + args)["rows"].toArray();
    EXPECT_EQ(rows.size(), 1);
    return rows.first().toObject();
  }
};
SALESOPS_ON_BACKENDS(PagesAgree);
// Where `report` writes its JSON and the store it must never write over are about files: SQLite only.
class ReportJsonOutput : public DemoStoreSuite {};

namespace {

const char* const kPeriodKpis[] = {"visits", "contacts", "orders", "conversion", "hit_rate", "revenue"};

QJsonObject tile(const QJsonObject& page, const QString& kpi) {
  for (const QJsonValue& t : page["tiles"].toArray())
    if (t.toObject()["kpi"].toString() == kpi) return t.toObject();
  ADD_FAILURE() << "no tile " << kpi.toStdString();
  return {};
}

std::string text(const QJsonValue& v) {
  return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).toStdString();
}

}  // namespace

TEST_P(PagesAgree, DashboardTilesAreTheKpisOfTheDayAndOfTheSameDayLastWeek) {
  const std::string filter = " --team 'Team Zuid' --as-of 2026-11-28";
  const QJsonObject page = json("dashboard --date 2026-11-26 --format json" + filter);
  const QJsonObject day = kpiTotals("--from 2026-11-26 --to 2026-11-26 --compare last-week" + filter);
  EXPECT_EQ(page["in_progress"].toBool(true), false);
  for (const char* k : kPeriodKpis) {
    const QJsonObject t = tile(page, k);
    EXPECT_EQ(text(t["value"]), text(day[k])) << k;
    EXPECT_EQ(text(t["last_week"]), text(day[QString(k) + "_prev"])) << k;
  }
  // The cohort tile: the four weeks of orders at least 14 days old on the day, 2026-10-16 to 11-12.
  const QJsonObject cohort = tile(page, "cancel_rate_14d");
  EXPECT_EQ(cohort["from"].toString(), "2026-10-16");
  EXPECT_EQ(cohort["to"].toString(), "2026-11-12");
  const QJsonObject mature = kpiTotals("--from 2026-10-16 --to 2026-11-12 --compare last-week" + filter);
  EXPECT_EQ(text(cohort["value"]), text(mature["cancel_rate_14d"]));
  EXPECT_EQ(text(cohort["last_week"]), text(mature["cancel_rate_14d_prev"]));
}

TEST_P(PagesAgree, DashboardAttentionIsTheTopThreeAlertsTheDataClockAndTheFailingChecks) {
  const QJsonObject page = json("dashboard --date 2026-11-26 --as-of 2026-11-28 --format json");
  const QJsonObject attention = page["attention"].toObject();
  const QJsonArray alerts = page["alerts"].toObject()["alerts"].toArray();
  const QJsonArray top = attention["top_alerts"].toArray();
  ASSERT_EQ(top.size(), std::min<qsizetype>(3, alerts.size()));
  for (qsizetype i = 0; i < top.size(); ++i) EXPECT_EQ(text(top[i]), text(alerts[i])) << i;
  EXPECT_EQ(attention["visits_up_to"].toString(), page["data_up_to"].toString());
  // The demo store was made without an import: no import time.
  EXPECT_TRUE(attention["imported_at"].isNull());
  // The failing checks are those `check` reports with a count, errors and warnings only.
  QStringList failing;
  const CliRun check = cli(db_ + " check --as-of 2026-11-28 --format json");  // exits 1 on problems
  for (const QJsonValue& f : QJsonDocument::fromJson(QByteArray::fromStdString(check.out))["findings"].toArray())
    if (f["count"].toInt() > 0 && f["severity"].toString() != "info") failing << f["title"].toString();
  QStringList listed;
  for (const QJsonValue& f : attention["failing_checks"].toArray()) listed << f.toString();
  EXPECT_EQ(listed, failing);
  // A day's tiles compare with the same weekday a week earlier, and say how it tested.
  const QJsonObject orders = tile(page, "orders");
  EXPECT_EQ(orders["compared_from"].toString(), "2026-11-19");
  EXPECT_EQ(orders["compared_to"].toString(), "2026-11-19");
  EXPECT_FALSE(orders["verdict"].toString().isEmpty());
}

TEST_P(PagesAgree, ReportNumbersAreTheKpisOfTheWeekAndTheDashboardsOfItsSunday) {
  const QJsonObject pack = json("report --week 2026-W47 --as-of 2026-11-28 --format json");
  EXPECT_EQ(pack["from"].toString(), "2026-11-16");
  EXPECT_EQ(pack["to"].toString(), "2026-11-22");
  EXPECT_EQ(pack["as_of"].toString(), "2026-11-28");
  EXPECT_EQ(pack["in_progress"].toBool(true), false);
  const QJsonObject week = kpiTotals("--from 2026-11-16 --to 2026-11-22 --as-of 2026-11-28 --compare last-week");
  const QJsonObject lastYear = kpiTotals("--from 2026-11-16 --to 2026-11-22 --as-of 2026-11-28 --compare last-year");
  for (const char* k : kPeriodKpis) {
    const QJsonObject t = tile(pack, k);
    EXPECT_EQ(text(t["value"]), text(week[k])) << k;
    EXPECT_EQ(text(t["previous_week"]), text(week[QString(k) + "_prev"])) << k;
    EXPECT_EQ(text(t["last_year"]), text(lastYear[QString(k) + "_prev"])) << k;
  }
  // The week's cohort tile: orders of 2026-10-12 to 11-08, 14 days before the week's Sunday.
  const QJsonObject cohort = tile(pack, "cancel_rate_14d");
  EXPECT_EQ(cohort["from"].toString(), "2026-10-12");
  EXPECT_EQ(cohort["to"].toString(), "2026-11-08");
  EXPECT_EQ(text(cohort["value"]),
            text(kpiTotals("--from 2026-10-12 --to 2026-11-08 --as-of 2026-11-28")["cancel_rate_14d"]));

  // Cancellations by reason: the same orders and as-of in the pack and on the daily start of the
  // week's Sunday, and together the kpi `cancelled` of those eight order weeks.
  const QJsonObject reasons = pack["dashboard"].toObject()["cancellations_by_reason"].toObject();
  const QJsonObject sunday =
      json("dashboard --date 2026-11-22 --as-of 2026-11-28 --format json")["cancellations_by_reason"].toObject();
  EXPECT_EQ(reasons, sunday);
  EXPECT_EQ(reasons["from"].toString(), "2026-09-28");
  EXPECT_EQ(reasons["to"].toString(), "2026-11-22");
  int cancelled = 0;
  for (const QJsonValue& r : reasons["reasons"].toArray()) cancelled += r.toObject()["cancelled"].toInt();
  EXPECT_EQ(cancelled, reasons["cancelled"].toInt());
  EXPECT_GT(cancelled, 0);
  EXPECT_EQ(cancelled, kpiTotals("--from 2026-09-28 --to 2026-11-22 --as-of 2026-11-28")["cancelled"].toInt());
}

TEST_F(ReportJsonOutput, GoesToStandardOutputOrToAFile) {
  const CliRun out = cli(db_ + " report --week 2026-W47 --as-of 2026-11-28 --format json");
  const CliRun dash = cli(db_ + " report --week 2026-W47 --as-of 2026-11-28 --format json --out -");
  ASSERT_EQ(out.exitCode, 0) << out.err;
  EXPECT_EQ(out.out, dash.out);
  const std::string file = dir_->file("w47.json");
  const CliRun written = cli(db_ + " report --week 2026-W47 --as-of 2026-11-28 --format json --out " + file);
  ASSERT_EQ(written.exitCode, 0) << written.err;
  EXPECT_EQ(readFile(file), out.out);
  EXPECT_EQ(cli(db_ + " report --week 2026-W47 --format xml").exitCode, 2);
  EXPECT_EQ(cli(db_ + " report --week 2026-W47 --format json --out " + dir_->file("w47.txt")).exitCode, 2);
  // The store is never written over, even under a .json name.
  const std::string store = dir_->file("s.sqlite");
  const std::string link = dir_->file("store.json");
  std::filesystem::create_symlink(store, link);
  const std::string before = readFile(store);
  EXPECT_EQ(cli(db_ + " report --week 2026-W47 --format json --out " + link).exitCode, 2);
  EXPECT_EQ(readFile(store), before);
  EXPECT_EQ(cli(db_ + " report --week 2026-W47 --format json --out " + dir_->file("no/such/dir/w.json")).exitCode, 2);
}

TEST_P(PagesAgree, DashboardWithoutADateShowsTheLastCompleteDay) {
  // A clean demo's data ends on 2026-11-27, a day long over (the planted problems add a visit three
  // days later).
  const TempDir clean;
  std::string db = " --db " + clean.file("clean.sqlite");
  ASSERT_EQ(cli(db + " --quiet demo --clean --end 2026-11-27").exitCode, 0);
  std::unique_ptr<CliStore> server;
  if (GetParam() == Backend::Postgresql) {
    server = copyOntoServer(clean, clean.file("clean.sqlite"));
    ASSERT_TRUE(server);
    db = " " + server->db();
  }
  const CliRun r = cli(db + " dashboard --format json --as-of 2026-11-28");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("{\"date\": \"2026-11-27\", \"from\": \"2026-11-27\", \"to\": \"2026-11-27\", "
                       "\"as_of\": \"2026-11-28\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"in_progress\": false, \"data_up_to\": \"2026-11-27T20:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"last_complete_day\": \"2026-11-27\", \"cut\": null"), std::string::npos) << r.out;
  EXPECT_EQ(cli(db_ + " dashboard --date 2026-13-01").exitCode, 2);
  EXPECT_EQ(cli(db_ + " dashboard --format csv").exitCode, 2);
  const CliRun table = cli(db_ + " dashboard --date 2026-11-26 --as-of 2026-11-28");
  ASSERT_EQ(table.exitCode, 0) << table.err;
  EXPECT_NE(table.out.find("Daily start 2026-11-26, as of 2026-11-28"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("2026-10-16 to 2026-11-12"), std::string::npos) << table.out;
}
