// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <exception>
#include <optional>

#include "AppPaths.h"
#include "Logging.h"
#include "dialogs/MissingStoreDialog.h"
#include "window/LaunchOptions.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"
#include "window/WindowHost.h"
#include "window/appearance.h"

#include "salesops/core/QtDate.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/store/Store.h"

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
  options.endDate = fromQDate(yesterday);
  options.dataQualityIssues = true;
  if (auto r = demo::generateIntoStore(**store, options); !r) return r.error();
  return path.toStdString();
}

// The last line of defence for the rule that no exception leaves a slot: worker results come back as
// error values (ui::guarded), and whatever still escapes an event handler is reported here instead
// of ending the program with the user's work.
class GuardedApplication : public QApplication {
 public:
  using QApplication::QApplication;
  bool notify(QObject* receiver, QEvent* event) override {
    try {
      return QApplication::notify(receiver, event);
    } catch (const std::exception& e) {
      report(e.what());
    } catch (...) {
      report("unknown exception");
    }
    return false;
  }

 private:
  static void report(const QString& what) {
    qCritical("unexpected error: %s", qUtf8Printable(what));
    QTimer::singleShot(0, [what] {
      QMessageBox::critical(nullptr, QObject::tr("SalesOps Dashboard"),
                            QObject::tr("Unexpected error: %1. The last action may not have finished.").arg(what));
    });
  }
};

void showError(const std::string& message) {
  QMessageBox::critical(nullptr, QObject::tr("SalesOps Dashboard"), QString::fromStdString(message));
}

// The store the window shows: an existing one (upgraded when older, read-only when it cannot be
// written). A path with no store is the user's to decide: create one there, pick another, or quit;
// the window never creates one unasked. Empty when the user quits or the store is refused.
struct ChosenStore {
  std::string path;
  QString readOnlyReason;
  QString name;        ///< a server's connection without its password
  QString signedInAs;  ///< on a team server: who, and which teams
};

std::optional<ChosenStore> chooseStore(std::string path) {
  for (;;) {
    // Opening writable once upgrades an older store (with a backup) before any page reads it.
    auto store = store::Store::open(path, store::OpenMode::ReadWrite);
    if (store) {
      const store::Store& s = **store;
      return ChosenStore{path, QString::fromStdString(s.readOnlyReason()), QString::fromStdString(s.path()),
                         QString::fromStdString(s.signedInAs())};
    }
    const QFileInfo info(QString::fromStdString(path));
    if (info.exists() && info.size() > 0) {
      showError(store.error().message);
      return std::nullopt;
    }
    switch (ui::askAboutMissingStore(QString::fromStdString(path))) {
      case ui::MissingStoreChoice::Create:
        if (auto created = store::Store::open(path, store::OpenMode::Create); !created)
          showError(created.error().message);
        break;
      case ui::MissingStoreChoice::OpenAnother: {
        const QString chosen =
            QFileDialog::getOpenFileName(nullptr, QObject::tr("Open a SalesOps store"), info.absolutePath(),
                                         QObject::tr("SalesOps stores (*.sqlite *.db);;All files (*)"));
        if (!chosen.isEmpty()) path = chosen.toStdString();
        break;
      }
      case ui::MissingStoreChoice::Quit:
        return std::nullopt;
    }
  }
}

// The window's options, described in the current language.
void describeOptions(QCommandLineParser& parser) {
  parser.setApplicationDescription(QObject::tr("Sales operations dashboard"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addOption({"db",
                    QObject::tr("The store: a file (default: salesops.sqlite in the app-data folder) or a team "
                                "server (postgresql://user@host/database or service=NAME)."),
                    "STORE"});
  parser.addOption({"demo", QObject::tr("Open a store of demo data (made if needed).")});
  parser.addOption(
      {"language", QObject::tr("The language: system, en or nl (remembered; default: system)."), "LANGUAGE"});
  parser.addOption(
      {"palette", QObject::tr("The palette: system, light or dark (remembered; default: system)."), "PALETTE"});
  ui::addLaunchOptions(parser);
}

// --help, --version and a command line that is wrong are answered on the terminal, before the
// QApplication (which needs a display, and aborts without one): they work over ssh, in a container
// and in scripts. Returns the exit code when the program is done, nullopt to open the window.
std::optional<int> answerWithoutWindow(int argc, char* argv[], ui::LaunchOptions& launch) {
  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  QCommandLineParser parser;
  describeOptions(parser);
  if (!parser.parse(args)) {
    std::fprintf(stderr, "salesops: %s (see --help)\n", qUtf8Printable(parser.errorText()));
    return 2;
  }
  if (parser.isSet("help") || parser.isSet("help-all") || parser.isSet("version")) {
    QCoreApplication application(argc, argv);
    app::setApplicationIdentity();
    ui::applyLanguage(parser.isSet("language") ? ui::languageFromCode(parser.value("language")) : ui::storedLanguage());
    QCommandLineParser translated;  // the same options, described in the user's language
    describeOptions(translated);
    translated.process(application);  // prints and exits
    return 0;
  }
  auto options = ui::readLaunchOptions(parser);
  if (!options) {
    std::fprintf(stderr, "salesops: %s\n", options.error().message.c_str());
    return 2;
  }
  launch = *options;
  return std::nullopt;
}

}  // namespace

int main(int argc, char* argv[]) {
  app::setApplicationIdentity();
  ui::LaunchOptions launch;
  if (const auto done = answerWithoutWindow(argc, argv, launch)) return *done;

  GuardedApplication application(argc, argv);
  app::setApplicationIdentity();
  app::setUpLogging("salesops", false);
  // The installed desktop entry's name, so task bars and Wayland compositors match the window to it.
  QGuiApplication::setDesktopFileName("nl.salesops.Dashboard");
  QIcon icon;
  for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
    icon.addFile(QString(":/icons/%1x%1/nl.salesops.Dashboard.png").arg(size));
  QApplication::setWindowIcon(icon);
  // Before the first translated text; --language changes it below.
  ui::applyLanguage(ui::storedLanguage());

  QCommandLineParser parser;
  describeOptions(parser);
  parser.process(application);
  if (parser.isSet("language")) {
    ui::storeLanguage(ui::languageFromCode(parser.value("language")));
    ui::applyLanguage(ui::storedLanguage());
  }
  if (parser.isSet("palette")) ui::storePalette(ui::paletteFromCode(parser.value("palette")));
  ui::applyPalette(ui::storedPalette());
  ui::applyLaunchFilters(launch);

  std::string path = parser.isSet("db") ? parser.value("db").toStdString() : app::defaultStorePath();
  if (parser.isSet("demo")) {
    auto demoPath = prepareDemoStore();
    if (!demoPath) {
      showError(QObject::tr("Cannot make the demo store: %1")
                    .arg(QString::fromStdString(demoPath.error().message))
                    .toStdString());
      return 2;
    }
    path = *demoPath;
  }
  const auto chosen = chooseStore(path);
  if (!chosen) return 2;

  ui::StoreSession session(QString::fromStdString(chosen->path));
  session.setReadOnly(chosen->readOnlyReason);
  session.setIdentity(chosen->name, chosen->signedInAs);
  ui::WindowHost host(session);
  // "Open demo data" on an empty store: the demo in a window of its own; this store stays as it is.
  const auto offerDemo = [](ui::MainWindow* window) {
    QObject::connect(window, &ui::MainWindow::demoRequested,
                     [] { QProcess::startDetached(QCoreApplication::applicationFilePath(), {"--demo"}); });
    // A team server in a window of its own too. A typed password reaches it in its environment
    // (PGPASSWORD, which libpq reads), never on its command line, where `ps` would show it.
    QObject::connect(window, &ui::MainWindow::serverRequested, [](const QString& connection, const QString& password) {
      QProcess process;
      process.setProgram(QCoreApplication::applicationFilePath());
      process.setArguments({"--db", connection});
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      if (!password.isEmpty()) environment.insert("PGPASSWORD", password);
      process.setProcessEnvironment(environment);
      process.startDetached();
    });
  };
  offerDemo(host.window());
  QObject::connect(&host, &ui::WindowHost::windowRemade, offerDemo);
  ui::openLaunchPage(*host.window(), launch);
  host.window()->show();
  return application.exec();
}
