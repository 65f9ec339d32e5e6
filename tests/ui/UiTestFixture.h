// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>
#include <memory>
#include <string>

#include "window/Settings.h"
#include "window/StoreSession.h"

#include "salesops/demo/StoreDemoSink.h"

namespace salesops::uitest {

/// How long a widget test waits for a page, an import or a dialog before it fails.
inline constexpr int kTimeoutMs = 30000;

// QApplication for the whole binary (one for every test file); offscreen, with settings kept away
// from the user's and from the other test processes ctest runs at the same time (a filter saved by
// one must not be the starting filter of another).
inline QApplication& app() {
  static int argc = 1;
  static char name[] = "ui_tests";
  static char* argv[] = {name, nullptr};
  static QApplication* instance = [] {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    auto* a = new QApplication(argc, argv);
    QCoreApplication::setOrganizationName("SalesOpsTest");
    QCoreApplication::setApplicationName("ui_tests");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return a;
  }();
  return *instance;
}

/// Answers the next modal file dialogs as a user does, from the moment it is made until it is
/// destroyed: `path` typed into the dialog's file-name box, then Open or Save. Not
/// QFileDialog::selectFile: that leaves the box alone once the box has focus, which under load arrives
/// before the first tick, and accept() then sees no file (1 run in 40 failed so). After 20 s any modal
/// still open is rejected, so a test fails instead of waiting for ctest's timeout.
class FileDialogAnswer {
 public:
  explicit FileDialogAnswer(QString path) : path_(std::move(path)) {
    QObject::connect(&poll_, &QTimer::timeout, [this] {
      QWidget* modal = QApplication::activeModalWidget();
      if (++ticks_ > 400) {
        if (auto* other = qobject_cast<QDialog*>(modal)) other->reject();
        return;
      }
      auto* dialog = qobject_cast<QFileDialog*>(modal);
      if (!dialog) return;
      auto* name = dialog->findChild<QLineEdit*>("fileNameEdit");  // the box's name in Qt's qfiledialog.ui
      if (!name) return;
      dialogName_ = dialog->objectName();
      answered_ = true;
      name->setText(path_);
      static_cast<QDialog*>(dialog)->accept();  // QFileDialog::accept, public through QDialog
    });
    poll_.start(50);
  }
  /// Whether a file dialog was shown and answered, and the object name of the last one.
  bool answered() const { return answered_; }
  const QString& dialogName() const { return dialogName_; }

 private:
  QString path_;
  QString dialogName_;
  QTimer poll_;
  int ticks_ = 0;
  bool answered_ = false;
};

/// Makes a demo store at `path`: `visits` visits over `days` days ending Friday 27 November 2026,
/// the same data every run. Fails the test (fatally, from the caller's ASSERT_NO_FATAL_FAILURE or
/// SetUp) when it cannot.
inline void makeDemoStore(const std::string& path, int visits = 6000, int days = 56) {
  auto store = store::Store::open(path);
  ASSERT_TRUE(store) << store.error().message;
  demo::DemoOptions options;
  options.visits = visits;
  options.days = days;
  options.endDate = *Date::fromYmd(2026, 11, 27);
  ASSERT_TRUE(demo::generateIntoStore(**store, options));
}

/// A test on a demo store of its own in a temporary folder, with cleared settings and a session on
/// that store (a window, if any, is the derived fixture's, and is destroyed before the session).
class DemoStoreTest : public ::testing::Test {
 protected:
  void openDemoStore(int visits = 6000, int days = 56) {
    app();
    ui::settings::forgetRunOnlyValues();
    QSettings().clear();
    ASSERT_TRUE(dir.isValid());
    path = dir.filePath("demo.sqlite").toStdString();
    ASSERT_NO_FATAL_FAILURE(makeDemoStore(path, visits, days));
    session = std::make_unique<ui::StoreSession>(QString::fromStdString(path));
  }

  QTemporaryDir dir;
  std::string path;
  std::unique_ptr<ui::StoreSession> session;
};

}  // namespace salesops::uitest
