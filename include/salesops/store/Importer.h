// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/FileParser.h"
#include "salesops/ingest/Rows.h"
#include "salesops/store/ImportTarget.h"
#include "salesops/store/StoreWriter.h"

namespace salesops::store {

struct ImportOptions {
  std::optional<FileKind> kind;  ///< detected from the header when not given
  bool strict = false;           ///< any bad row rejects the whole file
  /// Where rejected rows go; default `NAME.rejected.csv` next to the input. Written only when rows
  /// were rejected, whole, after the commit (or a --strict refusal), never over an existing file
  /// or through a symlink (the next free name, `NAME.rejected-2.csv`, ..., is used), and refused
  /// when it is the input or the store.
  std::optional<std::string> rejectFile;
  /// Runs the whole import in its transaction and rolls it back: the report says what the import
  /// would do; the store, the import log and the reject file are left alone.
  bool dryRun = false;
  size_t maxChanges = 20;  ///< updated rows a dry run reports with their old and new values
  std::map<std::string, std::string> columnOverrides;
  std::string sheet;  ///< the sheet of an .xlsx workbook to import; empty: its first
  /// Recorded in the import log: how the file came in (see ImportLogEntry::source).
  std::string source;
  /// A file whose exact content (hash and size) the import log already holds is not imported
  /// again: the report says AlreadyImported and names that import. For a watched folder, where a
  /// file seen again (after a restart, a copy, a touch) must not be imported twice.
  bool skipImported = false;
  size_t batchRows = 0;    ///< rows parsed per batch; 0: the store's choice (ImportTarget::batchRows)
  size_t maxErrors = 100;  ///< errors kept in the report; the reject file holds all
  /// Called from the importing thread after each batch with bytes read and the file's size.
  std::function<void(uint64_t done, uint64_t total)> progress;
  /// Set from any thread to stop; the file is then rolled back.
  const std::atomic<bool>* cancel = nullptr;
  /// Called when another import holds the store and this one waits for it (PostgreSQL).
  std::function<void()> waiting;
};

struct ImportReport {
  enum class Status {
    Imported,         ///< committed (possibly with rejected rows kept aside)
    Refused,          ///< --strict and some rows were bad: nothing was written
    Cancelled,        ///< stopped by the user: nothing was written
    AlreadyImported,  ///< ImportOptions::skipImported and this content was imported before: nothing done
  };
  Status status = Status::Imported;
  std::string file;
  FileKind kind = FileKind::Visits;
  ingest::Encoding encoding = ingest::Encoding::Utf8;
  char delimiter = ',';
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t rejected = 0;
  std::vector<ingest::RowError> errors;  ///< the first ImportOptions::maxErrors
  std::string rejectFile;                ///< the name it got, when one was written
  std::vector<std::string> warnings;     ///< e.g. columns that were ignored
  std::vector<RowChange> changes;        ///< dry run: the first ImportOptions::maxChanges updated rows
  std::string contentHash;
  uint64_t bytes = 0;
  std::optional<ImportLogEntry> earlier;  ///< AlreadyImported: the import that read this content
};

/// Imports one CSV file or workbook sheet into the store in one transaction: all of the file's good rows or, on a
/// file-level error, a failure, --strict refusal, cancel, crash or kill, nothing at all. Parsing runs
/// on a second thread so reading and writing use both cores. File-level problems are an Error.
/// `store` is the SQLite Store or the PostgreSQL PgStore.
Result<ImportReport> importFile(ImportTarget& store, const std::string& path, const ImportOptions& options = {});

/// The default reject file for an input: `dir/NAME.rejected.csv` for `dir/NAME.csv`.
std::string defaultRejectPath(const std::string& inputPath);

}  // namespace salesops::store
