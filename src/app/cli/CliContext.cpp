// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include <cstdio>

#include "AppPaths.h"

#include "salesops/store/ConnectionString.h"
#ifdef SALESOPS_WITH_POSTGRESQL
#include "salesops/store/pg/PgStore.h"
#endif

namespace salesops::cli {

void CliContext::addCommonOptions(QCommandLineParser& parser) {
  parser.addOption({"db",
                    "The store: a SQLite file (default: salesops.sqlite in the app-data folder) or a PostgreSQL "
                    "team server (postgresql://user@host:port/db or service=NAME).",
                    "FILE|URL"});
  parser.addOption({"quiet", "No progress output."});
  parser.addOption({{"h", "help"}, "Show this help."});
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& args, bool& helpShown) {
  helpShown = false;
  if (!parser.parse(args)) {
    printError(parser.errorText().toStdString() + " (see --help)");
    return false;
  }
  if (parser.isSet("help")) {
    std::fputs(parser.helpText().toStdString().c_str(), stdout);
    helpShown = true;
    return true;
  }
  if (parser.isSet("db")) dbPath = parser.value("db").toStdString();
  if (parser.isSet("quiet")) quiet = true;
  return true;
}

Result<std::unique_ptr<store::Store>> CliContext::openStore(store::OpenMode mode) const {
  const std::string path = dbPath.empty() ? app::defaultStorePath() : dbPath;
  // A team server opens through the same Store, reading through its PostgreSQL reader; a server is
  // never created here (`server init` does that).
  auto store = store::Store::open(path, mode);
  if (store && mode == store::OpenMode::Create && (*store)->readOnly() && !(*store)->onServer())
    return makeError(path + ": the store is read-only (" + (*store)->readOnlyReason() + "); nothing was changed");
  return store;
}

Result<std::unique_ptr<store::ImportTarget>> CliContext::openImportTarget(store::OpenMode mode) const {
#ifdef SALESOPS_WITH_POSTGRESQL
  if (store::isServerConnection(dbPath)) {
    auto server = store::PgStore::open(dbPath, mode);
    if (!server) return server.error();
    return std::unique_ptr<store::ImportTarget>(std::move(*server));
  }
#endif
  auto local = openStore(mode);
  if (!local) return local.error();
  return std::unique_ptr<store::ImportTarget>(std::move(*local));
}

void printError(const std::string& message) { std::fprintf(stderr, "salesops-cli: %s\n", message.c_str()); }

}  // namespace salesops::cli
