// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store and file texts are shown as written wherever a label or box could take them for markup:
// a store in a folder named "<b>&" shows "<b>&", not a bold nothing.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/MissingStoreDialog.h"
#include "dialogs/WeeklyReportDialog.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

using namespace salesops;

namespace {

using uitest::kTimeoutMs;

// What a person reads in `label`: its text as Qt draws it, markup resolved when Qt takes it for rich text.
QString shownText(const QLabel& label) {
  const bool rich =
      label.textFormat() == Qt::RichText || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(label.text()));
  if (!rich) return label.text();
  QTextDocument doc;
  doc.setHtml(label.text());
  return doc.toPlainText();
}

// A folder whose name is markup, and in it a file of 600 bytes that is no SQLite database.
class MarkupPath : public ::testing::Test {
 protected:
  void SetUp() override {
    uitest::app();
    ASSERT_TRUE(QDir(dir.path()).mkdir("<b>&"));
    junk = QDir(dir.filePath("<b>&")).filePath("store.sqlite");
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(600, 'x'));
  }

  QTemporaryDir dir;
  QString junk;
};

TEST_F(MarkupPath, TheStatusBarAndTheFilterBarShowTheStorePathAsWritten) {
  ui::StoreSession session(junk);
  ui::MainWindow window(session);
  auto* store = window.statusBar()->findChild<QLabel*>("storePath");
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(shownText(*store), "Store: " + junk);
  auto* problem = window.findChild<QLabel*>("storeProblem");
  ASSERT_NE(problem, nullptr);
  // The filter bar reads the store's choices off the UI thread and says why it cannot.
  for (int i = 0; i < kTimeoutMs / 100 && problem->text().isEmpty(); ++i) QTest::qWait(100);
  EXPECT_EQ(shownText(*problem), "Cannot read the store: " + junk +
                                     " is not a SalesOps store (not an SQLite database); it was left untouched");
}

TEST_F(MarkupPath, TheWeeklyPackDialogSaysWhyItCannotReadTheStoreWithThePathAsWritten) {
  ui::StoreSession session(junk);
  ui::WeeklyReportDialog dialog(session);
  QSignalSpy ready(&dialog, &ui::WeeklyReportDialog::weekReady);
  dialog.show();
  ASSERT_TRUE(ready.count() > 0 || ready.wait(kTimeoutMs));
  auto* status = dialog.findChild<QLabel*>("status");
  ASSERT_NE(status, nullptr);
  EXPECT_EQ(shownText(*status), "Cannot read the store: " + junk +
                                    " is not a SalesOps store (not an SQLite database); it was left untouched");
}

TEST_F(MarkupPath, TheMissingStoreQuestionNamesThePathAsWritten) {
  const QString missing = QDir(dir.filePath("<b>&")).filePath("typo.sqlite");
  QString shown;
  QTimer::singleShot(0, [&shown] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    ASSERT_NE(box, nullptr);
    if (auto* label = box->findChild<QLabel*>("qt_msgbox_label")) shown = shownText(*label);
    box->reject();
  });
  ui::askAboutMissingStore(missing);
  EXPECT_EQ(shown, "No SalesOps store at " + QDir::toNativeSeparators(missing));
}

}  // namespace
