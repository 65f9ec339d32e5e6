// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends and Cancellations pages on a small demo store, checked against the engine.
#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLegend>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <map>
#include <set>

#include "ScreenshotChecks.h"
#include "UiTestFixture.h"
#include "models/CancelBreakdownModel.h"
#include "models/CohortModel.h"
#include "models/TrendModel.h"
#include "pages/CancellationsPage.h"
#include "pages/DailyStartPage.h"
#include "pages/TrendsPage.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/kpi/CancellationCohorts.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/MemberLabel.h"
#include "salesops/kpi/TrendData.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;
using Tester = QAbstractItemModelTester;

class PagesTest : public uitest::DemoStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(openDemoStore(6000, 70));
    window = std::make_unique<ui::MainWindow>(*session);
    trends = window->findChild<ui::TrendsPage*>();
    cancellations = window->findChild<ui::CancellationsPage*>();
    ASSERT_NE(trends, nullptr);
    ASSERT_NE(cancellations, nullptr);
    // Every model is checked from before its first data on, so each reset is checked too.
    testers.push_back(std::make_unique<Tester>(trends->model(), Tester::FailureReportingMode::Fatal));
    testers.push_back(std::make_unique<Tester>(cancellations->cohortModel(), Tester::FailureReportingMode::Fatal));
    testers.push_back(std::make_unique<Tester>(cancellations->reasonModel(), Tester::FailureReportingMode::Fatal));
    testers.push_back(std::make_unique<Tester>(cancellations->repModel(), Tester::FailureReportingMode::Fatal));
    window->resize(1366, 768);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
  }

  /// Goes to page `n` with Ctrl+<n>, as a user without a mouse does.
  void press(int n) { QTest::keyClick(window.get(), static_cast<Qt::Key>(Qt::Key_0 + n), Qt::ControlModifier); }

  /// Runs `change` and waits for `page` to show the data it asked for.
  template <class Page>
  bool reloads(Page* page, const std::function<void()>& change) {
    QSignalSpy loaded(page, &Page::loaded);
    change();
    return loaded.count() > 0 || loaded.wait(kTimeoutMs);
  }

  std::vector<kpi::KpiRow> engine(const kpi::KpiQuery& q) {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    auto rows = kpi::KpiEngine(**store).run(q);
    EXPECT_TRUE(rows);
    return rows ? *rows : std::vector<kpi::KpiRow>{};
  }

  QString cell(QAbstractItemModel* m, int row, int column) {
    return m->data(m->index(row, column), Qt::DisplayRole).toString();
  }

  int columnOf(ui::TrendModel* m, const QString& title) {
    for (int c = 1; c < m->columnCount(); ++c)
      if (m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == title) return c;
    return -1;
  }

  void choose(QComboBox* box, const QVariant& data) { box->setCurrentIndex(box->findData(data)); }

  std::unique_ptr<ui::MainWindow> window;
  ui::TrendsPage* trends = nullptr;
  ui::CancellationsPage* cancellations = nullptr;
  std::vector<std::unique_ptr<Tester>> testers;
};

// The window's charts are those `salesops-cli export chart` names, each once: a view's name is the
// name of its chart and the start of the file name its export suggests.
TEST_F(PagesTest, EveryChartOfTheWindowHasItsExportName) {
  QStringList views;
  for (ui::ChartView* view : window->findChildren<ui::ChartView*>()) {
    views << view->objectName();
    EXPECT_TRUE(view->suggestedFileName().startsWith(view->objectName())) << view->objectName().toStdString();
  }
  views.sort();
  QStringList names = charts::chartNames();
  names.sort();
  EXPECT_EQ(views, names);
}

TEST_F(PagesTest, CtrlTwoAndThreeOpenTrendsAndCancellations) {
  press(2);
  EXPECT_EQ(window->currentPage(), trends);
  press(3);
  EXPECT_EQ(window->currentPage(), cancellations);
  press(1);
  EXPECT_EQ(window->currentPage(), window->dailyStart());
}

TEST_F(PagesTest, TrendTableShowsTheEnginesValuesPerWeekAndTeam) {
  ASSERT_TRUE(reloads(trends, [this] { press(2); }));
  ASSERT_TRUE(reloads(trends, [this] { window->filterBar()->setPreset(ui::FilterBar::Last4Weeks); }));
  ASSERT_TRUE(reloads(trends, [this] { choose(trends->splitChoice(), static_cast<int>(kpi::Dimension::Team)); }));
  const kpi::DashboardQuery q = window->filterBar()->query();
  const auto rows = engine(
      {q.period, q.asOf, {kpi::Dimension::Week, kpi::Dimension::Team}, q.filters, std::nullopt, {KpiId::conversion}});
  ui::TrendModel* m = trends->model();
  std::set<std::string> weeks;
  for (const kpi::KpiRow& r : rows) weeks.insert(r.dims[0].text);
  ASSERT_EQ(m->rowCount(), static_cast<int>(weeks.size()));  // 28 days ending on a Friday: 5 ISO weeks
  EXPECT_EQ(m->rowCount(), 5);
  int compared = 0;
  for (const kpi::KpiRow& r : rows) {
    const int row = static_cast<int>(std::distance(weeks.begin(), weeks.find(r.dims[0].text)));
    const int column = columnOf(m, QString::fromStdString(r.dims[1].text));
    ASSERT_GT(column, 0) << r.dims[1].text;  // the demo has fewer teams than the top 5: each its own line
    EXPECT_EQ(cell(m, row, 0).toStdString(), r.dims[0].text);
    EXPECT_EQ(cell(m, row, column), charts::formatKpi(KpiId::conversion, r.now.value(KpiId::conversion)));
    ++compared;
  }
  EXPECT_GT(compared, 10);
  // The chart draws the same columns: one line per team, its points the model's numbers in percent.
  QChart* chart = trends->chartView()->chart();
  ASSERT_EQ(chart->series().size(), m->columnCount() - 1);
  auto* first = qobject_cast<QLineSeries*>(chart->series().front());
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->name(), m->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString());
  ASSERT_GT(first->count(), 0);
  const QPointF p = first->at(0);
  EXPECT_DOUBLE_EQ(p.y(), m->data(m->index(static_cast<int>(p.x()), 1), ui::TrendModel::ValueRole).toDouble() * 100);
}

TEST_F(PagesTest, TrendSplitByRepSumsTheRestAsOneMeasuredLine) {
  ASSERT_TRUE(reloads(trends, [this] { press(2); }));
  ASSERT_TRUE(reloads(trends, [this] { window->filterBar()->setPreset(ui::FilterBar::Last4Weeks); }));
  ASSERT_TRUE(reloads(trends, [this] { choose(trends->splitChoice(), static_cast<int>(kpi::Dimension::Rep)); }));
  const kpi::DashboardQuery q = window->filterBar()->query();
  ui::TrendModel* m = trends->model();
  ASSERT_EQ(m->columnCount(), 1 + 5 + 1);  // period, the top 5 reps, the rest
  std::set<std::string> shown;
  for (int c = 1; c <= 5; ++c) shown.insert(m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
  kpi::KpiFilters rest = q.filters;
  for (const kpi::KpiRow& r :
       engine({q.period, q.asOf, {kpi::Dimension::Rep}, q.filters, std::nullopt, {KpiId::contacts}}))
    if (!shown.count(kpi::memberLabel(r.dims[0]))) rest.reps.push_back(r.dims[0].text);  // "Name (R001)"
  ASSERT_FALSE(rest.reps.empty());
  EXPECT_EQ(m->headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(),
            QString("Other (%1 more)").arg(rest.reps.size()));
  const auto other = engine({q.period, q.asOf, {kpi::Dimension::Week}, rest, std::nullopt, {KpiId::conversion}});
  ASSERT_EQ(static_cast<int>(other.size()), m->rowCount());
  for (int row = 0; row < m->rowCount(); ++row)
    EXPECT_EQ(cell(m, row, 6),
              charts::formatKpi(KpiId::conversion, other[static_cast<size_t>(row)].now.value(KpiId::conversion)));
}

TEST_F(PagesTest, ChangingTheKpiRedrawsChartAndTable) {
  ASSERT_TRUE(reloads(trends, [this] { press(2); }));
  ASSERT_TRUE(reloads(trends, [this] { window->filterBar()->setPreset(ui::FilterBar::Last4Weeks); }));
  ASSERT_TRUE(reloads(trends, [this] { choose(trends->grainChoice(), static_cast<int>(kpi::Dimension::Day)); }));
  const QString conversionTitle = trends->chartView()->chart()->title();
  ASSERT_TRUE(reloads(trends, [this] { choose(trends->kpiChoice(), QStringLiteral("visits")); }));
  ui::TrendModel* m = trends->model();
  EXPECT_EQ(m->kpi(), "visits");
  EXPECT_NE(trends->chartView()->chart()->title(), conversionTitle);
  EXPECT_TRUE(trends->chartView()->chart()->title().startsWith("Visits"));
  const kpi::DashboardQuery q = window->filterBar()->query();
  const auto rows = engine({q.period, q.asOf, {kpi::Dimension::Day}, q.filters, std::nullopt, {KpiId::visits}});
  ASSERT_EQ(m->rowCount(), 28);
  // Days without a row in the engine's answer (no work that day) show no value.
  size_t i = 0;
  for (int row = 0; row < m->rowCount(); ++row) {
    const QString day = m->data(m->index(row, 0), ui::TrendModel::ValueRole).toString();
    if (i < rows.size() && rows[i].dims[0].text == day.toStdString()) {
      EXPECT_EQ(cell(m, row, 1), charts::formatKpi(KpiId::visits, rows[i].now.value(KpiId::visits)))
          << day.toStdString();
      ++i;
    } else {
      EXPECT_EQ(cell(m, row, 1), QString::fromUtf8("\u2014")) << day.toStdString();
    }
  }
  EXPECT_EQ(i, rows.size());
  auto* line = qobject_cast<QLineSeries*>(trends->chartView()->chart()->series().front());
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->count(), static_cast<int>(rows.size()));  // counts are drawn as they are, not in percent
  EXPECT_DOUBLE_EQ(line->at(0).y(), static_cast<double>(rows.front().now.visits));
}

TEST_F(PagesTest, CompareAddsADashedLineWithTheEnginesComparedValues) {
  ASSERT_TRUE(reloads(trends, [this] { press(2); }));
  ASSERT_TRUE(reloads(trends, [this] { window->filterBar()->setPreset(ui::FilterBar::Last4Weeks); }));
  ASSERT_TRUE(
      reloads(trends, [this] { choose(trends->compareChoice(), static_cast<int>(kpi::Comparison::Previous)); }));
  ui::TrendModel* m = trends->model();
  ASSERT_EQ(m->columnCount(), 3);
  EXPECT_TRUE(m->headerData(2, Qt::Horizontal, ui::TrendModel::CompareRole).toBool());
  const kpi::DashboardQuery q = window->filterBar()->query();
  const auto rows =
      engine({q.period, q.asOf, {kpi::Dimension::Week}, q.filters, kpi::Comparison::Previous, {KpiId::conversion}});
  ASSERT_EQ(static_cast<int>(rows.size()), m->rowCount());
  for (int row = 0; row < m->rowCount(); ++row) {
    ASSERT_TRUE(rows[static_cast<size_t>(row)].prev);
    EXPECT_EQ(cell(m, row, 2),
              charts::formatKpi(KpiId::conversion, rows[static_cast<size_t>(row)].prev->value(KpiId::conversion)));
  }
  auto* dashed = qobject_cast<QLineSeries*>(trends->chartView()->chart()->series().at(1));
  ASSERT_NE(dashed, nullptr);
  EXPECT_EQ(dashed->pen().style(), Qt::DashLine);
}

TEST_F(PagesTest, CohortTableShowsTheEnginesRatesPerOrderWeek) {
  ASSERT_TRUE(reloads(cancellations, [this] { press(3); }));
  const kpi::DashboardQuery q = window->filterBar()->query();
  const Period cohortPeriod = kpi::cohortPeriod(q.period.to, 8);
  ui::CohortModel* m = cancellations->cohortModel();
  ASSERT_EQ(m->rowCount(), 8);
  ASSERT_EQ(m->columnCount(), ui::CohortModel::FirstDay + 29);
  int64_t orders = 0;
  int mature = 0;
  for (int row = 0; row < m->rowCount(); ++row) {
    const kpi::Cohort& c = m->cohorts().cohorts[static_cast<size_t>(row)];
    // Each week's orders and cancel rate are the engine's orders and cancel_rate of that week.
    const Period week{std::max(c.week.monday(), cohortPeriod.from), std::min(c.week.sunday(), cohortPeriod.to)};
    const auto rows = engine(
        {week, q.asOf, {}, q.filters, std::nullopt, {KpiId::orders, KpiId::cancel_rate, KpiId::cancel_rate_14d}});
    ASSERT_EQ(rows.size(), 1u);
    const kpi::KpiValues& v = rows[0].now;
    EXPECT_EQ(cell(m, row, ui::CohortModel::Week).toStdString(), week.from.isoWeek().toString());
    EXPECT_EQ(m->data(m->index(row, ui::CohortModel::Orders), ui::CohortModel::ValueRole).toLongLong(), v.orders);
    EXPECT_EQ(cell(m, row, ui::CohortModel::CancelRate),
              charts::formatKpi(KpiId::cancel_rate, v.value(KpiId::cancel_rate)));
    // Day 14 is drawn once every order of the week is 14 days old; then it is the week's cancel_rate_14d.
    if (m->data(m->index(row, ui::CohortModel::FirstDay + 14), ui::CohortModel::ValueRole).isValid()) {
      EXPECT_EQ(cell(m, row, ui::CohortModel::FirstDay + 14),
                charts::formatKpi(KpiId::cancel_rate_14d, v.value(KpiId::cancel_rate_14d)));
      ++mature;
    }
    orders += v.orders;
  }
  EXPECT_GT(orders, 100);
  EXPECT_GE(mature, 5);  // the data ends 27 Nov, as-of is today: at least the 5 oldest weeks are 14 days old
  // The oldest week is old enough for all 28 days; a week's curve never reaches past as-of.
  EXPECT_TRUE(m->data(m->index(0, ui::CohortModel::FirstDay + 28), ui::CohortModel::ValueRole).isValid());
  for (int row = 0; row < m->rowCount(); ++row) {
    const Date monday = m->cohorts().cohorts[static_cast<size_t>(row)].week.monday();
    for (int day = 0; day <= 28; ++day) {
      if (m->data(m->index(row, ui::CohortModel::FirstDay + day), ui::CohortModel::ValueRole).isValid()) {
        EXPECT_LE(monday.addDays(day), q.asOf) << row << " day " << day;
      }
    }
  }
  // One line per week, drawn from the model's day columns.
  QChart* chart = cancellations->chartView()->chart();
  ASSERT_EQ(chart->series().size(), 8);
  auto* oldest = qobject_cast<QLineSeries*>(chart->series().front());
  ASSERT_EQ(oldest->count(), 29);
  EXPECT_DOUBLE_EQ(oldest->at(14).y(),
                   m->data(m->index(0, ui::CohortModel::FirstDay + 14), ui::CohortModel::ValueRole).toDouble() * 100);
}

TEST_F(PagesTest, ReasonAndRepTablesAddUpToTheCohorts) {
  ASSERT_TRUE(reloads(cancellations, [this] { press(3); }));
  const kpi::CancellationCohorts& c = cancellations->cohortModel()->cohorts();
  ui::CancelBreakdownModel* reasons = cancellations->reasonModel();
  ui::CancelBreakdownModel* reps = cancellations->repModel();
  int64_t byReason = 0, byRep = 0, repOrders = 0;
  for (int r = 0; r < reasons->rowCount(); ++r)
    byReason += reasons->data(reasons->index(r, ui::CancelBreakdownModel::Cancelled), Qt::UserRole).toLongLong();
  for (int r = 0; r < reps->rowCount(); ++r) {
    byRep += reps->data(reps->index(r, ui::CancelBreakdownModel::Cancelled), Qt::UserRole).toLongLong();
    repOrders += reps->data(reps->index(r, ui::CancelBreakdownModel::Orders), Qt::UserRole).toLongLong();
  }
  EXPECT_GT(c.cancelled, 0);
  EXPECT_EQ(byReason, c.cancelled);
  EXPECT_EQ(byRep, c.cancelled);
  EXPECT_EQ(repOrders, c.orders);
  // Each rep's cancel rate is the engine's (R007 is the demo's rep with planted cancellations).
  const kpi::DashboardQuery q = window->filterBar()->query();
  const auto rows =
      engine({c.query.period, q.asOf, {kpi::Dimension::Rep}, q.filters, std::nullopt, {KpiId::cancel_rate}});
  std::map<std::string, QString> engineRates;
  for (const kpi::KpiRow& row : rows)
    engineRates[kpi::memberLabel(row.dims[0])] =
        charts::formatKpi(KpiId::cancel_rate, row.now.value(KpiId::cancel_rate));
  ASSERT_EQ(reps->rowCount(), static_cast<int>(rows.size()));
  for (int r = 0; r < reps->rowCount(); ++r)
    EXPECT_EQ(cell(reps, r, ui::CancelBreakdownModel::Rate), engineRates[cell(reps, r, 0).toStdString()]);
  ASSERT_TRUE(engineRates.count("Kevin van Dijk (R007)"));  // reps by name and code
  // As shown, outliers first: sorted by the orders cancelled beyond the other reps' rate, so R007
  // (the planted cancellations) heads the table and every row loses no fewer than the next.
  auto* repTable = cancellations->findChild<QTableView*>("repTable");
  ASSERT_NE(repTable, nullptr);
  const QAbstractItemModel* shown = repTable->model();
  EXPECT_EQ(shown->index(0, 0).data().toString(), "Kevin van Dijk (R007)");
  for (int r = 1; r < shown->rowCount(); ++r)
    EXPECT_GE(
        shown->index(r - 1, ui::CancelBreakdownModel::Excess).data(ui::CancelBreakdownModel::ValueRole).toDouble(),
        shown->index(r, ui::CancelBreakdownModel::Excess).data(ui::CancelBreakdownModel::ValueRole).toDouble())
        << "row " << r;
}

// At both sizes the legend fits in the chart and the window, grabbed as a person sees it, shows the
// trend's lines and the cancellations' bars in their colours.
TEST_F(PagesTest, PagesReadWellAtLaptopAndDesktopSizes) {
  ASSERT_TRUE(reloads(trends, [this] { press(2); }));
  ASSERT_TRUE(reloads(trends, [this] { window->filterBar()->setPreset(ui::FilterBar::Last4Weeks); }));
  ASSERT_TRUE(reloads(trends, [this] { choose(trends->splitChoice(), static_cast<int>(kpi::Dimension::Team)); }));
  ASSERT_TRUE(
      reloads(trends, [this] { choose(trends->compareChoice(), static_cast<int>(kpi::Comparison::Previous)); }));
  for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
    window->resize(size);
    ASSERT_TRUE(reloads(trends, [this] { trends->reload(); }));
    QTest::qWait(50);
    // Every legend entry fits inside the chart.
    QChart* chart = trends->chartView()->chart();
    EXPECT_TRUE(chart->rect().contains(chart->legend()->geometry())) << size.width();
    EXPECT_EQ(uitest::expectShotShowsPage(window->grab(), *window, *trends), 1) << size.width();
    press(3);
    ASSERT_TRUE(reloads(cancellations, [this] { cancellations->reload(); }));
    QTest::qWait(50);
    chart = cancellations->chartView()->chart();
    EXPECT_TRUE(chart->rect().contains(chart->legend()->geometry())) << size.width();
    EXPECT_GE(uitest::expectShotShowsPage(window->grab(), *window, *cancellations), 1) << size.width();
    press(2);
  }
}

TEST(TrendModelTest, PassesTheModelTesterAndGreysSmallDenominators) {
  uitest::app();
  ui::TrendModel model;
  Tester tester(&model, Tester::FailureReportingMode::Fatal);
  kpi::TrendData d;
  d.request.kpi = "conversion";
  d.request.compare = kpi::Comparison::Previous;
  d.periods = {"2026-W47", "2026-W48"};
  kpi::TrendSeries s;
  kpi::KpiValues big, small;
  big.sources = small.sources = kpi::kVisitSource | kpi::kOrderSource;
  big.contacts = 200;
  big.orders = 30;  // 15.0%
  small.contacts = 20;
  small.orders = 5;  // 25.0% of only 20
  s.now = {big, small};
  s.prev = {std::nullopt, big};
  d.series = {s};
  model.setTrend(d);
  ASSERT_EQ(model.rowCount(), 2);
  ASSERT_EQ(model.columnCount(), 3);
  EXPECT_EQ(model.data(model.index(0, 1), Qt::DisplayRole).toString(), "15.0%");
  EXPECT_EQ(model.data(model.index(1, 1), Qt::DisplayRole).toString(), "25.0%");
  EXPECT_FALSE(model.data(model.index(0, 1), Qt::ForegroundRole).isValid());
  EXPECT_TRUE(model.data(model.index(1, 1), Qt::ForegroundRole).isValid());
  EXPECT_EQ(model.data(model.index(1, 1), ui::TrendModel::DenominatorRole).toDouble(), 20.0);
  EXPECT_EQ(model.data(model.index(0, 2), Qt::DisplayRole).toString(), QString::fromUtf8("\u2014"));
  EXPECT_EQ(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), "All");
  EXPECT_EQ(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), "All, period before");
}

}  // namespace
