// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings > Watch folder (issue 16 item 2): the setting drives the window host's folder watcher,
// which imports each complete export once, with its source in the import log.
#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "models/ImportLogModel.h"
#include "window/FolderWatcher.h"
#include "window/MainWindow.h"
#include "window/Settings.h"
#include "window/SettingsMenu.h"
#include "window/StoreSession.h"
#include "window/WindowHost.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;

const char kVisits[] =
    "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n"
    "V1,2026-11-03 17:45,R001,UTR-01,sale,d2d,3512 AB,10\n"
    "V2,2026-11-03 18:05,R001,UTR-01,not_home,d2d,3512AB,12A\n";

void write(const QString& path, const QByteArray& text) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(text);
}

class WatchFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    uitest::app();
    QSettings().clear();
    ui::settings::watchSettleSeconds.set(0);  // ready at the first look: the test need not wait
    path = dir.filePath("s.sqlite");
    // An empty store: what the watched folder brings is all there is.
    auto store = store::Store::open(path.toStdString());
    ASSERT_TRUE(store);
    session = std::make_unique<ui::StoreSession>(path);
    exports = dir.filePath("exports");
    ASSERT_TRUE(QDir().mkpath(exports));
  }
  void TearDown() override { QSettings().clear(); }

  std::vector<store::ImportLogEntry> importLog() const {
    auto store = store::Store::open(path.toStdString(), store::OpenMode::ReadOnly);
    return (*store)->importLog();
  }

  QTemporaryDir dir;
  QString path, exports;
  std::unique_ptr<ui::StoreSession> session;
};

}  // namespace

TEST_F(WatchFolderTest, TheSettingStartsTheWatchAndAnExportIsImportedOnceWithItsSource) {
  ui::WindowHost host(*session);
  EXPECT_EQ(host.folderWatcher()->folder(), "");
  auto* menu = host.window()->findChild<ui::SettingsMenu*>();
  ASSERT_NE(menu, nullptr);
  EXPECT_FALSE(menu->stopWatchingAction()->isEnabled());

  QSignalSpy imported(host.folderWatcher(), &ui::FolderWatcher::imported);
  write(exports + "/visits.csv", kVisits);
  write(exports + "/notes.txt", "not an export");
  menu->setWatchFolder(exports);  // what Settings > Watch folder… does once a folder is picked
  EXPECT_EQ(ui::settings::watchFolder.get(), exports);
  EXPECT_EQ(host.folderWatcher()->folder(), QDir(exports).absolutePath());
  EXPECT_TRUE(menu->stopWatchingAction()->isEnabled());
  ASSERT_TRUE(imported.count() > 0 || imported.wait(kTimeoutMs));

  const auto outcomes = imported.at(0).at(0).value<QList<ui::ImportOutcome>>();
  ASSERT_EQ(outcomes.size(), 1);
  ASSERT_TRUE(outcomes[0].report) << outcomes[0].error.toStdString();
  EXPECT_EQ(outcomes[0].report->inserted, 2);
  auto log = importLog();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].fileName, "visits.csv");
  EXPECT_EQ(log[0].source, "watch " + QDir(exports).absolutePath().toStdString());
  EXPECT_EQ(ui::ImportLogModel::sourceName(log[0].source), "watched folder " + QDir(exports).absolutePath());

  // The same content under another name is known: nothing is imported, nothing logged.
  write(exports + "/visits-copy.csv", kVisits);
  ASSERT_TRUE(imported.wait(kTimeoutMs));
  const auto again = imported.last().at(0).value<QList<ui::ImportOutcome>>();
  ASSERT_EQ(again.size(), 1);
  EXPECT_EQ(again[0].report->status, kpi::ImportSummary::Status::AlreadyImported);
  EXPECT_EQ(importLog().size(), 1u);

  // Stop watching: the setting is gone and the watcher is off.
  menu->stopWatchingAction()->trigger();
  EXPECT_EQ(ui::settings::watchFolder.get(), "");
  EXPECT_EQ(host.folderWatcher()->folder(), "");
  EXPECT_FALSE(menu->stopWatchingAction()->isEnabled());
}

TEST_F(WatchFolderTest, AWatchFolderSetBeforeIsWatchedWhenTheWindowOpens) {
  ui::settings::watchFolder.set(exports);
  write(exports + "/visits.csv", kVisits);
  ui::WindowHost host(*session);
  EXPECT_EQ(host.folderWatcher()->folder(), QDir(exports).absolutePath());
  QSignalSpy imported(host.folderWatcher(), &ui::FolderWatcher::imported);
  ASSERT_TRUE(imported.count() > 0 || imported.wait(kTimeoutMs));
  EXPECT_EQ(importLog().size(), 1u);
}

TEST_F(WatchFolderTest, AReadOnlyStoreWatchesNothing) {
  ui::settings::watchFolder.set(exports);
  session->setReadOnly(QStringLiteral("opened read-only"));
  ui::WindowHost host(*session);
  EXPECT_EQ(host.folderWatcher()->folder(), "");
}
