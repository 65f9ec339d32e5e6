// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchCommand.h"

#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <thread>

#include "ImportCommand.h"

#include "salesops/ingest/WatchedFolder.h"
#include "salesops/store/Importer.h"
#include "salesops/store/Store.h"

namespace salesops::cli {
namespace {

std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int) { stopRequested = true; }

// SIGINT and SIGTERM (Ctrl+C, systemctl stop) end the watch between two files; the file being
// imported is finished first. SA_RESETHAND: a second signal ends the program at once, which is
// safe too (an import killed mid-file leaves the store as it was).
void catchStopSignals() {
  struct sigaction action {};
  action.sa_handler = requestStop;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int64_t steadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Sleeps up to `ms`, waking early when a stop was asked for.
void pause(int64_t ms) {
  const int64_t until = steadyMs() + ms;
  while (!stopRequested && steadyMs() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min<int64_t>(100, until - steadyMs())));
}

std::optional<int64_t> secondsOption(const QCommandLineParser& parser, const char* name) {
  bool ok = false;
  const double seconds = parser.value(name).toDouble(&ok);
  if (!ok || seconds < 0 || seconds > 86400) {
    printError(std::string("watch: --") + name + " must be a number of seconds from 0 to 86400");
    return std::nullopt;
  }
  return static_cast<int64_t>(seconds * 1000);
}

// Says what became of one file, on stderr and in the log, and returns its exit code.
int report(const std::string& path, const Result<store::ImportReport>& r) {
  if (!r) {
    printError("watch: " + r.error().message);
    spdlog::warn("watch: {}", r.error().message);
    return kSomeRejected;
  }
  if (r->status == store::ImportReport::Status::AlreadyImported) {
    const std::string line = path + ": imported before (import " + std::to_string(r->earlier->id) + ", " +
                             r->earlier->fileName + "): not imported again";
    printError("watch: " + line);
    spdlog::info("watch: {}", line);
    return kOk;
  }
  printImportSummary(*r);
  std::fflush(stdout);
  spdlog::info("watch: {}: {} {}, {} inserted, {} updated, {} unchanged, {} rejected", path,
               r->status == store::ImportReport::Status::Imported ? "imported" : "refused", toString(r->kind),
               r->inserted, r->updated, r->unchanged, r->rejected);
  return r->status != store::ImportReport::Status::Imported || r->rejected > 0 ? kSomeRejected : kOk;
}

}  // namespace

int runWatch(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Import each new or changed export (.csv, .tsv, .xlsx) in DIR once it is complete: once its size and "
      "modification time stayed the same for the settle time. Each file in one transaction with a reject file "
      "as `import` writes; a content imported before (the import log's hash) is not imported again. Symbolic "
      "links, unreadable files and files that are not exports are named and left alone. Runs until SIGINT or "
      "SIGTERM, which stop it between two files; with --once it looks twice, the settle time apart, imports what "
      "is complete and exits: 0 when every export is imported, 1 when some rows or files were rejected or a "
      "file was still being written, 2 on a usage or store error.");
  CliContext::addCommonOptions(parser);
  parser.addOption({"once", "Import what is complete now and exit (for scripts and timers)."});
  parser.addOption({"settle", "Seconds a file must stay unchanged before it is imported.", "SECONDS", "5"});
  parser.addOption({"interval", "Seconds between two looks at the folder (without --once).", "SECONDS", "2"});
  parser.addOption({"strict", "Any bad row rejects the whole file."});
  parser.addPositionalArgument("DIR", "The exports folder.", "DIR");
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (parser.positionalArguments().size() != 1) {
    printError("watch: give exactly one folder (see --help)");
    return kFailed;
  }
  const auto settle = secondsOption(parser, "settle");
  const auto interval = secondsOption(parser, "interval");
  if (!settle || !interval) return kFailed;
  const QString dirArg = parser.positionalArguments().first();
  if (!QFileInfo(dirArg).isDir()) {
    printError("watch: " + dirArg.toStdString() + " is not a folder");
    return kFailed;
  }
  // The store `import` writes to: a SQLite file or the team's PostgreSQL server.
  auto store = context.openImportTarget(store::OpenMode::ReadWrite);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  if (const auto* local = dynamic_cast<const store::Store*>(store->get()); local && local->readOnly()) {
    printError("watch: the store is read-only (" + local->readOnlyReason() + "); nothing can be imported");
    return kFailed;
  }

  const std::string dir = QFileInfo(dirArg).absoluteFilePath().toStdString();
  ingest::WatchedFolder folder(dir, *settle);
  store::ImportOptions options;
  options.source = "watch " + dir;
  options.skipImported = true;
  options.strict = parser.isSet("strict");
  const bool once = parser.isSet("once");
  stopRequested = false;
  catchStopSignals();
  spdlog::info("watch: watching {} (settle {} ms)", dir, *settle);

  int exitCode = kOk;
  bool folderError = false;
  // One look: says what is ignored, imports what is ready, in name order, stopping between files.
  const auto look = [&]() {
    auto events = folder.scan(steadyMs());
    if (!events) {
      // Said once until it can be read again: a share that is away for a while does not fill the log.
      if (!folderError) printError("watch: " + events.error().message);
      if (!folderError) spdlog::warn("watch: {}", events.error().message);
      folderError = true;
      exitCode = kFailed;
      return;
    }
    folderError = false;
    for (const ingest::WatchEvent& e : *events) {
      if (stopRequested) return;
      if (e.type == ingest::WatchEvent::Type::Ignored) {
        printError("watch: " + e.path + ": " + e.reason);
        spdlog::info("watch: {}: {}", e.path, e.reason);
        if (e.problem) exitCode = std::max<int>(exitCode, kSomeRejected);
        continue;
      }
      exitCode = std::max(exitCode, report(e.path, store::importFile(**store, e.path, options)));
    }
  };

  look();
  if (once) {
    if (*settle > 0 && !folder.settling().empty()) {
      pause(*settle);
      if (!stopRequested) look();
    }
    const std::string prefix = "watch: " + dir + "/";
    for (const std::string& name : folder.settling()) {
      std::string message = prefix;
      message.append(name).append(": still being written; left for the next run");
      printError(message);
      exitCode = std::max<int>(exitCode, kSomeRejected);
    }
  } else {
    while (!stopRequested) {
      pause(std::max<int64_t>(*interval, 100));  // --interval 0 looks ten times a second, no faster
      if (!stopRequested) look();
    }
  }
  if (stopRequested) {
    printError("watch: stopped");
    spdlog::info("watch: stopped");
  }
  return exitCode;
}

}  // namespace salesops::cli
