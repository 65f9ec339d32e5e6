// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <fstream>
#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/ImportDialog.h"
#include "models/ImportLogModel.h"
#include "models/RowErrorModel.h"
#include "pages/AreaPage.h"
#include "pages/DailyStartPage.h"
#include "pages/DataQualityPage.h"
#include "pages/ImportsPage.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTableView.h"
#include "widgets/KpiTile.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/KpiEngine.h"

using namespace salesops;

namespace {

using uitest::app;

using uitest::kTimeoutMs;

class WindowTest : public uitest::DemoStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(openDemoStore());
    window = std::make_unique<ui::MainWindow>(*session);
    filters = window->filterBar();
    page = window->dailyStart();
    imports = window->imports();
    window->resize(1366, 768);
    window->show();
  }

  bool waitLoaded() {
    QSignalSpy loaded(page, &ui::DailyStartPage::loaded);
    return loaded.wait(kTimeoutMs);
  }

  std::unique_ptr<ui::MainWindow> window;
  ui::FilterBar* filters = nullptr;
  ui::DailyStartPage* page = nullptr;
  ui::ImportsPage* imports = nullptr;
};

std::string engineValue(const std::string& path, const kpi::DashboardQuery& q, KpiId kpi) {
  auto store = store::Store::open(path, store::OpenMode::ReadOnly);
  kpi::KpiEngine engine(**store);
  auto rows = engine.run({q.period, q.asOf, {}, q.filters, std::nullopt, {kpi}});
  return charts::formatKpi(kpi, rows->front().now.value(kpi)).toStdString();
}

}  // namespace

TEST_F(WindowTest, OpensOnTheLastDayWithDataAndTilesShowTheEnginesNumbers) {
  ASSERT_TRUE(waitLoaded());
  const kpi::DashboardQuery q = filters->query();
  EXPECT_EQ(q.period.from, *Date::fromYmd(2026, 11, 27));  // a Friday: the demo's last day
  EXPECT_EQ(q.period.to, q.period.from);
  // Tiles in order: visits, contacts, orders, conversion, hit_rate.
  EXPECT_EQ(page->tile(0)->valueText().toStdString(), engineValue(path, q, KpiId::visits));
  EXPECT_EQ(page->tile(2)->valueText().toStdString(), engineValue(path, q, KpiId::orders));
  EXPECT_EQ(page->tile(3)->valueText().toStdString(), engineValue(path, q, KpiId::conversion));
  EXPECT_NE(page->tile(0)->valueText(), QString::fromUtf8("\u2014"));
  EXPECT_TRUE(page->tile(3)->toolTip().contains("orders / contacts"));
  for (const QString& name : charts::dashboardChartNames()) {
    QChartView* view = page->chartView(name);
    ASSERT_NE(view, nullptr) << name.toStdString();
    ASSERT_NE(view->chart(), nullptr) << name.toStdString();
    EXPECT_FALSE(view->chart()->series().isEmpty()) << name.toStdString();
  }
}

TEST_F(WindowTest, ChangingTheFilterRedrawsTilesWithTheNewPeriod) {
  ASSERT_TRUE(waitLoaded());
  const QString dayVisits = page->tile(0)->valueText();
  filters->setPreset(ui::FilterBar::Last4Weeks);
  ASSERT_TRUE(waitLoaded());
  const kpi::DashboardQuery q = filters->query();
  EXPECT_EQ(q.period.lengthDays(), 28);
  EXPECT_EQ(page->tile(0)->valueText().toStdString(), engineValue(path, q, KpiId::visits));
  EXPECT_NE(page->tile(0)->valueText(), dayVisits);
}

TEST_F(WindowTest, ClickingAnAreaBarAsksForThatArea) {
  filters->setPreset(ui::FilterBar::LastWeek);
  ASSERT_TRUE(waitLoaded());
  ASSERT_TRUE(page->data().has_value());
  ASSERT_FALSE(page->data()->areas.empty());
  QSignalSpy picked(page, &ui::DailyStartPage::areaActivated);
  QChart* chart = page->chartView("area-conversion")->chart();
  auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().front());
  ASSERT_NE(bars, nullptr);
  // Bar 0 is drawn at the bottom; the chart names its area.
  emit bars->clicked(0, bars->barSets().front());
  ASSERT_EQ(picked.count(), 1);
  EXPECT_EQ(picked.front().front().toString(), charts::barMember(bars->barSets().front(), 0));
  EXPECT_FALSE(picked.front().front().toString().isEmpty());
}

TEST_F(WindowTest, PickingAnAreaOpensItsPageAndBackReturns) {
  filters->setPreset(ui::FilterBar::LastWeek);
  ASSERT_TRUE(waitLoaded());
  ui::AreaPage* area = window->areaPage();
  QSignalSpy areaLoaded(area, &ui::AreaPage::loaded);
  emit page->areaActivated("UTR-03");
  EXPECT_EQ(window->currentPage(), area);
  ASSERT_TRUE(areaLoaded.wait(kTimeoutMs));
  EXPECT_EQ(area->area(), "UTR-03");
  // The reps of UTR-03 last week, each with its visits, and the reps with only matured orders
  // there (their cancel rate 14d): as many rows as the engine gives over both periods.
  auto store = store::Store::open(path, store::OpenMode::ReadOnly);
  kpi::KpiQuery q{filters->query().period, filters->query().asOf, {kpi::Dimension::Rep}, {}, std::nullopt,
                  {KpiId::visits}};
  q.filters.areas = {"UTR-03"};
  auto rows = kpi::KpiEngine(**store).run(q);
  ASSERT_TRUE(rows);
  EXPECT_GT(rows->size(), 0u);
  kpi::KpiQuery matured = q;
  matured.period = kpi::matureCohortPeriod(q.period, q.asOf);
  matured.only = {KpiId::cancel_rate_14d};
  auto cohort = kpi::KpiEngine(**store).run(matured);
  ASSERT_TRUE(cohort);
  kpi::takeMatureCancellations(*rows, *cohort);
  EXPECT_EQ(area->repTable()->model()->rowCount(), static_cast<int>(rows->size()));
  window->activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
  QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
  EXPECT_EQ(window->currentPage(), page);
}

TEST_F(WindowTest, DataQualityPageListsThePlantedProblems) {
  auto store = store::Store::open(path);
  demo::DemoOptions options;
  options.visits = 100;
  options.days = 14;
  options.seed = 3;
  options.endDate = *Date::fromYmd(2026, 11, 27);
  options.dataQualityIssues = true;
  ASSERT_TRUE(demo::generateIntoStore(**store, options));
  ui::DataQualityPage* quality = window->dataQuality();
  quality->reload();
  QTreeWidget* tree = quality->tree();
  const auto unknownReps = [tree] {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
      if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == "unknown_reps")
        return tree->topLevelItem(i)->text(1).toLongLong();
    return qlonglong{-1};
  };
  EXPECT_TRUE(QTest::qWaitFor([&] { return unknownReps() > 0; }, kTimeoutMs)) << unknownReps();
}

TEST_F(WindowTest, ImportThroughTheDialogShowsTheCountsAndRefreshes) {
  ASSERT_TRUE(waitLoaded());
  const std::string csv = dir.filePath("visits.csv").toStdString();
  std::ofstream(csv) << "visit_id,visited_at,rep_id,area,outcome,channel\n"
                        "X1,2026-11-27 10:00,R001,UTR-01,sale,htl\n"
                        "X2,2026-11-27 10:05,R001,UTR-01,maybe,htl\n";
  // A reject file from before, being fixed: kept, and the dialog names the new one.
  std::ofstream(dir.filePath("visits.rejected.csv").toStdString()) << "fixed\n";
  auto* dialog = window->openImportDialog({QString::fromStdString(csv)});
  QSignalSpy finished(dialog, &ui::ImportDialog::importFinished);
  QSignalSpy refreshed(page, &ui::DailyStartPage::loaded);
  dialog->startImport();
  ASSERT_TRUE(finished.wait(kTimeoutMs));
  const QAbstractItemModel* results = dialog->resultsTable()->model();
  const auto text = [&](int row, int column) { return results->index(row, column).data().toString(); };
  ASSERT_EQ(results->rowCount(), 1);
  EXPECT_EQ(text(0, 2), "1");  // inserted
  EXPECT_EQ(text(0, 5), "1");  // rejected: outcome "maybe"
  EXPECT_TRUE(text(0, 6).endsWith(dir.filePath("visits.rejected-2.csv"))) << text(0, 6).toStdString();
  EXPECT_EQ(QFile(dir.filePath("visits.rejected.csv")).size(), 6);
  // The rejected row's reason is what a person reads: the columns before it stay at most 160 pixels
  // (a long file path in full in its tooltip) and the reason wraps instead of running off.
  QTableView* errors = nullptr;
  for (QTableView* t : dialog->findChildren<QTableView*>())
    if (t->model() && t->model()->columnCount() == ui::RowErrorModel::ColumnCount && t != dialog->resultsTable())
      errors = t;
  ASSERT_NE(errors, nullptr);
  ASSERT_EQ(errors->model()->rowCount(), 1);
  for (int c = 0; c < ui::RowErrorModel::Reason; ++c) EXPECT_LE(errors->columnWidth(c), 160) << c;
  EXPECT_TRUE(errors->wordWrap());
  ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(kTimeoutMs));
  // The Imports page, hidden meanwhile, reads again when shown and lists the one import.
  EXPECT_TRUE(imports->stale());
  window->showPage(imports);
  EXPECT_TRUE(QTest::qWaitFor([this] { return imports->model()->rowCount() == 1; }, kTimeoutMs));
}

TEST_F(WindowTest, CancellingAnImportChangesNothing) {
  ASSERT_TRUE(waitLoaded());
  const std::string csv = dir.filePath("big.csv").toStdString();
  {
    std::ofstream out(csv);
    out << "visit_id,visited_at,rep_id,area,outcome,channel\n";
    for (int i = 0; i < 300000; ++i) out << "B" << i << ",2026-11-26 12:00,R001,UTR-01,not_home,htl\n";
  }
  auto before = store::Store::open(path, store::OpenMode::ReadOnly);
  const store::TableCounts counts = (*before)->counts();
  auto* dialog = window->openImportDialog({QString::fromStdString(csv)});
  QSignalSpy finished(dialog, &ui::ImportDialog::importFinished);
  dialog->startImport();
  dialog->cancelImport();
  ASSERT_TRUE(finished.wait(kTimeoutMs));
  const QAbstractItemModel* results = dialog->resultsTable()->model();
  ASSERT_EQ(results->rowCount(), 1);
  EXPECT_TRUE(results->index(0, 6).data().toString().startsWith("Cancelled"))
      << results->index(0, 6).data().toString().toStdString();
  EXPECT_EQ((*before)->counts(), counts);
}

TEST_F(WindowTest, ImportDialogReadsCrFilesAndMixedEncodingsAsTheCommandLineDoes) {
  ASSERT_TRUE(waitLoaded());
  // Copies: the import writes its reject file next to the input.
  const QString cr = dir.filePath("cr-reps.csv");
  const QString mixed = dir.filePath("mixed-encoding-reps.csv");
  ASSERT_TRUE(QFile::copy(QString(SALESOPS_TEST_DATA) + "/cr/reps.csv", cr));
  ASSERT_TRUE(QFile::copy(QString(SALESOPS_TEST_DATA) + "/mixed-encoding-reps.csv", mixed));
  auto* dialog = window->openImportDialog({cr, mixed});
  // The preview of the first file: lone-CR line ends give its two rows, not one long header.
  const QAbstractItemModel* preview = dialog->previewTable()->model();
  ASSERT_TRUE(QTest::qWaitFor([&] { return preview->rowCount() == 2; }, kTimeoutMs)) << preview->rowCount();
  EXPECT_EQ(preview->index(0, 2).data().toString(), "Team Noord");
  EXPECT_EQ(preview->index(1, 1).data().toString(), "Bram Jansen");
  QSignalSpy finished(dialog, &ui::ImportDialog::importFinished);
  dialog->startImport();
  ASSERT_TRUE(finished.wait(kTimeoutMs));
  const QAbstractItemModel* results = dialog->resultsTable()->model();
  ASSERT_EQ(results->rowCount(), 2);
  const auto number = [&](int row, int column) { return results->index(row, column).data().toInt(); };
  // The demo store has reps of these ids: rows count as inserted, updated or unchanged.
  const auto stored = [&](int row) { return number(row, 2) + number(row, 3) + number(row, 4); };
  EXPECT_EQ(stored(0), 2);  // both reps of the CR file
  EXPECT_EQ(number(0, 5), 0);
  EXPECT_EQ(stored(1), 3);     // the UTF-8 rows of the mixed file
  EXPECT_EQ(number(1, 5), 1);  // rejected: the line that is not UTF-8
}

TEST(ImportLogModelTest, PassesTheModelTester) {
  app();
  ui::ImportLogModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  kpi::ImportLogRow e;
  e.fileName = "visits.csv";
  e.inserted = 1234;
  model.setEntries({e, e});
  EXPECT_EQ(model.rowCount(), 2);
  EXPECT_EQ(model.data(model.index(0, ui::ImportLogModel::Inserted), Qt::DisplayRole).toString(), "1,234");
}

TEST(Fonts, LabelsAreDrawnWithARealFont) {
  app();
  // Without fontconfig and a TTF font Qt draws every glyph as a box and says nothing.
  EXPECT_FALSE(QFontDatabase::families().isEmpty());
  QFontMetrics metrics(QApplication::font());
  EXPECT_TRUE(metrics.inFont(QChar('A')));
  EXPECT_TRUE(metrics.inFont(QChar(0x20AC)));  // the euro sign of revenue tiles
  EXPECT_GT(metrics.horizontalAdvance("Conversion"), metrics.horizontalAdvance("C") * 5);
}
