// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

#include "Appearance.h"
#include "AppPaths.h"
#include "Logging.h"
#include "MainWindow.h"
#include "StoreSession.h"
#include "WindowHost.h"
#include "salesops/demo/StoreDemoSink.h"

using namespace salesops;

namespace {

// The demo store ends yesterday, so the daily start always has a "yesterday": it is made again
// when it was made on another day.
Result<std::string> prepareDemoStore() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  const QString path = QDir(dir).filePath("demo.sqlite");
  const QFileInfo info(path);
  if (info.exists() && info.lastModified().date() == QDate::currentDate()) return path.toStdString();
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + suffix);
  auto store = store::Store::open(path.toStdString());
  if (!store) return store.error();
  demo::DemoOptions options;
  const QDate yesterday = QDate::currentDate().addDays(-1);
  options.endDate = *Date::fromYmd(yesterday.year(), yesterday.month(), yesterday.day());
  options.dataQualityIssues = true;
  if (auto r = demo::generateIntoStore(**store, options); !r) return r.error();
  return path.toStdString();
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication application(argc, argv);
  app::setApplicationIdentity();
  app::setUpLogging("salesops", false);
  // The installed desktop entry's name, so task bars and Wayland compositors match the window to it.
  QGuiApplication::setDesktopFileName("nl.salesops.Dashboard");
  QIcon icon;
  for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
    icon.addFile(QString(":/icons/%1x%1/nl.salesops.Dashboard.png").arg(size));
  QApplication::setWindowIcon(icon);
  // Before the first translated text (the --help output included); --language changes it below.
  ui::applyLanguage(ui::storedLanguage());

  QCommandLineParser parser;
  parser.setApplicationDescription(QObject::tr("Sales operations dashboard"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addOption({"db", QObject::tr("The store file (default: salesops.sqlite in the app-data folder)."), "FILE"});
  parser.addOption({"demo", QObject::tr("Open a store of demo data (made if needed).")});
  parser.addOption({"language", QObject::tr("The language: system, en or nl (remembered; default: system)."),
                    "LANGUAGE"});
  parser.addOption({"palette", QObject::tr("The palette: system, light or dark (remembered; default: system)."),
                    "PALETTE"});
  parser.process(application);
  if (parser.isSet("language")) {
    ui::storeLanguage(ui::languageFromCode(parser.value("language")));
    ui::applyLanguage(ui::storedLanguage());
  }
  if (parser.isSet("palette")) ui::storePalette(ui::paletteFromCode(parser.value("palette")));
  ui::applyPalette(ui::storedPalette());

  std::string path = parser.isSet("db") ? parser.value("db").toStdString() : app::defaultStorePath();
  if (parser.isSet("demo")) {
    auto demoPath = prepareDemoStore();
    if (!demoPath) {
      QMessageBox::critical(nullptr, QObject::tr("SalesOps Dashboard"),
                            QObject::tr("Cannot make the demo store: %1").arg(QString::fromStdString(demoPath.error().message)));
      return 2;
    }
    path = *demoPath;
  }
  {
    // Opening read-write once creates or upgrades the store (with a backup) before any page reads it.
    auto store = store::Store::open(path);
    if (!store) {
      QMessageBox::critical(nullptr, QObject::tr("SalesOps Dashboard"), QString::fromStdString(store.error().message));
      return 2;
    }
  }

  ui::StoreSession session(QString::fromStdString(path));
  ui::WindowHost host(session);
  host.window()->show();
  return application.exec();
}
