// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/OutputFile.h"
#include "salesops/ingest/Rows.h"

namespace salesops::store {

/// One line of the import log: every import that changed the store is recorded here.
struct ImportLogEntry {
  int64_t id = 0;
  std::string fileName;
  int64_t fileSize = 0;
  std::string contentHash;
  FileKind kind = FileKind::Visits;
  int64_t importedAt = 0;  ///< UTC seconds since 1970
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t rejected = 0;
  bool strict = false;
  std::string options;     ///< the column overrides, as `name=header;...`; empty when none
  int64_t generation = 0;  ///< the store's data generation right after this import
  /// How the file came in: `import` (the command), `window` (the import dialog), `watch DIR` (a
  /// watched folder, by the command or the window); empty for imports recorded before version 3.
  std::string source;
};

/// What one write did, keyed by id as the re-import rules say.
struct WriteCounts {
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  WriteCounts& operator+=(const WriteCounts& o) {
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    return *this;
  }
};

/// One value an update changed, as the input files write it (nullopt: no value).
struct ColumnChange {
  std::string column;
  std::optional<std::string> oldValue;
  std::optional<std::string> newValue;
};

/// A stored row that a write updated: its key (the id, or week level key metric for a target) and
/// the columns that changed.
struct RowChange {
  std::string id;
  std::vector<ColumnChange> columns;
};

/// One import's write transaction, on either store (SQLite: StoreWriter; PostgreSQL: PgImportWriter).
/// Destroying it without commit() rolls everything back.
class ImportWriter {
 public:
  virtual ~ImportWriter() = default;
  /// Takes the rows of `kind` in `batch` (the batch's strings may be moved from). A store may write
  /// them at once and return their counts, or keep them back for finish().
  virtual Result<WriteCounts> write(FileKind kind, ingest::RowBatch& batch) = 0;
  /// Writes what write() kept back and returns the counts of those rows (PostgreSQL upserts the whole
  /// file in one statement here). Called once, after the last write() and before commit().
  virtual Result<WriteCounts> finish() = 0;
  /// Keeps the first `max` updated rows with their old and new values (for `import --dry-run`).
  virtual void keepChanges(size_t max) = 0;
  virtual const std::vector<RowChange>& changes() const = 0;
  /// Brings the rollups up to date, counts a new data generation if anything changed, records the
  /// import (when given) with that generation, and commits.
  virtual Result<void> commit(const ImportLogEntry* import = nullptr) = 0;
  virtual void rollback() = 0;
};

/// What the importer needs of a store: the files no output may replace, the import log's memory of
/// unchanged files, and a write transaction. The SQLite Store and the PostgreSQL PgStore are both one.
class ImportTarget {
 public:
  virtual ~ImportTarget() = default;
  /// The store's own files (none for a server): no reject file may be written over them.
  virtual std::vector<ingest::ProtectedFile> protectedFiles() const = 0;
  /// See Store::unchangedSinceImport and Store::mayBeUnchanged.
  virtual std::optional<ImportLogEntry> unchangedSinceImport(const std::string& contentHash, int64_t fileSize,
                                                             FileKind kind, const std::string& options) const = 0;
  virtual bool mayBeUnchanged(int64_t fileSize, FileKind kind, const std::string& options) const = 0;
  /// The latest import of a file with exactly this content (hash and size), whatever its kind,
  /// options or what changed since: a watched folder imports each content once.
  virtual std::optional<ImportLogEntry> importOfContent(const std::string& contentHash, int64_t fileSize) const = 0;
  /// Whether importOfContent could find an import for a file of this size.
  virtual bool mayHaveImported(int64_t fileSize) const = 0;
  /// Starts the write transaction; `waiting` is called when another import holds the store and this
  /// one waits for it.
  virtual Result<std::unique_ptr<ImportWriter>> beginImport(const std::function<void()>& waiting) = 0;
  /// How many rows the importer parses into a batch for this store's writer, unless the import says.
  virtual size_t batchRows() const { return 8192; }
};

}  // namespace salesops::store
