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
#include "salesops/store/ImportTarget.h"

namespace salesops::store {

class Db;
class StoreReader;

/// How a program opens a store. Only Create makes a new store (`import`, `demo` and the window when the
/// user asks for one); the other modes refuse a missing path with "no SalesOps store at PATH".
enum class OpenMode {
  Create,     ///< creates a missing store, upgrades an older one, writes when it can
  ReadWrite,  ///< an existing store: upgrades an older one, writes when it can
  ReadOnly,   ///< an existing store, never written
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

/// A store the program reads and imports into: the local SQLite file, or (for reading) a PostgreSQL
/// team server, which open() connects to when `path` is a connection (isServerConnection). All
/// reads go through reader(), one interface with an implementation per kind of store.
///
/// The local SQLite store. Opening creates a missing store (Create only), upgrades an older one (after
/// a backup copy next to it) and refuses, untouched, any file that is not a SalesOps store or was
/// written by a newer version. WAL mode with a busy timeout, so the window can read while an import
/// writes. A store that cannot be written (a read-only file, folder or mount, a full disk) opens
/// read-only, with readOnly() and the reason set; writing to it then fails with "read-only".
class Store : public ImportTarget {
 public:
  static Result<std::unique_ptr<Store>> open(const std::string& path, OpenMode mode = OpenMode::Create);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// The file, or for a team server its connection with the password redacted.
  const std::string& path() const { return path_; }
  /// A PostgreSQL team server (read only here: `import` writes through PgStore).
  bool onServer() const { return !db_; }
  /// For a team server: who is signed in and what they see (`anna (lead: Team Zuid)`); else empty.
  const std::string& signedInAs() const { return signedInAs_; }
  /// For a team lead: the teams the server shows them (row-level security). Empty: everything.
  const std::vector<std::string>& visibleTeams() const { return visibleTeams_; }
  /// Whether the server shows only some teams' rows: "organisation" totals are then their teams'.
  bool restricted() const { return restricted_; }
  /// The reads of the KPI engine and the freshness clock, on either kind of store.
  StoreReader& reader() { return *reader_; }
  bool readOnly() const { return readOnly_; }
  /// Why the store is read-only ("opened read-only", "the disk is full", ...); empty when it is not.
  const std::string& readOnlyReason() const { return readOnlyReason_; }
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
  std::optional<ImportLogEntry> unchangedSinceImport(const std::string& contentHash, int64_t fileSize, FileKind kind,
                                                     const std::string& options) const override;
  /// The latest import of a file with exactly this content (hash and size), whatever its kind,
  /// options or what changed since: a watched folder imports each content once.
  std::optional<ImportLogEntry> importOfContent(const std::string& contentHash, int64_t fileSize) const override;
  /// Whether importOfContent could find an import for a file of this size.
  bool mayHaveImported(int64_t fileSize) const override;
  /// Whether unchangedSinceImport could find an import for a file of this size, whatever its
  /// content: only then is hashing a file before parsing it worth a read.
  bool mayBeUnchanged(int64_t fileSize, FileKind kind, const std::string& options) const override;
  /// The database and its -wal, -shm and -journal files (storeFiles()).
  std::vector<ingest::ProtectedFile> protectedFiles() const override;
  /// StoreWriter::begin: SQLite's busy timeout does the waiting, so `waiting` is not called.
  Result<std::unique_ptr<ImportWriter>> beginImport(const std::function<void()>& waiting) override;

  /// The connection, for the rest of the store layer (Sqlite.h is private to it); only for a SQLite
  /// store (!onServer()).
  Db& db() { return *db_; }

 private:
  Store(std::string path, std::unique_ptr<Db> db, bool readOnly);
  Store(std::string name, std::unique_ptr<StoreReader> server);
  static Result<std::unique_ptr<Store>> openServer(const std::string& conninfo, OpenMode mode);
  std::string path_;
  std::unique_ptr<Db> db_;
  std::unique_ptr<StoreReader> reader_;
  std::string signedInAs_;
  std::vector<std::string> visibleTeams_;
  bool restricted_ = false;
  int serverSchemaVersion_ = 0;
  bool readOnly_ = false;
  std::string readOnlyReason_;
  std::string backupPath_;
};

}  // namespace salesops::store
