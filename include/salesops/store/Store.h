// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"

namespace salesops::store {

class Db;

enum class OpenMode { ReadWrite, ReadOnly };

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
};

/// Rows per table, for summaries and tests.
struct TableCounts {
  int64_t visits = 0;
  int64_t orders = 0;
  int64_t cancellations = 0;
  int64_t reps = 0;
  int64_t areas = 0;
  int64_t targets = 0;
  bool operator==(const TableCounts&) const = default;
};

/// The local SQLite store. Opening creates a missing store, upgrades an older one (after a backup
/// copy next to it) and refuses, untouched, any file that is not a SalesOps store or was written by
/// a newer version. WAL mode with a busy timeout, so the window can read while an import writes.
class Store {
 public:
  static Result<std::unique_ptr<Store>> open(const std::string& path, OpenMode mode = OpenMode::ReadWrite);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  bool readOnly() const { return readOnly_; }
  /// The backup copy made before the upgrade that this open performed; empty when none.
  const std::string& backupPath() const { return backupPath_; }

  TableCounts counts() const;
  std::vector<ImportLogEntry> importLog() const;
  /// `ok` when SQLite's integrity check finds nothing.
  std::string integrityCheck() const;
  int schemaVersion() const;
  /// Goes up by one with every commit that changes data; equal generations mean equal data.
  int64_t generation() const;
  /// The latest import of a file with this content, kind and options that rejected nothing and after
  /// which no data changed: importing that file again would find every row unchanged.
  std::optional<ImportLogEntry> unchangedSinceImport(const std::string& contentHash, int64_t fileSize,
                                                     FileKind kind, const std::string& options) const;

  /// The connection, for the rest of the store layer (Sqlite.h is private to it).
  Db& db() { return *db_; }

 private:
  Store(std::string path, std::unique_ptr<Db> db, bool readOnly);
  std::string path_;
  std::unique_ptr<Db> db_;
  bool readOnly_ = false;
  std::string backupPath_;
};

}  // namespace salesops::store
