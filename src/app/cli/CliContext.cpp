// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include <cstdio>

#include "AppPaths.h"

namespace salesops::cli {

void CliContext::addCommonOptions(QCommandLineParser& parser) {
  parser.addOption({"db", "The store file (default: salesops.sqlite in the app-data folder).", "FILE"});
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
  auto store = store::Store::open(path, mode);
  if (store && mode == store::OpenMode::Create && (*store)->readOnly())
    return makeError(path + ": the store is read-only (" + (*store)->readOnlyReason() + "); nothing was changed");
  return store;
}

void printError(const std::string& message) { std::fprintf(stderr, "salesops-cli: %s\n", message.c_str()); }

}  // namespace salesops::cli
