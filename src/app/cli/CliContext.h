// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <string>

#include "salesops/store/Store.h"

namespace salesops::cli {

/// Exit codes that outside scripts rely on (cli contract).
enum ExitCode : int {
  kOk = 0,
  kSomeRejected = 1,  ///< done, but some rows were rejected or some checks found problems
  kFailed = 2,        ///< usage error, unreadable or refused file, store error: nothing changed
};

/// What every command shares: the options common to all, the store, and how to report.
struct CliContext {
  std::string dbPath;
  bool quiet = false;

  /// Adds --db, --quiet and --help to a command's parser.
  static void addCommonOptions(QCommandLineParser& parser);
  /// Parses a command's arguments; on a usage error prints it with the command's help hint and
  /// returns false (exit kFailed). `--help` prints the help and sets `helpShown`.
  bool parse(QCommandLineParser& parser, const QStringList& args, bool& helpShown);

  /// The store at --db. Only the commands that write it (`import`, `demo`) pass Create, and they alone
  /// may create a store; they refuse one that can only be read ("the store is read-only"). Every other
  /// command gets "no SalesOps store at PATH" on a missing path.
  Result<std::unique_ptr<store::Store>> openStore(store::OpenMode mode) const;
  /// The store at --db as `import` needs it: the SQLite store as openStore gives it, or the
  /// PostgreSQL team store (the commands that run on either).
  Result<std::unique_ptr<store::ImportTarget>> openImportTarget(store::OpenMode mode) const;
};

/// Prints to stderr (messages and errors go there; results go to stdout).
void printError(const std::string& message);

}  // namespace salesops::cli
