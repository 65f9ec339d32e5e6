// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/WeeklyReportDialog.h"
#include "window/StoreSession.h"

#include "salesops/demo/StoreDemoSink.h"

using namespace salesops;

namespace {}  // namespace

TEST(WeeklyReportDialog, StartsOnTheLastCompleteWeekAndWritesThePack) {
  uitest::app();
  QTemporaryDir dir;
  const std::string path = dir.filePath("june.sqlite").toStdString();
  {
    auto store = store::Store::open(path);
    ASSERT_TRUE(store) << store.error().message;
    demo::DemoOptions options;
    options.visits = 4000;
    options.days = 28;
    options.endDate = *Date::fromYmd(2026, 6, 14);  // a Sunday, long before the test runs
    ASSERT_TRUE(demo::generateIntoStore(**store, options));
  }
  ui::StoreSession session(QString::fromStdString(path));
  ui::WeeklyReportDialog dialog(session);
  QSignalSpy ready(&dialog, &ui::WeeklyReportDialog::weekReady);
  dialog.show();
  ASSERT_TRUE(ready.wait(30000));
  EXPECT_EQ(dialog.week(), (IsoWeek{2026, 24}));
  EXPECT_TRUE(dialog.findChild<QLabel*>("weekLabel")->text().startsWith("Week 24 (2026-W24)"));
  EXPECT_TRUE(dialog.outputPath().endsWith("weekly-start-2026-W24.pdf"));

  const QString pdf = dir.filePath("pack.pdf");
  dialog.setOutputPath(pdf);
  QSignalSpy finished(&dialog, &ui::WeeklyReportDialog::exportFinished);
  dialog.findChild<QPushButton*>("export")->click();
  ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
  const int pages = finished.takeFirst().at(0).toInt();
  EXPECT_GE(pages, 7) << dialog.findChild<QLabel*>("status")->text().toStdString();
  EXPECT_GT(QFileInfo(pdf).size(), 10000);
  EXPECT_TRUE(dialog.findChild<QPushButton*>("openPdf")->isVisible());
  EXPECT_TRUE(dialog.findChild<QLabel*>("status")->text().contains("pack.pdf"));
  // For looking at: the dialog as the user sees it after an export.
  dialog.grab().save(QDir(QDir::tempPath()).filePath("salesops-weekly-report-dialog.png"));
}
