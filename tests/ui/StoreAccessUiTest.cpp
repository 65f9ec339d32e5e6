// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window and a store it cannot write, a path with no store, and work that throws.
#include <QAction>
#include <QEventLoop>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>
#include <stdexcept>

#include "UiTestFixture.h"
#include "dialogs/MissingStoreDialog.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

using namespace salesops;

namespace {

using uitest::app;

// Answers the next modal box with `answer`, as a user at the keyboard would.
ui::MissingStoreChoice answerWith(const std::function<void(QMessageBox&)>& answer) {
  QTimer::singleShot(0, [answer] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), "No SalesOps store at /data/typo.sqlite");
    answer(*box);
  });
  return ui::askAboutMissingStore("/data/typo.sqlite");
}

}  // namespace

TEST(MissingStoreDialog, OffersCreateOpenAnotherAndQuitFromTheKeyboard) {
  app();
  EXPECT_EQ(answerWith([](QMessageBox& box) { QTest::keyClick(&box, Qt::Key_Escape); }), ui::MissingStoreChoice::Quit);
  EXPECT_EQ(answerWith([](QMessageBox& box) { QTest::keyClick(&box, Qt::Key_C); }), ui::MissingStoreChoice::Create);
  EXPECT_EQ(answerWith([](QMessageBox& box) { QTest::keyClick(&box, Qt::Key_O); }),
            ui::MissingStoreChoice::OpenAnother);
  // Enter takes the default, which is not to create a store at what may be a typo.
  EXPECT_EQ(answerWith([](QMessageBox& box) { QTest::keyClick(&box, Qt::Key_Return); }),
            ui::MissingStoreChoice::OpenAnother);
}

TEST(ReadOnlyWindow, SaysReadOnlyAndTurnsImportingOffWithTheReason) {
  app();
  QTemporaryDir dir;
  const std::string path = dir.filePath("s.sqlite").toStdString();
  ASSERT_NO_FATAL_FAILURE(uitest::makeDemoStore(path, 500, 14));
  ui::StoreSession session(QString::fromStdString(path));
  session.setReadOnly("no write access to the file or its folder");
  ui::MainWindow window(session);
  auto* label = window.statusBar()->findChild<QLabel*>("readOnly");
  ASSERT_NE(label, nullptr);
  EXPECT_EQ(label->text(), "Read-only");
  const QString why =
      "The store is read-only: no write access to the file or its folder. Importing is off; the "
      "data can be viewed.";
  EXPECT_EQ(label->toolTip(), why);
  int importActions = 0;
  for (QAction* action : window.findChildren<QAction*>()) {
    if (action->text() != "&Import exports…") continue;
    ++importActions;
    EXPECT_FALSE(action->isEnabled());
    EXPECT_EQ(action->toolTip(), why);
  }
  EXPECT_EQ(importActions, 1);
  EXPECT_FALSE(window.acceptDrops());

  ui::StoreSession writable(QString::fromStdString(path));
  ui::MainWindow normal(writable);
  EXPECT_EQ(normal.statusBar()->findChild<QLabel*>("readOnly"), nullptr);
  EXPECT_TRUE(normal.acceptDrops());
}

// Work on a worker thread that throws reaches the page as an error, not as an exception in its slot.
TEST(StoreSessionRead, AnExceptionInTheWorkComesBackAsAnError) {
  app();
  QTemporaryDir dir;
  const std::string path = dir.filePath("s.sqlite").toStdString();
  ASSERT_NO_FATAL_FAILURE(uitest::makeDemoStore(path, 500, 14));
  ui::StoreSession session(QString::fromStdString(path));
  QObject context;
  QEventLoop loop;
  std::optional<Result<int>> got;
  session.read<int>(
      &context, [](kpi::ReadSession&) -> Result<int> { throw std::runtime_error("boom"); },
      [&](Result<int> r) {
        got = std::move(r);
        loop.quit();
      });
  QTimer::singleShot(30000, &loop, &QEventLoop::quit);
  loop.exec();
  ASSERT_TRUE(got.has_value());
  ASSERT_FALSE(*got);
  EXPECT_EQ(got->error().message, "unexpected error: boom");
}
