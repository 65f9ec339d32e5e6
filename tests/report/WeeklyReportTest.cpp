// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "PdfText.h"

#include "salesops/charts/KpiText.h"
#include "salesops/charts/WeeklyReport.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/MemberLabel.h"

using namespace salesops;

namespace {

const IsoWeek kWeek{2026, 48};                       // Monday 23 to Sunday 29 November 2026
const Date kDemoEnd = *Date::fromYmd(2026, 11, 29);  // the demo's last day: the week is complete
const Date kAsOf = *Date::fromYmd(2026, 11, 30);     // the Monday after, as the weekly start sees it
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kDutch(QLocale::Dutch, QLocale::Netherlands);

std::string s(const QString& q) { return test::normalizeSpace(q.toStdString()); }

// One demo store and one English and one Dutch pack of its last week, made once for the binary.
class WeeklyReportTest : public ::testing::Test {
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
    auto data = kpi::buildWeeklyPack(*store_, {kWeek, kWeek.sunday().addDays(1), kAsOf});
    ASSERT_TRUE(data) << data.error().message;
    data_ = new charts::WeeklyReportData(std::move(*data));
    const QDateTime generated(QDate(2026, 11, 30), QTime(7, 15));
    for (const auto& [locale, path, pages] :
         {std::tuple{kEnglish, &english_, &englishPages_}, std::tuple{kDutch, &dutch_, &dutchPages_}}) {
      *path = s(dir_->filePath(locale == kDutch ? "nl.pdf" : "en.pdf"));
      auto written = charts::writeWeeklyReport(*data_, {locale, generated}, QString::fromStdString(*path));
      ASSERT_TRUE(written) << written.error().message;
      *pages = *written;
    }
  }
  static void TearDownTestSuite() {
    delete data_;
    delete store_;
    delete dir_;
  }

  static kpi::KpiRow total(const Period& p, std::optional<kpi::Comparison> compare = kpi::Comparison::LastWeek) {
    auto rows = kpi::KpiEngine(*store_).run({p, kAsOf, {}, {}, compare, {}});
    EXPECT_TRUE(rows && rows->size() == 1);
    return rows && !rows->empty() ? rows->front() : kpi::KpiRow{};
  }

  static QTemporaryDir* dir_;
  static store::Store* store_;
  static charts::WeeklyReportData* data_;
  static std::string english_, dutch_;
  static int englishPages_, dutchPages_;
};
QTemporaryDir* WeeklyReportTest::dir_ = nullptr;
store::Store* WeeklyReportTest::store_ = nullptr;
charts::WeeklyReportData* WeeklyReportTest::data_ = nullptr;
std::string WeeklyReportTest::english_, WeeklyReportTest::dutch_;
int WeeklyReportTest::englishPages_ = 0, WeeklyReportTest::dutchPages_ = 0;

const Period kPeriod{kWeek.monday(), kWeek.sunday()};

}  // namespace

TEST_F(WeeklyReportTest, HasEverySectionOnItsOwnPagesAndPdfinfoAgreesOnTheCount) {
  // At least: cover, three pages of two charts, areas, alerts, cancellations and data quality.
  EXPECT_GE(englishPages_, 8);
  EXPECT_LE(englishPages_, 12);
  EXPECT_EQ(test::pdfPages(english_), englishPages_);
  EXPECT_EQ(test::pdfPages(dutch_), dutchPages_);
  const std::string all = test::pdfText(english_);
  for (const char* section :
       {"Dashboard charts", "Conversion, last 8 weeks", "Orders per rep (conv.", "Conversion per area", "Funnel",
        "Cancellations by reason", "Conversion by weekday and hour",
        "Areas: Week 48 (2026-W48) against Week 47 (2026-W47)", "Leaderboard: reps by orders",
        "Alerts: significant changes", "Why conversion changed: effect of each area", "Data quality"})
    EXPECT_NE(all.find(section), std::string::npos) << section;
}

TEST_F(WeeklyReportTest, CoverShowsTheWeekAndTheEnginesKpisAgainstThePreviousWeek) {
  const std::string cover = test::pdfText(english_, 1);
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
  EXPECT_FALSE(data_->tiles.front().lastYear.visits > 0);
  EXPECT_NE(cover.find("Same week last year, 2025-W48 Same week last year, 2025-W48"), std::string::npos);
  EXPECT_NE(cover.find("no data no data no data no data"), std::string::npos);
}

TEST_F(WeeklyReportTest, AreaTableListsEveryAreaOfTheWeekWithItsCounts) {
  auto rows = kpi::KpiEngine(*store_).run({kPeriod, kAsOf, {kpi::Dimension::Area}, {}, std::nullopt, {KpiId::visits}});
  ASSERT_TRUE(rows);
  ASSERT_GE(rows->size(), 20u);
  const std::string all = test::pdfText(english_);
  for (const kpi::KpiRow& r : *rows) {
    if (r.now.visits == 0) continue;
    // Area name and code then its visits: the table's row, not only a chart label.
    const std::string cell =
        kpi::memberLabel(r.dims.at(0)) + " " + s(kEnglish.toString(static_cast<qlonglong>(r.now.visits)));
    EXPECT_NE(all.find(cell), std::string::npos) << cell;
  }
}

TEST_F(WeeklyReportTest, AlertsNameTheAreaWhoseConversionDropped) {
  const std::string all = test::pdfText(english_);
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
  const kpi::ExplainMember& first = data_->conversionByArea.members.at(0);
  EXPECT_EQ(first.member, "UTR-03");
  const std::string row = "Overvecht (UTR-03) " + s(kEnglish.toString(static_cast<qlonglong>(first.base.denominator))) +
                          " " + s(kEnglish.toString(static_cast<qlonglong>(first.current.denominator)));
  EXPECT_NE(all.find(row, why), std::string::npos) << row << "\n" << all.substr(why, 800);
}

TEST_F(WeeklyReportTest, EveryPageHasItsNumberAndTheStoreInTheFooter) {
  for (const auto& [file, pages] : {std::pair{english_, englishPages_}, std::pair{dutch_, dutchPages_}}) {
    for (int page = 1; page <= pages; ++page) {
      const std::string text = test::pdfText(file, page);
      EXPECT_NE(text.find(std::to_string(page) + " / " + std::to_string(pages)), std::string::npos)
          << file << " page " << page;
      EXPECT_NE(text.find("demo-week.sqlite"), std::string::npos) << file << " page " << page;
    }
  }
}

TEST_F(WeeklyReportTest, DutchPackUsesDutchDefinitionsNumbersAndDates) {
  const std::string cover = test::pdfText(dutch_, 1);
  const kpi::KpiRow week = total(kPeriod);
  const std::string conversion = s(charts::formatKpi(KpiId::conversion, week.now.value(KpiId::conversion), kDutch));
  ASSERT_NE(conversion.find(','), std::string::npos);  // 9,0%: a decimal comma
  EXPECT_NE(cover.find(" " + conversion + " "), std::string::npos) << cover;
  EXPECT_NE(cover.find(s(charts::kpiTitle(KpiId::conversion, kDutch))), std::string::npos);
  EXPECT_NE(cover.find(s(charts::formatKpi(KpiId::visits, week.now.value(KpiId::visits), kDutch))), std::string::npos);
  // The definitions come from the KPI catalogue's Dutch text (read in reading order: they wrap).
  const std::string dutchProse = test::pdfText(dutch_, 1, false);
  const std::string englishProse = test::pdfText(english_, 1, false);
  for (const char* k : {"conversion", "hit_rate", "visits", "revenue"}) {
    const std::string nl(findKpi(k)->definitionNl), en(findKpi(k)->definitionEn);
    EXPECT_NE(dutchProse.find(nl), std::string::npos) << nl << "\n" << dutchProse;
    EXPECT_EQ(englishProse.find(nl), std::string::npos) << nl;
    EXPECT_NE(englishProse.find(en), std::string::npos) << en;
  }
  EXPECT_NE(cover.find("maandag 23 november"), std::string::npos) << cover;
  const std::string all = test::pdfText(dutch_);
  // Dutch money and thousands: € 7.023,25 style, never a decimal point before the cents.
  const std::string revenue = s(charts::formatKpi(KpiId::revenue, week.now.value(KpiId::revenue), kDutch));
  EXPECT_NE(all.find(revenue), std::string::npos) << revenue;
}
