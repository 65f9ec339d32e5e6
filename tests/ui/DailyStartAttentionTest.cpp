// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the manager sees first on the daily start: the attention strip (top alerts, freshness,
// failing checks) above the fold, the alert list in two sections, tiles that colour significant
// changes and targets with labels that follow the period, filter chips with Reset, exports that
// name the filter, and the start screen of an empty store.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <gtest/gtest.h>

#include "ScreenshotChecks.h"
#include "UiTestFixture.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/export_paths.h"
#include "pages/AreaPage.h"
#include "pages/DailyStartPage.h"
#include "pages/DataQualityPage.h"
#include "pages/SlicePage.h"
#include "widgets/AttentionStrip.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/FilterChips.h"
#include "widgets/KpiTile.h"
#include "widgets/StartScreen.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"
#include "window/appearance.h"

#include "salesops/charts/AlertText.h"
#include "salesops/kpi/DataQuality.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;

QString plain(const QString& html) {
  QTextDocument doc;
  doc.setHtml(html);
  return doc.toPlainText();
}

class DailyStartAttention : public uitest::DemoStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(openDemoStore());
    open();
  }
  void open() {
    window.reset();
    session = std::make_unique<ui::StoreSession>(QString::fromStdString(path));
    window = std::make_unique<ui::MainWindow>(*session);
    page = window->dailyStart();
    window->resize(1366, 768);
    window->show();
  }
  bool waitLoaded() {
    QSignalSpy loaded(page, &ui::DailyStartPage::loaded);
    return loaded.wait(kTimeoutMs);
  }
  ui::FilterChips* chips() const { return window->findChild<ui::FilterChips*>(); }

  std::unique_ptr<ui::MainWindow> window;
  ui::DailyStartPage* page = nullptr;
};

TEST_F(DailyStartAttention, TheStripShowsTheTopThreeAlertsFreshnessAndFailingChecksInTheFirstScreen) {
  ASSERT_TRUE(waitLoaded());
  const kpi::DashboardData& d = *page->data();
  ui::AttentionStrip* strip = page->attentionStrip();
  // The demo plants a conversion drop in UTR-03: the engine ranks it among the top three.
  ASSERT_GE(d.alerts.size(), 3u);
  QStringList expected;
  for (size_t i = 0; i < 3; ++i)
    expected << QString::fromUtf8(d.alerts[i].worse ? "\u25BC " : "\u25B2 ") + charts::alertSummary(d.alerts[i]);
  EXPECT_EQ(strip->alertTexts(), expected);
  EXPECT_TRUE(strip->alertTexts().join("\n").contains("UTR-03")) << strip->alertTexts().join("\n").toStdString();
  // The demo (seed 42, 6000 visits ending Friday 27 November, no planted problems) has its last
  // visit at 17:21:15 and its last order at 16:56:55 that Friday, and its last cancellation on
  // Tuesday 24 November at 13:01:57 (sqlite3: max of visited_at, ordered_at, cancelled_at). A
  // generated store has no import logged; none of these is today, so each names its day.
  EXPECT_EQ(strip->freshnessText(),
            "Visits up to Fri 27 Nov 17:21, orders up to Fri 27 Nov 16:56, cancellations up to Tue 24 Nov 13:01;\n"
            "no import logged");
  // The failing checks are those of the Data quality page with a count, errors and warnings.
  auto store = store::Store::open(path, store::OpenMode::ReadOnly);
  auto report = kpi::checkDataQuality(**store, {d.query.asOf, 0});
  ASSERT_TRUE(report);
  int failing = 0;
  for (const kpi::Finding& f : report->findings) failing += f.count > 0 && f.severity != kpi::Severity::Info;
  EXPECT_EQ(strip->qualityText(), failing == 0   ? QString("Data quality: every check passes")
                                  : failing == 1 ? QString("1 data-quality check fails")
                                                 : QString("%1 data-quality checks fail").arg(failing));
  // Above the fold at 1366x768: the whole strip in sight without scrolling.
  window->setWindowState(Qt::WindowNoState);
  window->resize(1366, 768);
  QTest::qWait(50);
  ASSERT_EQ(window->size(), QSize(1366, 768));
  const QRect seen = uitest::inSight(*strip, *window);
  EXPECT_EQ(seen.size(), strip->size()) << seen.x() << "," << seen.y() << " " << seen.width() << "x" << seen.height()
                                        << " window " << window->width() << "x" << window->height();
  EXPECT_LE(seen.bottom(), 768);
}

TEST_F(DailyStartAttention, AnAlertOfTheStripOpensItsPageForItsPeriodShownAsAChip) {
  ASSERT_TRUE(waitLoaded());
  const kpi::Alert alert = page->data()->alerts.front();
  auto* first = page->attentionStrip()->findChild<QLabel*>("attentionAlert0");
  ASSERT_NE(first, nullptr);
  emit first->linkActivated("0");  // what a click on the link does
  const kpi::DashboardQuery q = window->filterBar()->query();
  EXPECT_EQ(q.period, alert.period);
  QWidget* expectedPage = alert.dimension == kpi::Dimension::Area   ? static_cast<QWidget*>(window->areaPage())
                          : alert.dimension == kpi::Dimension::Team ? window->teamPage()
                                                                    : window->repPage();
  EXPECT_EQ(window->currentPage(), expectedPage);
  EXPECT_EQ(window->drillStack()->top().key.toStdString(), alert.member);
  const QLocale locale;
  const QDate from(alert.period.from.year(), alert.period.from.month(), alert.period.from.day());
  const QDate to(alert.period.to.year(), alert.period.to.month(), alert.period.to.day());
  EXPECT_EQ(
      chips()->texts(),
      QStringList{QString("Period: %1 \u2013 %2").arg(locale.toString(from, "d MMM"), locale.toString(to, "d MMM"))});
  EXPECT_TRUE(chips()->isVisible());
}

// The checks read the whole store (seconds at millions of visits on a team server): the figures are
// read without them, and the checks' line comes from a read of its own.
TEST_F(DailyStartAttention, TheFiguresAreReadWithoutTheChecksWhoseLineFollows) {
  ASSERT_TRUE(waitLoaded());
  EXPECT_FALSE(page->data()->query.qualityChecks);
  // Once loaded, the line holds the checks' result (its text is tested above).
  EXPECT_NE(page->attentionStrip()->qualityText(), QString("Checking data quality\u2026"));
}

TEST_F(DailyStartAttention, TheChecksLineOpensTheDataQualityPage) {
  ASSERT_TRUE(waitLoaded());
  auto* checks = page->attentionStrip()->findChild<QLabel*>("attentionQuality");
  ASSERT_NE(checks, nullptr);
  emit checks->linkActivated("quality");
  EXPECT_EQ(window->currentPage(), window->dataQuality());
}

TEST_F(DailyStartAttention, TheFullListHasTwoLabelledSectionsThatDoNotScroll) {
  ASSERT_TRUE(waitLoaded());
  const QString checks = page->attentionStrip()->qualityText();
  window->filterBar()->setPreset(ui::FilterBar::LastWeek);
  ASSERT_TRUE(waitLoaded());
  // The checks are run once per data change and kept over a filter change.
  EXPECT_FALSE(page->data()->query.qualityChecks);
  EXPECT_EQ(page->attentionStrip()->qualityText(), checks);
  const kpi::DashboardData& d = *page->data();
  int changes = 0, outliers = 0;
  for (const kpi::Alert& a : d.alerts) (a.kind == kpi::AlertKind::Change ? changes : outliers)++;
  auto* changeList = page->findChild<QListWidget*>("alertChanges");
  auto* outlierList = page->findChild<QListWidget*>("alertOutliers");
  ASSERT_TRUE(changeList && outlierList);
  EXPECT_EQ(changeList->count(), std::max(1, changes));  // "None." when there are none
  EXPECT_EQ(outlierList->count(), std::max(1, outliers));
  for (QListWidget* list : {changeList, outlierList}) {
    EXPECT_EQ(list->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    int rows = 0;
    for (int r = 0; r < list->count(); ++r) rows += list->sizeHintForRow(r);
    EXPECT_GE(list->height(), rows);  // every row in sight: the page scrolls, not the list
  }
  QStringList labels;
  for (QLabel* l : page->findChildren<QLabel*>()) labels << plain(l->text());
  EXPECT_TRUE(labels.contains("Changed against the period before"));
  EXPECT_TRUE(labels.contains("Stands out against the rest"));
  // Next on the page after the strip and the tiles, before the charts.
  QWidget* content = changeList->parentWidget();
  const auto top = [content](QWidget* w) { return w->mapTo(content, QPoint(0, 0)).y(); };
  EXPECT_GT(top(changeList), top(page->tile(0)));
  EXPECT_LT(top(outlierList), top(page->findChild<QWidget*>("conversion-trend")));
}

TEST_F(DailyStartAttention, ChipsShowEveryFilterThatIsNotTheDefaultAndResetClearsThem) {
  ASSERT_TRUE(waitLoaded());
  EXPECT_FALSE(chips()->isVisible());  // the default filter: nothing to show
  auto* team = window->filterBar()->findChildren<QComboBox*>().at(1);
  ASSERT_GT(team->count(), 1);
  team->setCurrentIndex(1);
  window->filterBar()->setPreset(ui::FilterBar::Last4Weeks);
  ASSERT_TRUE(waitLoaded());
  const QStringList texts = chips()->texts();
  ASSERT_EQ(texts.size(), 2);
  EXPECT_TRUE(texts[0].startsWith("Period: Last 4 weeks (")) << texts[0].toStdString();
  EXPECT_EQ(texts[1], "Team: " + team->currentText());
  EXPECT_EQ(chips()->findChildren<QToolButton*>("filterChip").size(), 2);
  // The filter is remembered: the next run opens on it, and says so.
  open();
  ASSERT_TRUE(waitLoaded());
  EXPECT_EQ(chips()->texts().size(), 2);
  EXPECT_TRUE(chips()->isVisible());
  // A chip's cross removes that filter alone; Reset the rest.
  QToolButton* teamChip = chips()->findChildren<QToolButton*>("filterChip").at(1);
  teamChip->click();
  EXPECT_EQ(chips()->texts().size(), 1);
  EXPECT_TRUE(window->filterBar()->query().filters.teams.empty());
  chips()->findChild<QToolButton*>("resetFilters")->click();
  EXPECT_TRUE(chips()->texts().isEmpty());
  EXPECT_FALSE(chips()->isVisible());
  const kpi::DashboardQuery q = window->filterBar()->query();
  EXPECT_EQ(q.period.lengthDays(), 1);
}

TEST_F(DailyStartAttention, ExportsNameThePeriodAndFilterInTheFileNameAndSubtitle) {
  auto* team = window->filterBar()->findChildren<QComboBox*>().at(1);
  ASSERT_TRUE(waitLoaded());
  team->setCurrentIndex(1);
  ASSERT_TRUE(waitLoaded());
  auto* view = qobject_cast<ui::ChartView*>(page->chartView("funnel"));
  ASSERT_NE(view, nullptr);
  const QString teamName = team->currentText();
  EXPECT_EQ(view->suggestedFileName(), "funnel-2026-11-27-" + ui::fileNameFrom("team " + teamName));
  const QString file = dir.filePath("funnel.svg");
  ASSERT_TRUE(view->exportTo(file, QSize(800, 500)));
  QFile svg(file);
  ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(svg.readAll());
  EXPECT_TRUE(text.contains("27 Nov 2026")) << "the period under the title";
  EXPECT_TRUE(text.contains(("Team: " + teamName).toHtmlEscaped()));
  // On screen the chart shows the team filter under its title once, not twice after the export.
  EXPECT_EQ(view->chart()->title().count("27 Nov 2026"), 1);
  EXPECT_FALSE(view->title().contains("27 Nov 2026"));
}

TEST(StartScreen, AnEmptyStoreOffersImportAndDemoInsteadOfZeros) {
  uitest::app();
  QSettings().clear();
  QTemporaryDir dir;
  const std::string path = dir.filePath("empty.sqlite").toStdString();
  ASSERT_TRUE(store::Store::open(path));
  ui::StoreSession session(QString::fromStdString(path));
  ui::MainWindow window(session);
  window.resize(1366, 768);
  window.show();
  QSignalSpy loaded(window.dailyStart(), &ui::DailyStartPage::loaded);
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  ui::StartScreen* start = window.dailyStart()->startScreen();
  EXPECT_TRUE(start->isVisible());
  EXPECT_FALSE(window.dailyStart()->findChild<QScrollArea*>()->isVisible());  // no tiles of zeros
  // In the page's layout, as high as the page, and its wrapped text whole (it was cut to two lines).
  QApplication::processEvents();  // the layout's pass after the screen was shown
  EXPECT_GE(start->height(), window.dailyStart()->height() - 40);
  for (const QLabel* label : start->findChildren<QLabel*>())
    if (label->wordWrap())
      EXPECT_GE(label->height(), label->heightForWidth(label->width())) << label->text().toStdString();
  auto* import = start->findChild<QPushButton*>("startImport");
  auto* demo = start->findChild<QPushButton*>("startDemo");
  ASSERT_TRUE(import && demo);
  EXPECT_EQ(import->text(), QString::fromUtf8("Import exports\u2026"));
  EXPECT_EQ(demo->text(), "Open demo data");
  QSignalSpy demoAsked(&window, &ui::MainWindow::demoRequested);
  demo->click();
  EXPECT_EQ(demoAsked.count(), 1);
  import->click();
  EXPECT_NE(window.findChild<ui::ImportDialog*>(), nullptr);
}

// A hand-made page: one day, orders 50 against 90 the same weekday last week (z = -40 / sqrt(140)
// = -3.38, significant), revenue unchanged, conversion 30/200 against 31/200 (within chance), and
// a week's orders target of 58 for the week view.
kpi::DashboardData handMadePage(int days) {
  kpi::DashboardData d;
  const Date day = *Date::fromYmd(2026, 11, 27);
  d.query.period = Period{day.addDays(1 - days), day};
  d.query.asOf = day.addDays(1);
  d.clock = kpi::DataClock{day.addDays(1), DateTime::from(day, 21, 58), day};
  return d;
}

kpi::Tile handMadeTile(const kpi::DashboardData& d, KpiId kpi, int64_t orders, int64_t ordersBefore,
                       int64_t contacts = 200, int64_t contactsBefore = 200) {
  kpi::Tile t;
  t.kpi = kpi;
  t.now.sources = t.lastWeek.sources = ~0u;
  t.now.orders = orders;
  t.lastWeek.orders = ordersBefore;
  t.now.contacts = contacts;
  t.lastWeek.contacts = contactsBefore;
  t.period = d.query.period;
  t.compared = d.query.period.shifted(-7);
  t.change = kpi::tileChange(kpi, t.now, t.lastWeek);
  return t;
}

TEST(KpiTileLooks, ASignificantDropOfACountIsRedAndLabelledForTheDay) {
  uitest::app();
  const kpi::DashboardData d = handMadePage(1);
  ui::KpiTile tile;
  tile.display(handMadeTile(d, KpiId::orders, 50, 90), std::nullopt, d);
  auto* detail = tile.findChild<QLabel*>("tileDetail");
  ASSERT_NE(detail, nullptr);
  // -40 of 90 is -44.4%, coloured as bad news.
  EXPECT_TRUE(
      detail->text().contains(QString("<b style='color:%1'>\u221244.4%</b>").arg(ui::badColour(tile.palette()).name())))
      << detail->text().toStdString();
  EXPECT_TRUE(plain(detail->text()).startsWith("vs same weekday last week: \u221244.4%"));
  EXPECT_TRUE(plain(tile.toolTip()).contains("Change is significant (|z| = 3.4)."));
}

TEST(KpiTileLooks, AChangeWithinChanceStaysBlackAndTheTooltipReadsToItsEnd) {
  uitest::app();
  const kpi::DashboardData d = handMadePage(7);
  ui::KpiTile tile;
  tile.display(handMadeTile(d, KpiId::conversion, 30, 31), std::nullopt, d);
  auto* detail = tile.findChild<QLabel*>("tileDetail");
  EXPECT_FALSE(detail->text().contains("color:"));
  EXPECT_TRUE(plain(detail->text()).startsWith("vs previous week: \u22120.5"));
  EXPECT_TRUE(plain(detail->text()).contains("avg of the 4 weeks before:"));
  // The "<" of "|z| < 2.58" was once read as a tag and cut the tooltip there.
  EXPECT_TRUE(plain(tile.toolTip()).endsWith("Change is within chance (|z| < 2.58).")) << tile.toolTip().toStdString();
}

// Friday 27 Nov read at 14:05 the same day, its last visit at 14:02: the tile and the strip say the
// day is still coming in, and up to when.
TEST(KpiTileLooks, ADayStillInProgressIsMarkedOnTheTileAndTheStrip) {
  uitest::app();
  kpi::DashboardData d = handMadePage(1);
  const Date day = d.query.period.to;
  d.query.asOf = day;
  d.clock = kpi::DataClock{day, DateTime::from(day, 14, 2), day.addDays(-1)};
  ASSERT_TRUE(d.inProgress());
  ui::KpiTile tile;
  tile.display(handMadeTile(d, KpiId::orders, 50, 90), std::nullopt, d);
  EXPECT_TRUE(plain(tile.findChild<QLabel*>("tileDetail")->text()).endsWith("in progress, up to Fri 27 Nov 14:02"))
      << tile.findChild<QLabel*>("tileDetail")->text().toStdString();
  EXPECT_TRUE(plain(tile.toolTip()).contains("The period is still coming in"));
  ui::AttentionStrip strip;
  strip.setData(d);
  EXPECT_TRUE(strip.freshnessText().contains("the period is still in progress")) << strip.freshnessText().toStdString();
  // The same day read the next morning is complete: no mark.
  d.clock = kpi::DataClock{day.addDays(1), DateTime::from(day, 21, 58), day};
  tile.display(handMadeTile(d, KpiId::orders, 50, 90), std::nullopt, d);
  EXPECT_FALSE(plain(tile.findChild<QLabel*>("tileDetail")->text()).contains("in progress"));
}

TEST(AttentionStripText, NamesWithMarkupCharactersReadAsTheyAre) {
  uitest::app();
  kpi::DashboardData d = handMadePage(1);
  // An area whose name holds "<" and "&": 10 of 100 against 20 of 100 for the rest.
  kpi::Alert a;
  a.kind = kpi::AlertKind::Outlier;
  a.dimension = kpi::Dimension::Area;
  a.member = "Noord <1> & Zuid";
  a.kpi = KpiId::conversion;
  a.period = a.comparedPeriod = d.query.period;
  a.current = {10, 100};
  a.compared = {20, 100};
  a.test = kpi::testSignificance(a.current, a.compared);
  a.excess = a.impact = -10;
  a.worse = true;
  d.alerts = {a};
  d.attention.failingChecks = {"Orders <of> unknown visits"};
  d.attention.freshness.visitsUpTo = d.clock.latest;
  ui::AttentionStrip strip;
  strip.setData(d);
  ASSERT_EQ(strip.alertTexts().size(), 1);
  EXPECT_TRUE(strip.alertTexts()[0].contains("Noord <1> & Zuid")) << strip.alertTexts()[0].toStdString();
  EXPECT_EQ(strip.qualityText(), "1 data-quality check fails");
  auto* checks = strip.findChild<QLabel*>("attentionQuality");
  EXPECT_EQ(plain(checks->toolTip()), "Orders <of> unknown visits");
  // While the page still runs the checks, the line says so rather than "every check passes".
  strip.setFailingChecks(std::nullopt);
  EXPECT_EQ(strip.qualityText(), QString("Checking data quality\u2026"));
  strip.setFailingChecks(std::vector<std::string>{});
  EXPECT_EQ(strip.qualityText(), "Data quality: every check passes");
  strip.setFailingChecks(d.attention.failingChecks);
  auto* first = strip.findChild<QLabel*>("attentionAlert0");
  EXPECT_TRUE(plain(first->toolTip()).startsWith("two-proportion z-test")) << first->toolTip().toStdString();
  EXPECT_EQ(strip.freshnessText(),
            "Visits up to Fri 27 Nov 21:58, no orders yet, no cancellations yet;\nno import logged");
}

TEST(KpiTileLooks, AWeekBelowItsTargetShowsItsValueInRedAndAboveItInGreen) {
  uitest::app();
  kpi::DashboardData d = handMadePage(7);
  kpi::TargetProgress target;
  target.metric = "orders";
  target.target = 58;
  target.horizon = kpi::TargetHorizon::Week;
  d.targets.push_back(target);
  const kpi::Tile t = handMadeTile(d, KpiId::orders, 50, 49);
  ASSERT_EQ(d.meetsTarget(t), false);
  ui::KpiTile tile;
  // The target's pacing line stands for it when there is one; here its value alone is coloured.
  tile.display(t, d.tileTarget(t), d);
  auto* value = tile.findChild<QLabel*>("tileValue");
  EXPECT_EQ(value->palette().color(QPalette::WindowText), ui::badColour(tile.palette()));
  // 60 orders reach the week's 58: the value turns good news green.
  const kpi::Tile above = handMadeTile(d, KpiId::orders, 60, 49);
  ASSERT_EQ(d.meetsTarget(above), true);
  tile.display(above, d.tileTarget(above), d);
  EXPECT_EQ(value->palette().color(QPalette::WindowText), ui::goodColour(tile.palette()));
}

}  // namespace
