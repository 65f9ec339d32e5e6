// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one page loader (pages/Page): one load per import, hidden pages loading when shown; and every
// drill page under every filter: the Team and Area pages open on the filter's team and area.
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "models/KpiTableModel.h"
#include "pages/AreaPage.h"
#include "pages/DailyStartPage.h"
#include "pages/DataQualityPage.h"
#include "pages/SlicePage.h"
#include "pages/TrendsPage.h"
#include "widgets/FilterBar.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

#include "salesops/kpi/DrillPages.h"

namespace salesops {
namespace {

using uitest::kTimeoutMs;

class PageLoaderTest : public uitest::DemoStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(openDemoStore(3000, 28));
    window = std::make_unique<ui::MainWindow>(*session);
    daily = window->dailyStart();
    trends = window->findChild<ui::TrendsPage*>();
    ASSERT_NE(trends, nullptr);
    QSignalSpy loaded(daily, &ui::Page::loaded);
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
  }

  /// The filter bar's team choice.
  QComboBox* teamChoice() {
    for (QComboBox* box : window->filterBar()->findChildren<QComboBox*>())
      if (box->itemText(0) == QObject::tr("All teams")) return box;
    return nullptr;
  }

  kpi::DrillPageData expected(kpi::DrillLevel level, const std::string& member) {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    auto page = kpi::buildDrillPage(**store, window->filterBar()->query(), level, member);
    EXPECT_TRUE(page);
    return page ? *page : kpi::DrillPageData{};
  }

  std::unique_ptr<ui::MainWindow> window;
  ui::DailyStartPage* daily = nullptr;
  ui::TrendsPage* trends = nullptr;
};

TEST_F(PageLoaderTest, AnImportReloadsTheShownPageOnceAndTheHiddenOnesWhenShown) {
  const int dailyBefore = daily->loadsStarted();
  const int trendsBefore = trends->loadsStarted();
  QSignalSpy barChanged(window->filterBar(), &ui::FilterBar::changed);
  QSignalSpy loaded(daily, &ui::Page::loaded);
  session->notifyChanged();  // what the import dialog does after an import
  // The bar re-reads its choices, then says changed once; the page loads on that alone.
  ASSERT_TRUE(barChanged.wait(kTimeoutMs));
  ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
  EXPECT_EQ(daily->loadsStarted() - dailyBefore, 1);
  EXPECT_EQ(trends->loadsStarted() - trendsBefore, 0);
  EXPECT_TRUE(trends->stale());

  QSignalSpy trendsLoaded(trends, &ui::Page::loaded);
  window->showPage(trends);
  ASSERT_TRUE(trendsLoaded.count() > 0 || trendsLoaded.wait(kTimeoutMs));
  EXPECT_EQ(trends->loadsStarted() - trendsBefore, 1);
  EXPECT_FALSE(trends->stale());
  // Back on the daily start nothing is read again: it was not stale.
  window->showPage(daily);
  EXPECT_EQ(daily->loadsStarted() - dailyBefore, 1);
}

// The data-quality checks read the whole store: at window start only the daily start runs them (for
// its strip), not the hidden Data quality page as well.
TEST_F(PageLoaderTest, TheHiddenDataQualityPageReadsNothingUntilShown) {
  ui::DataQualityPage* quality = window->dataQuality();
  EXPECT_EQ(quality->loadsStarted(), 0);
  QSignalSpy loaded(quality, &ui::Page::loaded);
  window->showPage(quality);
  ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
  EXPECT_EQ(quality->loadsStarted(), 1);
  EXPECT_GT(quality->tree()->topLevelItemCount(), 0);
}

TEST_F(PageLoaderTest, TeamPageUnderATeamFilterShowsThatTeamAndListsOnlyTeams) {
  QComboBox* team = teamChoice();
  ASSERT_NE(team, nullptr);
  QSignalSpy dailyLoaded(daily, &ui::Page::loaded);
  team->setCurrentIndex(team->findData(QStringLiteral("Team Zuid")));
  ASSERT_TRUE(dailyLoaded.wait(kTimeoutMs));
  ui::SlicePage* page = window->teamPage();
  QSignalSpy loaded(page, &ui::Page::loaded);
  QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
  ASSERT_EQ(window->currentPage(), page);
  ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
  EXPECT_EQ(page->member(), "Team Zuid");
  QStringList listed;
  for (int i = 0; i < page->picker()->count(); ++i) listed << page->picker()->itemText(i);
  EXPECT_EQ(listed, (QStringList{"Team HTL", "Team Noord", "Team Oost", "Team Zuid"}));
  EXPECT_EQ(page->picker()->currentText(), "Team Zuid");

  const kpi::DrillPageData want = expected(kpi::DrillLevel::Team, "Team Zuid");
  ASSERT_GT(want.totals.member.visits, 0);
  const QString facts = page->findChild<QLabel*>("memberFacts")->text();
  EXPECT_TRUE(facts.contains(QLocale().toString(static_cast<qlonglong>(want.totals.member.visits))))
      << facts.toStdString();
  EXPECT_TRUE(facts.contains("every team, area and rep")) << facts.toStdString();
  // The by-rep table lists Team Zuid's reps with their visits.
  ui::KpiTableModel* reps = page->breakdownModel();
  ASSERT_EQ(reps->rowCount(), static_cast<int>(want.breakdown.size()));
  qlonglong visits = 0;
  for (int r = 0; r < reps->rowCount(); ++r)
    visits += reps->data(reps->index(r, reps->column(KpiId::visits)), ui::KpiTableModel::ValueRole).toLongLong();
  EXPECT_EQ(visits, want.totals.member.visits);
}

TEST_F(PageLoaderTest, AreaPageOpensOnTheFiltersAreaAndItsPickerShowsAnother) {
  QComboBox* areaChoice = nullptr;
  for (QComboBox* box : window->filterBar()->findChildren<QComboBox*>())
    if (box->itemText(0) == QObject::tr("All areas")) areaChoice = box;
  ASSERT_NE(areaChoice, nullptr);
  QSignalSpy dailyLoaded(daily, &ui::Page::loaded);
  areaChoice->setCurrentIndex(areaChoice->findData(QStringLiteral("UTR-03")));
  ASSERT_TRUE(dailyLoaded.wait(kTimeoutMs));
  ui::AreaPage* page = window->areaPage();
  QSignalSpy loaded(page, &ui::Page::loaded);
  QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
  ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
  EXPECT_EQ(page->area(), "UTR-03");
  ASSERT_GT(page->picker()->count(), 1);
  // The area by its name from the areas file with its code after it: picker, the filter's chip,
  // heading and trend chart.
  EXPECT_EQ(page->picker()->currentText(), "Overvecht (UTR-03)");
  EXPECT_EQ(page->picker()->currentData().toString(), "UTR-03");
  EXPECT_EQ(areaChoice->currentText(), "Overvecht (UTR-03)");
  EXPECT_EQ(window->filterBar()->query().filters.areas, (std::vector<std::string>{"UTR-03"}));
  auto* heading = page->findChild<QLabel*>("drillHeading");
  ASSERT_NE(heading, nullptr);
  EXPECT_TRUE(heading->text().contains("Area Overvecht (UTR-03) \u00B7 Utrecht")) << heading->text().toStdString();
  auto* trend = page->findChild<QChartView*>("area-trend");
  ASSERT_NE(trend, nullptr);
  EXPECT_TRUE(trend->chart()->title().startsWith("Conversion per week: Overvecht (UTR-03) against the organisation"))
      << trend->chart()->title().toStdString();

  // Picking another area in the picker shows that one, in the same place of the drill-down.
  const int other = page->picker()->findData("UTR-01");
  ASSERT_GE(other, 0);
  EXPECT_EQ(page->picker()->itemText(other), "Binnenstad (UTR-01)");
  loaded.clear();
  page->picker()->setCurrentIndex(other);
  emit page->picker()->activated(other);
  ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
  EXPECT_EQ(page->area(), "UTR-01");
  EXPECT_EQ(page->picker()->currentText(), "Binnenstad (UTR-01)");
}

TEST_F(PageLoaderTest, RepPageTitleChartAndPickerNameTheRepWithItsCode) {
  ui::SlicePage* page = window->repPage();
  QSignalSpy loaded(page, &ui::Page::loaded);
  window->openDrill(daily, ui::DrillStack::Level::Rep, QStringLiteral("R001"));
  ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
  ASSERT_EQ(page->member(), "R001");
  // R001 is Jeroen de Vries of Team Noord in the demo's reps file.
  auto* heading = page->findChild<QLabel*>("drillHeading");
  ASSERT_NE(heading, nullptr);
  EXPECT_TRUE(heading->text().startsWith("<h2>Jeroen de Vries (R001) \u00B7 <a href='Team Noord'>Team Noord</a>"))
      << heading->text().toStdString();
  EXPECT_EQ(page->picker()->currentText(), "Jeroen de Vries (R001)");
  EXPECT_EQ(page->picker()->currentData().toString(), "R001");
  auto* trend = page->findChild<QChartView*>("rep-trend");
  ASSERT_NE(trend, nullptr);
  EXPECT_TRUE(
      trend->chart()->title().startsWith("Conversion per week: Jeroen de Vries (R001) against the organisation"))
      << trend->chart()->title().toStdString();
  // The first rep of the picker is a code to open, not its label.
  EXPECT_EQ(page->picker()->itemData(0).toString(), "R001");

  // The default period is one day, whose own orders are too young for a 14-day cancel rate: the page
  // reads the matured orders instead of "— (n = 0)", with the engine's n.
  const kpi::DrillPageData want = expected(kpi::DrillLevel::Rep, "R001");
  const auto parts = want.totals.member.parts(KpiId::cancel_rate_14d);
  ASSERT_TRUE(parts && parts->denominator > 0);
  const QString facts = page->findChild<QLabel*>("memberFacts")->text();
  EXPECT_TRUE(
      facts.contains(QStringLiteral("(n = %1;").arg(QLocale().toString(static_cast<qlonglong>(parts->denominator)))))
      << facts.toStdString();
  EXPECT_FALSE(facts.contains("n = 0")) << facts.toStdString();
}

}  // namespace
}  // namespace salesops
