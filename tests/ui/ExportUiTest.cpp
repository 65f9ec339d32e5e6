// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/ChartExportDialog.h"
#include "models/KpiTableModel.h"
#include "pages/AreaPage.h"
#include "pages/DailyStartPage.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/FilterChips.h"
#include "widgets/table_export_menu.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

#include "salesops/charts/DashboardCharts.h"
#include "salesops/demo/StoreDemoSink.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;

QStringList actionNames(const QMenu* menu) {
  QStringList names;
  for (const QAction* a : menu->actions())
    if (!a->isSeparator()) names << a->objectName();
  return names;
}

class ExportUi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    uitest::app();
    dir_ = new QTemporaryDir;
    path_ = dir_->filePath("demo.sqlite").toStdString();
    auto store = store::Store::open(path_);
    ASSERT_TRUE(store) << store.error().message;
    demo::DemoOptions options;
    options.visits = 6000;
    options.endDate = *Date::fromYmd(2026, 11, 27);
    ASSERT_TRUE(demo::generateIntoStore(**store, options));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override {
    QSettings().clear();
    session = std::make_unique<ui::StoreSession>(QString::fromStdString(path_));
    window = std::make_unique<ui::MainWindow>(*session);
    page = window->dailyStart();
    window->resize(1366, 768);
    QSignalSpy loaded(page, &ui::DailyStartPage::loaded);
    window->show();
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
  }

  ui::ChartView* chart(const QString& name) const { return qobject_cast<ui::ChartView*>(page->chartView(name)); }

  static QTemporaryDir* dir_;
  static std::string path_;
  std::unique_ptr<ui::StoreSession> session;
  std::unique_ptr<ui::MainWindow> window;
  ui::DailyStartPage* page = nullptr;
};
QTemporaryDir* ExportUi::dir_ = nullptr;
std::string ExportUi::path_;

TEST_F(ExportUi, EveryChartsContextMenuHasTheExports) {
  for (const QString& name : charts::dashboardChartNames()) {
    ui::ChartView* view = chart(name);
    ASSERT_NE(view, nullptr) << name.toStdString() << " is a ChartView";
    std::unique_ptr<QMenu> menu(view->createExportMenu(nullptr));
    EXPECT_EQ(actionNames(menu.get()), QStringList({"exportPng", "exportSvg", "exportPdf", "copyChart"}));
  }
  // A right click (it reaches the view through its viewport) opens that menu.
  ui::ChartView* view = chart("funnel");
  QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), view->mapToGlobal(QPoint(20, 20)));
  QApplication::sendEvent(view->viewport(), &event);
  auto* popup = qobject_cast<QMenu*>(QApplication::activePopupWidget());
  ASSERT_NE(popup, nullptr);
  EXPECT_EQ(actionNames(popup), QStringList({"exportPng", "exportSvg", "exportPdf", "copyChart"}));
  popup->close();
}

TEST_F(ExportUi, CopyPutsTheChartOnTheClipboardAtTwiceItsSize) {
  ui::ChartView* view = chart("conversion-trend");
  const QRectF before = view->chart()->geometry();
  QApplication::clipboard()->clear();
  std::unique_ptr<QMenu> menu(view->createExportMenu(nullptr));
  menu->findChild<QAction*>("copyChart")->trigger();
  const QImage image = QApplication::clipboard()->image();
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), view->size() * 2);
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 3)
    for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
  EXPECT_GT(colours.size(), 20) << "a drawn chart, not a blank image";
  EXPECT_EQ(view->chart()->geometry(), before) << "the window's chart is left as it was";
}

TEST_F(ExportUi, ExportToWritesWhatTheWindowShows) {
  ui::ChartView* view = chart("rep-leaderboard");
  const QString svg = dir_->filePath("leaderboard.svg");
  ASSERT_TRUE(view->exportTo(svg, QSize(800, 450)));
  QFile file(svg);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(view->chart()->title()));
  // The file name says the period (the demo's last day) the chart shows.
  EXPECT_EQ(view->suggestedFileName(), "rep-leaderboard-2026-11-27");
}

TEST_F(ExportUi, TheDialogOffersSlideA4AndCustomSizes) {
  ui::ChartView* view = chart("heatmap");
  QList<ui::ChartView*> views{chart("funnel"), view};
  ui::ChartExportDialog dialog(views, view, charts::ImageFormat::Pdf);
  EXPECT_EQ(dialog.chart(), view);
  EXPECT_EQ(dialog.format(), charts::ImageFormat::Pdf);
  EXPECT_EQ(dialog.pixelSize(), QSize(1920, 1080));
  dialog.setPreset(1);
  EXPECT_EQ(dialog.pixelSize(), QSize(1123, 794));
  dialog.setPreset(2);
  EXPECT_EQ(dialog.pixelSize(), view->size()) << "custom starts at the size shown";
}

TEST_F(ExportUi, CtrlEOffersThePagesChartsWithTheMainOneFirst) {
  QAction* exportAction = window->findChild<QAction*>("exportAction");
  ASSERT_NE(exportAction, nullptr);
  EXPECT_EQ(exportAction->shortcut(), QKeySequence("Ctrl+E"));
  EXPECT_TRUE(window->findChild<QToolBar*>("mainToolbar")->actions().contains(exportAction));
  QStringList offered;
  QTimer::singleShot(0, [&] {
    auto* dialog = qobject_cast<ui::ChartExportDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    const auto* choice = dialog->findChild<QComboBox*>("chartChoice");
    for (int i = 0; choice && i < choice->count(); ++i) offered << choice->itemText(i);
    dialog->reject();
  });
  window->activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
  QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
  ASSERT_EQ(offered.size(), charts::dashboardChartNames().size());
  EXPECT_EQ(offered.front(), charts::dashboardChartTitle("conversion-trend"));
}

TEST_F(ExportUi, ChartTitlesAndTableExportsNameTheFilterThatIsSet) {
  ui::ChartView* view = chart("rep-leaderboard");
  const QString title = charts::dashboardChartTitle("rep-leaderboard");
  // The default filter (the last day with data, everyone): its day under the title all the same.
  EXPECT_EQ(view->chart()->title(), title + "<br><small>27 Nov 2026</small>");
  ui::FilterBar* bar = window->filterBar();
  QSignalSpy loaded(page, &ui::DailyStartPage::loaded);
  bar->setPeriod(QDate(2026, 11, 16), QDate(2026, 11, 22));
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  view = chart("rep-leaderboard");
  EXPECT_EQ(view->title(), title);
  EXPECT_EQ(view->chart()->title(), title + "<br><small>16 Nov \u2013 22 Nov 2026</small>");
  EXPECT_EQ(ui::filterSummary(*bar), "16 Nov \u2013 22 Nov 2026");
  // An export draws the line under the chart's own title and leaves the shown one as it was.
  const QString svg = dir_->filePath("filtered.svg");
  ASSERT_TRUE(view->exportTo(svg, QSize(800, 450)));
  QFile file(svg);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QString drawn = QString::fromUtf8(file.readAll());
  EXPECT_TRUE(drawn.contains("22 Nov 2026"));
  EXPECT_EQ(view->chart()->title(), title + "<br><small>16 Nov \u2013 22 Nov 2026</small>");
  EXPECT_EQ(view->suggestedFileName(), "rep-leaderboard-2026-11-16-2026-11-22");

  // A table of the Area page: its export has the same line as its subtitle.
  ui::AreaPage* area = window->areaPage();
  QSignalSpy areaLoaded(area, &ui::AreaPage::loaded);
  emit page->areaActivated("UTR-03");
  ASSERT_TRUE(areaLoaded.wait(kTimeoutMs));
  QAbstractItemView* table = nullptr;
  for (QAbstractItemView* v : area->findChildren<QAbstractItemView*>())
    if (ui::hasTableExportMenu(v) && v->model()->rowCount() > 0) table = v;
  ASSERT_NE(table, nullptr);
  // The page names its area (by name and code) after the period: the rows are of that area.
  EXPECT_EQ(ui::exportTableOf(*table).subtitle, "16 Nov \u2013 22 Nov 2026 \u00b7 Area: Overvecht (UTR-03)");
  // The Imports page follows no filter: its table names none.
  for (QAbstractItemView* v : window->findChildren<QAbstractItemView*>())
    if (ui::hasTableExportMenu(v) && window->pageNamed("imports")->isAncestorOf(v)) {
      EXPECT_EQ(ui::exportTableOf(*v).subtitle, QString());
    }
}

TEST_F(ExportUi, AreaTablesExportExactlyTheirRows) {
  ui::AreaPage* area = window->areaPage();
  QSignalSpy loaded(area, &ui::AreaPage::loaded);
  emit page->areaActivated("UTR-03");
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  QAbstractItemView* table = nullptr;
  for (QAbstractItemView* v : area->findChildren<QAbstractItemView*>())
    if (ui::hasTableExportMenu(v) && v->model()->rowCount() > 0) table = v;
  ASSERT_NE(table, nullptr) << "the area page's tables have the export menu";
  std::unique_ptr<QMenu> menu(ui::createTableExportMenu(table, nullptr));
  EXPECT_EQ(actionNames(menu.get()), QStringList({"exportXlsx", "exportCsv"}));
  const QString csv = dir_->filePath("table.csv");
  ASSERT_TRUE(ui::exportTableTo(*table, csv));
  QFile file(csv);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QStringList lines = QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts);
  const QAbstractItemModel* model = table->model();
  ASSERT_EQ(lines.size(), model->rowCount() + 1);
  QStringList header;
  for (int c = 0; c < model->columnCount(); ++c) header << model->headerData(c, Qt::Horizontal).toString();
  EXPECT_EQ(lines.front(), header.join(','));
  EXPECT_EQ(lines[1].section(',', 0, 0), model->index(0, 0).data().toString());
  // Numbers are the engine's values (the model's ValueRole), exactly, not the shown text read back.
  const QStringList fields = lines[1].split(',');
  int numbers = 0;
  for (int c = 1; c < model->columnCount() && c < fields.size(); ++c) {
    const QVariant v = model->index(0, c).data(ui::KpiTableModel::ValueRole);
    if (v.typeId() != QMetaType::Double) continue;
    EXPECT_EQ(fields[c].toDouble(), v.toDouble()) << "column " << c << ": " << fields[c].toStdString();
    ++numbers;
  }
  EXPECT_GT(numbers, 0);
  EXPECT_TRUE(ui::exportTableTo(*table, dir_->filePath("table.xlsx")));
  // Through the menu as a person does: the save dialog, then the path written in the status bar.
  const QString chosen = dir_->filePath("chosen.csv");
  {
    const uitest::FileDialogAnswer answer(chosen);
    menu->findChild<QAction*>("exportCsv")->trigger();
    EXPECT_TRUE(answer.answered());
  }
  EXPECT_TRUE(QFileInfo::exists(chosen));
  EXPECT_EQ(window->statusBar()->currentMessage(), "Table saved to " + chosen);
}

}  // namespace
