// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <optional>

#include "Backends.h"
#include "PdfText.h"

#include "salesops/charts/KpiText.h"
#include "salesops/charts/WeeklyReport.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/MemberLabel.h"

#ifdef SALESOPS_TEST_POSTGRESQL
#include "PgTestServer.h"

#include "salesops/store/pg/PgStore.h"
#include "salesops/store/pg/StoreCopy.h"
#endif

using namespace salesops;
using salesops::testing::Backend;

namespace {

const IsoWeek kWeek{2026, 48};                       // Monday 23 to Sunday 29 November 2026
const Date kDemoEnd = *Date::fromYmd(2026, 11, 29);  // the demo's last day: the week is complete
const Date kAsOf = *Date::fromYmd(2026, 11, 30);     // the Monday after, as the weekly start sees it
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kDutch(QLocale::Dutch, QLocale::Netherlands);

std::string s(const QString& q) { return test::normalizeSpace(q.toStdString()); }

// One demo store, made once for the binary in SQLite, and per backend the pack of its last week in
// English and in Dutch: on SQLite from the store itself, on PostgreSQL from a copy of it on the test
// server (store::copyToServer, as `copy --to` makes it) opened as the program opens a server. The
// expected figures come from the KPI engine on the SQLite store on both: the server's pack must
// print the same numbers.
struct BackendPack {
  std::string database;                 ///< the copy on the test server; empty on SQLite
  std::unique_ptr<store::Store> store;  ///< the copy, opened read-only; null on SQLite
  std::optional<charts::WeeklyReportData> data;
  std::string english, dutch;
  int englishPages = 0, dutchPages = 0;
};

class WeeklyReportTest : public ::testing::TestWithParam<Backend> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    auto store = store::Store::open(s(dir_->filePath("demo-week.sqlite")));
    ASSERT_TRUE(store) << store.error().message;
    store_ = store->release();
    demo::DemoOptions o;
    o.endDate = kDemoEnd;
    o.dataQualityIssues = true;
    ASSERT_TRUE(demo::generateIntoStore(*store_, o));
  }
  static void TearDownTestSuite() {
    for (auto& [backend, pack] : packs_) {
      pack.store.reset();
#ifdef SALESOPS_TEST_POSTGRESQL
      pgtest::dropDatabase(pack.database);
#endif
    }
    packs_.clear();
    delete store_;
    delete dir_;
  }
  // The pack of a backend when its first test needs it: ctest runs each test alone.
  void SetUp() override {
    if (!packs_.contains(GetParam())) makePack(GetParam(), packs_[GetParam()]);
    ASSERT_TRUE(pack().data) << "no pack on " << toString(GetParam());
  }

  static void makePack(Backend backend, BackendPack& pack) {
    store::Store* from = store_;
    if (backend == Backend::Postgresql) {
#ifdef SALESOPS_TEST_POSTGRESQL
      pack.database = pgtest::createDatabase();
      ASSERT_FALSE(pack.database.empty());
      const std::string conninfo = pgtest::conninfo(pack.database);
      {
        auto target = store::PgStore::open(conninfo, store::OpenMode::Create);
        ASSERT_TRUE(target) << target.error().message;
        auto copied = store::copyToServer(*store_, **target);
        ASSERT_TRUE(copied) << copied.error().message;
      }
      auto opened = store::Store::open(conninfo, store::OpenMode::ReadOnly);
      ASSERT_TRUE(opened) << opened.error().message;
      pack.store = std::move(*opened);
      from = pack.store.get();
#else
      FAIL() << "built without the PostgreSQL team store";
#endif
    }
    auto data = kpi::buildWeeklyPack(*from, {kWeek, kWeek.sunday().addDays(1), kAsOf});
    ASSERT_TRUE(data) << data.error().message;
    pack.data = std::move(*data);
    const QDateTime generated(QDate(2026, 11, 30), QTime(7, 15));
    const QString suffix = QString::fromStdString("-" + toString(backend) + ".pdf");
    for (const auto& [locale, path, pages] :
         {std::tuple{kEnglish, &pack.english, &pack.englishPages}, std::tuple{kDutch, &pack.dutch, &pack.dutchPages}}) {
      *path = s(dir_->filePath((locale == kDutch ? "nl" : "en") + suffix));
      auto written = charts::writeWeeklyReport(*pack.data, {locale, generated}, QString::fromStdString(*path));
      ASSERT_TRUE(written) << written.error().message;
      *pages = *written;
    }
  }

  static const BackendPack& pack() { return packs_.at(GetParam()); }
  static const charts::WeeklyReportData& data() { return *pack().data; }

  /// The engine's total on the SQLite demo store: what both backends' packs must show.
  static kpi::KpiRow total(const Period& p, std::optional<kpi::Comparison> compare = kpi::Comparison::LastWeek) {
    auto rows = kpi::KpiEngine(*store_).run({p, kAsOf, {}, {}, compare, {}});
    EXPECT_TRUE(rows && rows->size() == 1);
    return rows && !rows->empty() ? rows->front() : kpi::KpiRow{};
  }

  static inline QTemporaryDir* dir_ = nullptr;
  static inline store::Store* store_ = nullptr;
  static inline std::map<Backend, BackendPack> packs_;
};
SALESOPS_ON_BACKENDS(WeeklyReportTest);

const Period kPeriod{kWeek.monday(), kWeek.sunday()};

}  // namespace

TEST_P(WeeklyReportTest, HasEverySectionOnItsOwnPagesAndPdfinfoAgreesOnTheCount) {
  // At least: cover, three pages of two charts, areas, alerts, cancellations and data quality.
  EXPECT_GE(pack().englishPages, 8);
  EXPECT_LE(pack().englishPages, 12);
  EXPECT_EQ(test::pdfPages(pack().english), pack().englishPages);
  EXPECT_EQ(test::pdfPages(pack().dutch), pack().dutchPages);
  const std::string all = test::pdfText(pack().english);
  for (const char* section :
       {"Dashboard charts", "Conversion, last 8 weeks", "Orders per rep (conv.", "Conversion per area", "Funnel",
        "Cancellations by reason", "Conversion by weekday and hour",
        "Areas: Week 48 (2026-W48) against Week 47 (2026-W47)", "Leaderboard: reps by orders",
        "Alerts: significant changes", "Why conversion changed: effect of each area", "Data quality"})
    EXPECT_NE(all.find(section), std::string::npos) << section;
}

TEST_P(WeeklyReportTest, CoverShowsTheWeekAndTheEnginesKpisAgainstThePreviousWeek) {
  const std::string cover = test::pdfText(pack().english, 1);
  EXPECT_NE(cover.find("Weekly start"), std::string::npos) << cover;
  EXPECT_NE(cover.find("Week 48 (2026-W48) · Monday 23 November – Sunday 29 November 2026"), std::string::npos)
      << cover;
  const kpi::KpiRow week = total(kPeriod);
  ASSERT_TRUE(week.prev);
  // The tiles stand four in a row: their values read as one line, in the order of the tiles.
  const auto value = [](const kpi::KpiValues& v, const char* k) {
    return s(charts::formatKpi(k, v.value(k), kEnglish));
  };
  const std::string firstRow = value(week.now, "visits") + " " + value(week.now, "contacts") + " " +
                               value(week.now, "orders") + " " + value(week.now, "conversion");
  EXPECT_NE(cover.find("Visits Contacts Orders Conversion " + firstRow), std::string::npos) << firstRow << "\n"
                                                                                            << cover;
  for (const char* k : {"visits", "contacts", "orders", "conversion", "hit_rate", "revenue"}) {
    EXPECT_NE(cover.find(" " + value(week.now, k) + " "), std::string::npos) << k;
    EXPECT_NE(cover.find(" " + value(*week.prev, k) + " "), std::string::npos) << k << " previous week";
  }
  EXPECT_GT(week.now.visits, 1000);  // the demo week is a real week, not an empty one
  // The cohort tile reads the four weeks of orders that are 14 days old at as-of, as the window does.
  const Period mature{kAsOf.addDays(-41), kAsOf.addDays(-14)};
  const std::string secondRow = value(week.now, "hit_rate") + " " + value(total(mature).now, "cancel_rate_14d") + " " +
                                value(week.now, "revenue");
  EXPECT_NE(cover.find("Hit rate Cancel rate 14d Revenue (monthly) Needs attention " + secondRow), std::string::npos)
      << secondRow;
  // The demo has 56 days of data: a year earlier there is nothing to compare with, and it says so.
  EXPECT_FALSE(data().tiles.front().lastYear.visits > 0);
  EXPECT_NE(cover.find("Same week last year, 2025-W48 Same week last year, 2025-W48"), std::string::npos);
  EXPECT_NE(cover.find("no data no data no data no data"), std::string::npos);
}

TEST_P(WeeklyReportTest, AreaTableListsEveryAreaOfTheWeekWithItsCounts) {
  auto rows = kpi::KpiEngine(*store_).run({kPeriod, kAsOf, {kpi::Dimension::Area}, {}, std::nullopt, {KpiId::visits}});
  ASSERT_TRUE(rows);
  ASSERT_GE(rows->size(), 20u);
  const std::string all = test::pdfText(pack().english);
  for (const kpi::KpiRow& r : *rows) {
    if (r.now.visits == 0) continue;
    // Area name and code then its visits: the table's row, not only a chart label.
    const std::string cell =
        kpi::memberLabel(r.dims.at(0)) + " " + s(kEnglish.toString(static_cast<qlonglong>(r.now.visits)));
    EXPECT_NE(all.find(cell), std::string::npos) << cell;
  }
}

TEST_P(WeeklyReportTest, AlertsNameTheAreaWhoseConversionDropped) {
  const std::string all = test::pdfText(pack().english);
  const size_t alerts = all.find("Alerts: significant changes");
  ASSERT_NE(alerts, std::string::npos);
  // Plain words first, then the test: "Area Overvecht (UTR-03): conversion 5.0% against 11.1% usually, ...".
  const size_t drop = all.find("Area Overvecht (UTR-03): conversion ", alerts);
  ASSERT_NE(drop, std::string::npos) << all.substr(alerts, 1500);
  EXPECT_NE(all.find("usually, about ", drop), std::string::npos) << all.substr(drop, 300);
  EXPECT_NE(all.find("two-proportion z-test within channel", drop), std::string::npos) << all.substr(drop, 300);
  // The explanation leads with the same area: it moved the total most.
  const size_t why = all.find("Why conversion changed");
  ASSERT_NE(why, std::string::npos);
  const kpi::ExplainMember& first = data().conversionByArea.members.at(0);
  EXPECT_EQ(first.member, "UTR-03");
  const std::string row = "Overvecht (UTR-03) " + s(kEnglish.toString(static_cast<qlonglong>(first.base.denominator))) +
                          " " + s(kEnglish.toString(static_cast<qlonglong>(first.current.denominator)));
  EXPECT_NE(all.find(row, why), std::string::npos) << row << "\n" << all.substr(why, 800);
}

TEST_P(WeeklyReportTest, EveryPageHasItsNumberAndTheStoreInTheFooter) {
  // The file's name, or the server's connection with its database.
  const std::string store = GetParam() == Backend::Sqlite ? "demo-week.sqlite" : "dbname=" + pack().database + " ";
  for (const auto& [file, pages] :
       {std::pair{pack().english, pack().englishPages}, std::pair{pack().dutch, pack().dutchPages}}) {
    for (int page = 1; page <= pages; ++page) {
      const std::string text = test::pdfText(file, page);
      EXPECT_NE(text.find(std::to_string(page) + " / " + std::to_string(pages)), std::string::npos)
          << file << " page " << page;
      EXPECT_NE(text.find(store), std::string::npos) << file << " page " << page << ": " << text;
    }
  }
}

TEST_P(WeeklyReportTest, DutchPackUsesDutchDefinitionsNumbersAndDates) {
  const std::string cover = test::pdfText(pack().dutch, 1);
  const kpi::KpiRow week = total(kPeriod);
  const std::string conversion = s(charts::formatKpi(KpiId::conversion, week.now.value(KpiId::conversion), kDutch));
  ASSERT_NE(conversion.find(','), std::string::npos);  // 9,0%: a decimal comma
  EXPECT_NE(cover.find(" " + conversion + " "), std::string::npos) << cover;
  EXPECT_NE(cover.find(s(charts::kpiTitle(KpiId::conversion, kDutch))), std::string::npos);
  EXPECT_NE(cover.find(s(charts::formatKpi(KpiId::visits, week.now.value(KpiId::visits), kDutch))), std::string::npos);
  // The definitions come from the KPI catalogue's Dutch text (read in reading order: they wrap).
  const std::string dutchProse = test::pdfText(pack().dutch, 1, false);
  const std::string englishProse = test::pdfText(pack().english, 1, false);
  for (const char* k : {"conversion", "hit_rate", "visits", "revenue"}) {
    const std::string nl(findKpi(k)->definitionNl), en(findKpi(k)->definitionEn);
    EXPECT_NE(dutchProse.find(nl), std::string::npos) << nl << "\n" << dutchProse;
    EXPECT_EQ(englishProse.find(nl), std::string::npos) << nl;
    EXPECT_NE(englishProse.find(en), std::string::npos) << en;
  }
  EXPECT_NE(cover.find("maandag 23 november"), std::string::npos) << cover;
  const std::string all = test::pdfText(pack().dutch);
  // Dutch money and thousands: € 7.023,25 style, never a decimal point before the cents.
  const std::string revenue = s(charts::formatKpi(KpiId::revenue, week.now.value(KpiId::revenue), kDutch));
  EXPECT_NE(all.find(revenue), std::string::npos) << revenue;
}

#ifdef SALESOPS_TEST_POSTGRESQL
namespace {
// The server's pack against the SQLite store's, word for word: only on the server, where there is
// something to compare.
class WeeklyReportOnServer : public WeeklyReportTest {};
INSTANTIATE_TEST_SUITE_P(On, WeeklyReportOnServer, ::testing::Values(Backend::Postgresql),
                         ::salesops::testing::backendName);
}  // namespace

TEST_P(WeeklyReportOnServer, EveryPageReadsAsThePackOfTheSqliteStore) {
  if (!packs_.contains(Backend::Sqlite)) makePack(Backend::Sqlite, packs_[Backend::Sqlite]);
  const BackendPack& file = packs_.at(Backend::Sqlite);
  ASSERT_TRUE(file.data);
  // The footer names the store: a file there, the connection here.
  const auto text = [](const BackendPack& p, const std::string& pdf, int page) {
    std::string t = test::pdfText(pdf, page);
    for (size_t at = t.find(p.data->storeName); at != std::string::npos; at = t.find(p.data->storeName, at))
      t.replace(at, p.data->storeName.size(), "STORE");
    return t;
  };
  ASSERT_EQ(pack().englishPages, file.englishPages);
  ASSERT_EQ(pack().dutchPages, file.dutchPages);
  for (int page = 1; page <= file.englishPages; ++page)
    EXPECT_EQ(text(pack(), pack().english, page), text(file, file.english, page)) << "page " << page;
  for (int page = 1; page <= file.dutchPages; ++page)
    EXPECT_EQ(text(pack(), pack().dutch, page), text(file, file.dutch, page)) << "Dutch page " << page;
}
#endif
