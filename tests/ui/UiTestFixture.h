// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace salesops::uitest {

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

}  // namespace salesops::uitest
