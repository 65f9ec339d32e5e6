// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The drill-down: daily start -> area (postcodes, reps, hours) -> rep / team, breadcrumbs and Back.
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <gtest/gtest.h>

#include "ScreenshotChecks.h"
#include "UiTestFixture.h"
#include "models/KpiTableModel.h"
#include "pages/AreaPage.h"
#include "pages/DailyStartPage.h"
#include "pages/SlicePage.h"
#include "widgets/Breadcrumbs.h"
#include "widgets/BundlingGauge.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTableView.h"
#include "window/DrillStack.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/PostcodeBreakdown.h"

using namespace salesops;
using Level = ui::DrillStack::Level;

namespace {

using uitest::app;

using uitest::kTimeoutMs;

TEST(DrillStackTest, OpensBacksAndReturnsToACrumb) {
  ui::DrillStack s;
  QSignalSpy changed(&s, &ui::DrillStack::changed);
  EXPECT_FALSE(s.back());
  s.reset("Daily start");
  s.open(Level::Area, "UTR-03");
  s.open(Level::Rep, "R012");
  ASSERT_EQ(s.entries().size(), 3);
  EXPECT_EQ(ui::DrillStack::label(s.top()), "Rep R012");
  EXPECT_EQ(ui::DrillStack::label({Level::Team, "Noord"}), "Team Noord");
  EXPECT_EQ(ui::DrillStack::label({Level::Team, "Team Zuid"}), "Team Zuid");
  EXPECT_EQ(changed.count(), 3);
  // Round in circles: the area already on the way is returned to, not stacked again.
  s.open(Level::Area, "UTR-03");
  ASSERT_EQ(s.entries().size(), 2);
  EXPECT_EQ(s.top().key, "UTR-03");
  s.open(Level::Rep, "R012");
  s.replaceTop(Level::Rep, "R013");  // a pick from the rep page's own list
  ASSERT_EQ(s.entries().size(), 3);
  EXPECT_EQ(s.top().key, "R013");
  s.replaceTop(Level::Team, "North");  // another level: opened on top
  ASSERT_EQ(s.entries().size(), 4);
  s.popTo(1);
  ASSERT_EQ(s.entries().size(), 2);
  EXPECT_EQ(s.top().level, Level::Area);
  EXPECT_TRUE(s.back());
  EXPECT_EQ(s.top().level, Level::Root);
  EXPECT_FALSE(s.back());
  EXPECT_EQ(s.entries().size(), 1);
}

TEST(KpiTableModelTest, PassesTheModelTesterAndFormatsLabels) {
  app();
  ui::KpiTableModel model("Hour", ui::KpiTableModel::Label::Hour, {KpiId::visits, KpiId::conversion});
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  kpi::KpiRow row;
  row.dims = {{"9", 9}};
  row.now.sources = kpi::kVisitSource | kpi::kOrderSource;
  row.now.visits = 40;
  row.now.contacts = 20;
  row.now.orders = 5;
  model.setRows({row, row});
  ASSERT_EQ(model.rowCount(), 2);
  ASSERT_EQ(model.columnCount(), 3);
  EXPECT_EQ(model.index(0, 0).data().toString(), "09:00");
  EXPECT_EQ(model.index(0, 1).data().toString(), "40");
  EXPECT_EQ(model.index(0, 2).data().toString(), "25.0%");  // 5 / 20
  EXPECT_DOUBLE_EQ(model.index(0, 2).data(ui::KpiTableModel::ValueRole).toDouble(), 0.25);
  EXPECT_TRUE(model.index(0, 2).data(Qt::ToolTipRole).toString().contains("n = 20"));
  // n = 20 is under 30: greyed out.
  EXPECT_TRUE(model.index(0, 2).data(Qt::ForegroundRole).isValid());
  model.setRows({});
  EXPECT_EQ(model.rowCount(), 0);
}

class DrillDownTest : public uitest::DemoStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(openDemoStore());
    window = std::make_unique<ui::MainWindow>(*session);
    page = window->dailyStart();
    area = window->areaPage();
    // Every model of the drill pages is watched from before its first reset.
    for (QAbstractItemModel* m :
         {static_cast<QAbstractItemModel*>(area->postcodeModel()), static_cast<QAbstractItemModel*>(area->repModel()),
          static_cast<QAbstractItemModel*>(area->hourModel())})
      testers.push_back(
          std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::Fatal));
    for (ui::SlicePage* p : {window->teamPage(), window->repPage()})
      for (QAbstractItemModel* m :
           {static_cast<QAbstractItemModel*>(p->breakdownModel()), static_cast<QAbstractItemModel*>(p->hourModel()),
            static_cast<QAbstractItemModel*>(p->weekdayModel())})
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::Fatal));
    window->resize(1366, 768);
    window->show();
    QSignalSpy loaded(page, &ui::DailyStartPage::loaded);
    window->filterBar()->setPreset(ui::FilterBar::LastWeek);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
  }

  // Clicks the bar of `code` on the daily start's area chart and waits for the area page.
  void clickArea(const QString& code) {
    QSignalSpy loaded(area, &ui::AreaPage::loaded);
    auto* bars = qobject_cast<QAbstractBarSeries*>(page->chartView("area-conversion")->chart()->series().front());
    ASSERT_NE(bars, nullptr);
    // The chart sorts its bars by change and says which area each bar is.
    QBarSet* set = bars->barSets().front();
    int index = -1;
    for (int b = 0; b < set->count(); ++b)
      if (charts::barMember(set, b) == code) index = b;
    ASSERT_GE(index, 0);
    emit bars->clicked(index, set);
    EXPECT_EQ(window->currentPage(), area);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
  }

  std::vector<kpi::KpiRow> breakdown(kpi::PostcodeLevel level) {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    kpi::DashboardQuery dq = window->filterBar()->query();
    dq.filters.areas = {"UTR-03"};
    auto rows = kpi::postcodeBreakdown(**store, {dq.period, dq.asOf, dq.filters, level});
    EXPECT_TRUE(rows) << rows.error().message;
    return rows ? *rows : std::vector<kpi::KpiRow>{};
  }

  kpi::KpiValues engineTotal(kpi::KpiFilters filters) {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    const kpi::DashboardQuery dq = window->filterBar()->query();
    auto rows = kpi::KpiEngine(**store).run({dq.period, dq.asOf, {}, filters, std::nullopt, {}});
    EXPECT_TRUE(rows);
    return rows->front().now;
  }

  // The model shows exactly the breakdown's rows, in order, with the same formatted numbers.
  void expectSameRows(const ui::KpiTableModel& model, const std::vector<kpi::KpiRow>& rows) {
    ASSERT_EQ(model.rowCount(), static_cast<int>(rows.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
      const kpi::KpiRow& row = rows[static_cast<size_t>(r)];
      EXPECT_EQ(model.index(r, 0).data(ui::KpiTableModel::KeyRole).toString().toStdString(), row.dims.front().text);
      for (KpiId k : {KpiId::visits, KpiId::contacts, KpiId::orders, KpiId::conversion, KpiId::hit_rate})
        EXPECT_EQ(model.index(r, model.column(k)).data().toString(), charts::formatKpi(k, row.now.value(k)))
            << kpiName(k) << " of " << row.dims.front().text;
    }
  }

  std::unique_ptr<ui::MainWindow> window;
  std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
  ui::DailyStartPage* page = nullptr;
  ui::AreaPage* area = nullptr;
};

TEST_F(DrillDownTest, AreaPageShowsPostcodesThatAddUpToTheArea) {
  clickArea("UTR-03");
  // The crumb names the area as the page does, by its name with the code after it.
  EXPECT_EQ(area->breadcrumbs()->plainText(), QString::fromUtf8("Daily start \u203A Area Overvecht (UTR-03)"));
  const auto pc4 = breakdown(kpi::PostcodeLevel::Pc4);
  ASSERT_FALSE(pc4.empty());
  expectSameRows(*area->postcodeModel(), pc4);
  // The PC4 rows' visits add up to the area's visits as the engine counts them.
  kpi::KpiFilters only = window->filterBar()->query().filters;
  only.areas = {"UTR-03"};
  const kpi::KpiValues total = engineTotal(only);
  int64_t visits = 0;
  for (int r = 0; r < area->postcodeModel()->rowCount(); ++r) {
    const QModelIndex i = area->postcodeModel()->index(r, area->postcodeModel()->column(KpiId::visits));
    visits += i.data(ui::KpiTableModel::ValueRole).toLongLong();
    if (area->postcodeModel()->index(r, 0).data(ui::KpiTableModel::KeyRole).toString() != "(none)") {
      EXPECT_EQ(area->postcodeModel()->index(r, 0).data().toString().size(), 4);
    }
  }
  EXPECT_EQ(visits, total.visits);
  EXPECT_GT(visits, 0);
  // Coverage and penetration of the area, in words under the gauge.
  EXPECT_TRUE(area->penetrationGauge()->caption().contains("homes passed"))
      << area->penetrationGauge()->caption().toStdString();

  // Street level: one row per full postcode, still adding up.
  QSignalSpy loaded(area, &ui::AreaPage::loaded);
  auto* pc6 = area->findChild<QRadioButton*>("pc6");
  ASSERT_NE(pc6, nullptr);
  area->tabs()->setCurrentIndex(0);
  QTest::mouseClick(pc6, Qt::LeftButton);
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  EXPECT_EQ(area->postcodeLevel(), kpi::PostcodeLevel::Pc6);
  const auto rows6 = breakdown(kpi::PostcodeLevel::Pc6);
  EXPECT_GT(rows6.size(), pc4.size());
  expectSameRows(*area->postcodeModel(), rows6);
  int64_t visits6 = 0;
  for (const auto& r : rows6) visits6 += r.now.visits;
  EXPECT_EQ(visits6, total.visits);
}

TEST_F(DrillDownTest, RepFromTheAreaThenBackTwiceToTheDailyStart) {
  clickArea("UTR-03");
  ui::KpiTableView* reps = area->repTable();
  ASSERT_GT(reps->model()->rowCount(), 0);
  const QString rep = reps->model()->index(0, 0).data(ui::KpiTableModel::KeyRole).toString();
  const QString repName = reps->model()->index(0, 0).data().toString();  // "Jeroen de Vries (R001)"
  ui::SlicePage* repPage = window->repPage();
  QSignalSpy repLoaded(repPage, &ui::SlicePage::loaded);
  area->tabs()->setCurrentWidget(reps);
  reps->setFocus();
  reps->setCurrentIndex(reps->model()->index(0, 0));
  QTest::keyClick(reps, Qt::Key_Return);
  EXPECT_EQ(window->currentPage(), repPage);
  ASSERT_TRUE(repLoaded.wait(kTimeoutMs));
  EXPECT_EQ(repPage->member(), rep);
  EXPECT_EQ(repPage->breadcrumbs()->plainText(),
            QString::fromUtf8("Daily start \u203A Area Overvecht (UTR-03) \u203A Rep %1").arg(repName));
  EXPECT_TRUE(repName.endsWith(" (" + rep + ")")) << repName.toStdString();
  // The rep's areas: UTR-03 among them, with the rep's visits there as the engine counts them.
  ui::KpiTableModel* areas = repPage->breakdownModel();
  kpi::KpiFilters f = window->filterBar()->query().filters;
  f.reps = {rep.toStdString()};
  f.areas = {"UTR-03"};
  const int64_t there = engineTotal(f).visits;
  bool found = false;
  for (int r = 0; r < areas->rowCount(); ++r)
    if (areas->index(r, 0).data(ui::KpiTableModel::KeyRole).toString() == "UTR-03") {
      found = true;
      EXPECT_EQ(areas->index(r, areas->column(KpiId::visits)).data(ui::KpiTableModel::ValueRole).toLongLong(), there);
    }
  EXPECT_TRUE(found);

  window->activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
  QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
  EXPECT_EQ(window->currentPage(), area);
  EXPECT_EQ(area->area(), "UTR-03");
  QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
  EXPECT_EQ(window->currentPage(), page);
}

TEST_F(DrillDownTest, TeamFromAnAlertListsItsRepsAndACrumbReturns) {
  std::string team;
  {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    auto reps = store::KpiSource(**store).reps();
    ASSERT_TRUE(reps);
    for (const auto& r : *reps)
      if (r.team) team = *r.team;
  }
  ASSERT_FALSE(team.empty());
  ui::SlicePage* teamPage = window->teamPage();
  QSignalSpy loaded(teamPage, &ui::SlicePage::loaded);
  emit page->teamActivated(QString::fromStdString(team));
  EXPECT_EQ(window->currentPage(), teamPage);
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  EXPECT_EQ(teamPage->breadcrumbs()->plainText(),
            QString::fromUtf8("Daily start \u203A %1")
                .arg(ui::DrillStack::label({Level::Team, QString::fromStdString(team)})));
  // As many rep rows as the engine has reps with data in the team; their visits add up to the team's.
  kpi::KpiFilters f = window->filterBar()->query().filters;
  f.teams = {team};
  const int64_t teamVisits = engineTotal(f).visits;
  int64_t sum = 0;
  ui::KpiTableModel* reps = teamPage->breakdownModel();
  ASSERT_GT(reps->rowCount(), 0);
  for (int r = 0; r < reps->rowCount(); ++r)
    sum += reps->index(r, reps->column(KpiId::visits)).data(ui::KpiTableModel::ValueRole).toLongLong();
  EXPECT_EQ(sum, teamVisits);
  EXPECT_EQ(teamPage->weekdayModel()->rowCount() > 0, teamVisits > 0);

  // A rep of the team, then the team's crumb back.
  const QString rep = reps->index(0, 0).data(ui::KpiTableModel::KeyRole).toString();
  emit teamPage->breakdownTable()->activated(teamPage->breakdownTable()->model()->index(0, 0));
  EXPECT_EQ(window->currentPage(), window->repPage());
  EXPECT_EQ(window->drillStack()->top().key, rep);
  window->drillStack()->popTo(1);  // what a click on the "Team" crumb does
  EXPECT_EQ(window->currentPage(), teamPage);
}

// The daily start (with its alert list) and the three drill pages at two window sizes, grabbed as a
// person would see them: each picture has the window's size and each chart in sight shows its
// series, not only its axes. The pictures go to a folder of this test; scripts/screenshots.sh takes
// the ones for docs/screenshots.
TEST_F(DrillDownTest, ScreenshotsOfTheDrillPagesShowTheirCharts) {
  QTemporaryDir out;
  ASSERT_TRUE(out.isValid());
  clickArea("UTR-03");
  const QString rep = area->repModel()->index(0, 0).data(ui::KpiTableModel::KeyRole).toString();
  QSignalSpy repLoaded(window->repPage(), &ui::SlicePage::loaded);
  window->drillStack()->open(Level::Rep, rep);
  ASSERT_TRUE(repLoaded.wait(kTimeoutMs));
  std::string team;
  {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    auto reps = store::KpiSource(**store).reps();
    ASSERT_TRUE(reps);
    for (const auto& r : *reps)
      if (r.code == rep.toStdString() && r.team) team = *r.team;
  }
  QSignalSpy teamLoaded(window->teamPage(), &ui::SlicePage::loaded);
  window->drillStack()->open(Level::Team, QString::fromStdString(team));
  ASSERT_TRUE(teamLoaded.wait(kTimeoutMs));
  for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
    window->resize(size);
    ASSERT_EQ(window->size(), size);
    int charts = 0;
    for (const auto& [name, widget] : std::vector<std::pair<QString, QWidget*>>{{"daily-start", window->dailyStart()},
                                                                                {"area", area},
                                                                                {"rep", window->repPage()},
                                                                                {"team", window->teamPage()}}) {
      window->showPage(widget);
      QTest::qWait(50);
      const QString file = QStringLiteral("%1/%2-%3.png").arg(out.path(), name).arg(size.width());
      ASSERT_TRUE(window->grab().save(file));
      charts += uitest::expectShotShowsPage(QPixmap(file), *window, *widget);
    }
    // The daily start alone has six charts with data on the demo store.
    EXPECT_GE(charts, 6) << size.width();
    // The alert list sits at the foot of the daily start.
    window->showPage(window->dailyStart());
    auto* scroll = window->dailyStart()->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    auto* alertList = window->dailyStart()->findChild<QListWidget*>("alertChanges");
    ASSERT_NE(alertList, nullptr);
    scroll->ensureWidgetVisible(alertList);
    QTest::qWait(50);
    EXPECT_FALSE(uitest::inSight(*alertList, *window).isEmpty());
    const QPixmap alerts = window->grab();
    EXPECT_EQ(alerts.size(), size * alerts.devicePixelRatio());
    EXPECT_TRUE(alerts.save(QStringLiteral("%1/daily-start-alerts-%2.png").arg(out.path()).arg(size.width())));
  }
}

}  // namespace

namespace {

TEST_F(DrillDownTest, LeaderboardBarOpensThatRep) {
  const auto& reps = page->data()->reps;
  ASSERT_FALSE(reps.empty());
  auto* bars = qobject_cast<QAbstractBarSeries*>(page->chartView("rep-leaderboard")->chart()->series().front());
  ASSERT_NE(bars, nullptr);
  const int shown = static_cast<int>(bars->barSets().front()->count());
  ASSERT_EQ(shown, static_cast<int>(std::min<size_t>(reps.size(), 10)));
  // The top bar (the last one added) is the rep it names (a cancel outlier first, else most orders).
  const QString top = charts::barMember(bars->barSets().front(), shown - 1);
  ASSERT_FALSE(top.isEmpty());
  emit bars->clicked(shown - 1, bars->barSets().front());
  EXPECT_EQ(window->currentPage(), window->repPage());
  EXPECT_EQ(window->repPage()->member(), top);
  EXPECT_EQ(window->drillStack()->entries().size(), 2);
}

TEST_F(DrillDownTest, DrillPagesReachedByKeyboardOpenOnWhatTheDailyStartPointsAt) {
  // The demo's last day with data: its alerts look at the 7 days ending then, which hold UTR-03's
  // conversion drop (the ISO week before has no area whose rates changed within channel).
  QSignalSpy dayLoaded(page, &ui::DailyStartPage::loaded);
  window->filterBar()->setPreset(ui::FilterBar::LastDay);
  ASSERT_TRUE(dayLoaded.wait(kTimeoutMs));
  const auto& alerts = page->data()->alerts;
  const auto areaAlert = std::find_if(alerts.begin(), alerts.end(),
                                      [](const kpi::Alert& a) { return a.dimension == kpi::Dimension::Area; });
  std::string expectedArea;
  if (areaAlert != alerts.end()) {
    expectedArea = areaAlert->member;
  } else {
    int64_t most = -1;
    for (const kpi::KpiRow& r : page->data()->areas)
      if (r.now.visits > most) {
        most = r.now.visits;
        expectedArea = r.dims.front().text;
      }
  }
  ASSERT_FALSE(expectedArea.empty());
  QSignalSpy areaLoaded(area, &ui::AreaPage::loaded);
  QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
  EXPECT_EQ(window->currentPage(), area);
  EXPECT_EQ(area->area().toStdString(), expectedArea);
  ASSERT_TRUE(areaLoaded.wait(kTimeoutMs));
  EXPECT_GT(area->postcodeModel()->rowCount(), 0);
  // The rep page opens on the first alert about a rep (else the top of the leaderboard), with the
  // daily start as its crumb.
  const auto repAlert = std::find_if(alerts.begin(), alerts.end(),
                                     [](const kpi::Alert& a) { return a.dimension == kpi::Dimension::Rep; });
  const std::string rep = repAlert != alerts.end() ? repAlert->member : page->data()->reps.front().dims.front().text;
  QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
  EXPECT_EQ(window->currentPage(), window->repPage());
  EXPECT_EQ(window->repPage()->member().toStdString(), rep);
  EXPECT_EQ(window->drillStack()->entries().size(), 2);
  // A page with a member already picked keeps it.
  QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
  EXPECT_EQ(area->area().toStdString(), expectedArea);
}

}  // namespace
