// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's command line (--page and filters), Ctrl+O straight to the file chooser, Help's KPI
// glossary and shortcut list, and the import preview's values as read.
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <fstream>
#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/import_preview.h"
#include "pages/SlicePage.h"
#include "widgets/FilterBar.h"
#include "window/LaunchOptions.h"
#include "window/MainWindow.h"
#include "window/Settings.h"
#include "window/StoreSession.h"
#include "window/appearance.h"

#include "salesops/core/KpiCatalogue.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;

Result<ui::LaunchOptions> parse(const QStringList& args) {
  QCommandLineParser parser;
  ui::addLaunchOptions(parser);
  EXPECT_TRUE(parser.parse(QStringList{"salesops"} + args)) << parser.errorText().toStdString();
  return ui::readLaunchOptions(parser);
}

TEST(LaunchOptions, ReadsThePageAndFilters) {
  const auto o = parse({"--page", "team", "--from", "2026-11-16", "--to", "2026-11-22", "--team", "Team Zuid"});
  ASSERT_TRUE(o) << o.error().message;
  EXPECT_EQ(o->page, "team");
  EXPECT_EQ(o->from, QDate(2026, 11, 16));
  EXPECT_EQ(o->to, QDate(2026, 11, 22));
  EXPECT_EQ(o->team, "Team Zuid");
  EXPECT_TRUE(o->setsFilters());
  // One day: --from alone.
  const auto day = parse({"--from", "2026-11-20"});
  ASSERT_TRUE(day);
  EXPECT_EQ(day->to, QDate(2026, 11, 20));
  EXPECT_FALSE(parse({"--rep", "R007"})->setsFilters());  // the filter bar has no rep filter
  const auto stand = parse({"--channel", "htl", "--city", "Utrecht"});
  ASSERT_TRUE(stand);
  EXPECT_EQ(stand->channel, "htl");
  EXPECT_EQ(stand->city, "Utrecht");
  EXPECT_TRUE(stand->setsFilters());
}

TEST(LaunchOptions, RefusesUnknownPagesBadDatesAndBackwardPeriods) {
  const auto page = parse({"--page", "sales"});
  ASSERT_FALSE(page);
  EXPECT_NE(page.error().message.find("--page must be one of daily, trends, cancellations, area, team, rep, quality, "
                                      "imports, not 'sales'"),
            std::string::npos)
      << page.error().message;
  EXPECT_FALSE(parse({"--from", "20-11-2026"}));
  EXPECT_FALSE(parse({"--channel", "bus"}));
  EXPECT_FALSE(parse({"--from", "2026-11-31"}));
  const auto backwards = parse({"--from", "2026-11-22", "--to", "2026-11-16"});
  ASSERT_FALSE(backwards);
  EXPECT_NE(backwards.error().message.find("--to (2026-11-16) is before --from (2026-11-22)"), std::string::npos);
}

class LaunchWindow : public uitest::DemoStoreTest {
 protected:
  void SetUp() override { ASSERT_NO_FATAL_FAILURE(openDemoStore(3000, 28)); }
  void open() {
    window = std::make_unique<ui::MainWindow>(*session);
    window->resize(1366, 768);
    window->show();
  }
  void TearDown() override {
    ui::settings::forgetRunOnlyValues();
    QSettings().clear();
  }

  std::unique_ptr<ui::MainWindow> window;
};

TEST_F(LaunchWindow, OpensOnTheTeamPageOfTheTeamNamedOverThePeriodNamed) {
  const auto o = parse({"--page", "team", "--from", "2026-11-16", "--to", "2026-11-22", "--team", "Team Zuid"});
  ASSERT_TRUE(o);
  ui::applyLaunchFilters(*o);
  open();
  ui::openLaunchPage(*window, *o);
  EXPECT_EQ(window->currentPage(), window->teamPage());
  EXPECT_EQ(window->teamPage()->member(), "Team Zuid");
  ui::FilterBar* bar = window->filterBar();
  QSignalSpy changed(bar, &ui::FilterBar::changed);
  if (!bar->ready()) {
    ASSERT_TRUE(changed.wait(kTimeoutMs));
  }
  const kpi::DashboardQuery q = bar->query();
  EXPECT_EQ(q.period.from.toString(), "2026-11-16");
  EXPECT_EQ(q.period.to.toString(), "2026-11-22");
  EXPECT_EQ(q.filters.teams, std::vector<std::string>{"Team Zuid"});
  EXPECT_TRUE(q.filters.areas.empty());
}

TEST_F(LaunchWindow, ACommandLineFilterHoldsForThatRunAndLeavesTheSavedFilterAsItWas) {
  // Yesterday the user left the window on Team Noord over the last 4 weeks.
  ui::settings::filterTeam.set("Team Noord");
  ui::settings::filterPreset.set(ui::FilterBar::Last4Weeks);
  const auto o = parse({"--page", "team", "--team", "Team Zuid"});
  ASSERT_TRUE(o);
  ui::applyLaunchFilters(*o);
  open();
  ui::FilterBar* bar = window->filterBar();
  QSignalSpy changed(bar, &ui::FilterBar::changed);
  if (!bar->ready()) {
    ASSERT_TRUE(changed.wait(kTimeoutMs));
  }
  EXPECT_EQ(bar->query().filters.teams, std::vector<std::string>{"Team Zuid"});
  EXPECT_EQ(bar->query().period.lengthDays(), 28);  // the remembered period: no --from given
  EXPECT_EQ(QSettings().value("filters/team").toString(), "Team Noord");
  // Changing the period in this run is remembered; the command line's team still is not.
  bar->setPreset(ui::FilterBar::LastWeek);
  EXPECT_EQ(QSettings().value("filters/preset").toInt(), ui::FilterBar::LastWeek);
  EXPECT_EQ(QSettings().value("filters/team").toString(), "Team Noord");
  EXPECT_EQ(bar->query().filters.teams, std::vector<std::string>{"Team Zuid"});
  // The next run, without options, opens on the user's own filter.
  ui::settings::forgetRunOnlyValues();
  EXPECT_EQ(ui::settings::filterTeam.get(), "Team Noord");
}

TEST_F(LaunchWindow, EveryPageNameOpensItsPage) {
  open();
  for (const QString& name : ui::launchPageNames()) {
    QWidget* page = window->pageNamed(name);
    ASSERT_NE(page, nullptr) << name.toStdString();
    ui::LaunchOptions o;
    o.page = name;
    ui::openLaunchPage(*window, o);
    EXPECT_EQ(window->currentPage(), page) << name.toStdString();
  }
  EXPECT_EQ(window->pageNamed("sales"), nullptr);
  // --rep alone opens the Rep page on that rep.
  ui::LaunchOptions rep;
  rep.rep = "R007";
  ui::openLaunchPage(*window, rep);
  EXPECT_EQ(window->currentPage(), window->repPage());
  EXPECT_EQ(window->repPage()->member(), "R007");
}

// `salesops --page area` (or team, rep) with nothing named: the page opens on what the daily start
// points at, or before that has loaded on the first of its picker, never on an empty page with an
// empty picker.
TEST_F(LaunchWindow, ADrillPageOpenedWithNothingNamedShowsWhatTheDailyStartPointsAt) {
  open();
  ui::LaunchOptions o;
  o.page = "area";
  ui::openLaunchPage(*window, o);
  ASSERT_EQ(window->currentPage(), window->areaPage());
  QTRY_VERIFY_WITH_TIMEOUT(!window->areaPage()->area().isEmpty(), kTimeoutMs);
  // What the daily start points at, read for it while it stays hidden: an area with work in the
  // period (on a team server the first of the picker was, for a lead, an area their teams never saw).
  ASSERT_TRUE(window->dailyStart()->data());
  int64_t visits = 0;
  for (const kpi::KpiRow& r : window->dailyStart()->data()->areas)
    if (QString::fromStdString(r.dims.front().text) == window->areaPage()->area()) visits = r.now.visits;
  EXPECT_GT(visits, 0) << window->areaPage()->area().toStdString();
  o.page = "team";
  ui::openLaunchPage(*window, o);
  QTRY_VERIFY_WITH_TIMEOUT(!window->teamPage()->member().isEmpty(), kTimeoutMs);
}

TEST_F(LaunchWindow, CtrlOOpensTheFileChooserAndThenTheImportDialogWithTheFile) {
  open();
  const QString csv = dir.filePath("visits.csv");
  std::ofstream(csv.toStdString()) << "visit_id,visited_at,rep_id,area,outcome,channel\nV1,2026-11-27 10:00,R001,"
                                      "UTR-01,sale,htl\n";
  {
    const uitest::FileDialogAnswer answer(csv);
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier);
    EXPECT_EQ(answer.dialogName(), "importFileChooser");
  }
  auto* dialog = window->findChild<ui::ImportDialog*>();
  ASSERT_NE(dialog, nullptr) << "the import dialog opens with the file chosen";
  auto* files = dialog->findChild<QListWidget*>();
  ASSERT_NE(files, nullptr);
  ASSERT_EQ(files->count(), 1);
  EXPECT_TRUE(files->item(0)->text().contains("visits.csv")) << files->item(0)->text().toStdString();
  dialog->close();
}

TEST_F(LaunchWindow, HelpListsEveryKpiAndEveryShortcut) {
  open();
  ui::HelpDialog help(window.get(), ui::HelpDialog::Tab::Glossary);
  QTableWidget* glossary = help.glossary();
  ASSERT_EQ(glossary->rowCount(), static_cast<int>(kpiCatalogue().size()));
  int conversion = -1;
  for (int r = 0; r < glossary->rowCount(); ++r)
    if (glossary->item(r, 1)->text() == "conversion") conversion = r;
  ASSERT_GE(conversion, 0);
  EXPECT_EQ(glossary->item(conversion, 0)->text(), "Conversion");
  EXPECT_EQ(glossary->item(conversion, 2)->text(), "orders / contacts");
  EXPECT_EQ(glossary->item(conversion, 3)->text().toStdString(), std::string(findKpi("conversion")->definitionEn));

  QTableWidget* keys = help.shortcuts();
  QMap<QString, QString> byKey;
  for (int r = 0; r < keys->rowCount(); ++r) byKey[keys->item(r, 0)->text()] = keys->item(r, 1)->text();
  EXPECT_EQ(byKey.value("Ctrl+O"), "Import exports");
  EXPECT_EQ(byKey.value("Ctrl+E"), "Export");
  EXPECT_EQ(byKey.value("Ctrl+1"), "Daily start");
  EXPECT_EQ(byKey.value("Ctrl+8"), "Imports");
  EXPECT_EQ(byKey.value("F1"), "KPI glossary");
}

TEST(LaunchHelp, TheGlossaryIsInDutchWhenTheWindowIs) {
  uitest::app();
  QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
  ui::HelpDialog help(nullptr, ui::HelpDialog::Tab::Glossary);
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
  const int rows = help.glossary()->rowCount();
  for (int r = 0; r < rows; ++r)
    if (help.glossary()->item(r, 1)->text() == "conversion") {
      EXPECT_EQ(help.glossary()->item(r, 3)->text().toStdString(), std::string(findKpi("conversion")->definitionNl));
    }
}

TEST(ImportPreview, ValuesAreShownAsTheImportReadsThem) {
  const QLocale en(QLocale::English, QLocale::UnitedKingdom), nl(QLocale::Dutch, QLocale::Netherlands);
  EXPECT_EQ(ui::previewValue("ordered_at", "08-10-2026 17:45", en), "8 Oct 2026 17:45");
  EXPECT_EQ(ui::previewValue("ordered_at", "2026-10-08T17:45:30", en), "8 Oct 2026 17:45:30");
  EXPECT_EQ(ui::previewValue("installed_at", "15/01/2027", en), "15 Jan 2027");
  // Dutch money puts a (no-break) space after the euro sign.
  EXPECT_EQ(ui::previewValue("monthly_fee", "42,50", nl).replace(QChar(0xA0), QLatin1Char(' ')),
            QString::fromUtf8("€ 42,50"));
  EXPECT_EQ(ui::previewValue("monthly_fee", "42.5", en), QString::fromUtf8("€42.50"));
  EXPECT_EQ(ui::previewValue("first_time_right", "ja", en), "yes");
  EXPECT_EQ(ui::previewValue("bundling_threshold", "40%", en), "40.0%");
  EXPECT_EQ(ui::previewValue("postcode", "3512 ab", en), "3512AB");
  // What does not read is shown as written: the import rejects that row, and says why.
  EXPECT_EQ(ui::previewValue("ordered_at", "31-02-2026 10:00", en), "31-02-2026 10:00");
  EXPECT_EQ(ui::previewValue("rep_id", "R012", en), "R012");
}

TEST(CsvDialectOfTheWindow, DutchWritesForDutchExcel) {
  EXPECT_EQ(ui::csvDialectFor(QLocale(QLocale::Dutch, QLocale::Netherlands)), ingest::CsvDialect::ExcelNl);
  EXPECT_EQ(ui::csvDialectFor(QLocale(QLocale::Dutch, QLocale::Belgium)), ingest::CsvDialect::ExcelNl);
  EXPECT_EQ(ui::csvDialectFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), ingest::CsvDialect::Rfc4180);
}

}  // namespace
