// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCommand.h"

#include <cstdio>
#include <filesystem>

#include "ProgressBar.h"

#include "salesops/store/ConnectionString.h"
#include "salesops/store/StoreFiles.h"
#ifdef SALESOPS_WITH_POSTGRESQL
#include "salesops/store/pg/StoreCopy.h"
#endif

namespace salesops::cli {
namespace {

#ifdef SALESOPS_WITH_POSTGRESQL
// The SQLite side of a copy into a file: an existing store (which the copy refuses unless it is
// empty) or a new one, which a failed copy removes again so that nothing is left behind.
struct FileTarget {
  std::unique_ptr<store::Store> store;
  bool created = false;
};

Result<FileTarget> openFileTarget(const std::string& path) {
  std::error_code ec;
  FileTarget t;
  t.created = !std::filesystem::exists(std::filesystem::symlink_status(path, ec));
  auto s = store::Store::open(path, t.created ? store::OpenMode::Create : store::OpenMode::ReadWrite);
  if (!s) return s.error();
  if ((*s)->readOnly())
    return makeError(path + ": the store is read-only (" + (*s)->readOnlyReason() + "); nothing was changed");
  t.store = std::move(*s);
  return t;
}

void removeCreated(FileTarget& t) {
  if (!t.created || !t.store) return;
  const std::string path = t.store->path();
  t.store.reset();
  std::error_code ec;
  for (const auto& f : store::storeFiles(path)) std::filesystem::remove(f.path, ec);
}

void printCopied(const store::CopiedRows& rows, const std::string& from, const std::string& to) {
  int64_t total = 0;
  for (const auto& [table, n] : rows) total += n;
  std::printf("copied %lld rows from %s to %s\n", static_cast<long long>(total), from.c_str(), to.c_str());
  for (const auto& [table, n] : rows) std::printf("  %-13s %lld\n", table.c_str(), static_cast<long long>(n));
}
#endif

}  // namespace

int runCopy(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Copy a whole store between a SQLite file and a PostgreSQL team server, exactly: every row with its\n"
      "ids, the import log and the rollups, so every KPI is the same afterwards. The target must be empty\n"
      "(a new file, an empty database, or a store without rows); a failed copy changes nothing.");
  CliContext::addCommonOptions(parser);
  parser.addOption({"from", "The store to copy: a SQLite file or a PostgreSQL connection.", "STORE"});
  parser.addOption({"to", "The empty store to copy into: a SQLite file or a PostgreSQL connection.", "STORE"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.isSet("from") || !parser.isSet("to") || !parser.positionalArguments().isEmpty()) {
    printError("copy: expected --from STORE --to STORE (see --help)");
    return kFailed;
  }
  if (!context.dbPath.empty()) {
    printError("copy: the stores are given with --from and --to, not --db");
    return kFailed;
  }
  const std::string from = parser.value("from").toStdString();
  const std::string to = parser.value("to").toStdString();
  const bool fromServer = store::isServerConnection(from);
  if (fromServer == store::isServerConnection(to)) {
    printError("copy: one of --from and --to must be a SQLite file and the other a PostgreSQL team server");
    return kFailed;
  }
#ifdef SALESOPS_WITH_POSTGRESQL
  ProgressBar bar("copy", context.quiet);
  const store::CopyProgress progress = [&bar](uint64_t done, uint64_t total) { bar.update(done, total); };
  if (!fromServer) {
    auto source = store::Store::open(from, store::OpenMode::ReadOnly);
    if (!source) {
      printError(source.error().message);
      return kFailed;
    }
    auto target = store::PgStore::open(to, store::OpenMode::Create);
    if (!target) {
      printError(target.error().message);
      return kFailed;
    }
    auto copied = store::copyToServer(**source, **target, progress);
    bar.finish();
    if (!copied) {
      printError(copied.error().message);
      return kFailed;
    }
    printCopied(*copied, from, (*target)->name());
    return kOk;
  }
  auto source = store::PgStore::open(from, store::OpenMode::ReadOnly);
  if (!source) {
    printError(source.error().message);
    return kFailed;
  }
  auto target = openFileTarget(to);
  if (!target) {
    printError(target.error().message);
    return kFailed;
  }
  auto copied = store::copyFromServer(**source, *target->store, progress);
  bar.finish();
  if (!copied) {
    removeCreated(*target);
    printError(copied.error().message);
    return kFailed;
  }
  printCopied(*copied, (*source)->name(), to);
  return kOk;
#else
  printError("copy: this salesops-cli was built without PostgreSQL support (SALESOPS_POSTGRESQL=OFF)");
  return kFailed;
#endif
}

}  // namespace salesops::cli
