// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Thin RAII wrappers over the SQLite C API, private to the store layer. We use the C API rather
// than Qt Sql because the import loop binds millions of rows: one prepared statement reused per
// row, no QVariant per value.

#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <string_view>

#include "salesops/core/Result.h"

namespace salesops::store {

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, std::string_view sql);
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(Stmt&& o) noexcept : stmt_(o.stmt_), db_(o.db_) { o.stmt_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool valid() const { return stmt_ != nullptr; }

  // Binding indexes are 1-based, as in SQLite. Text is bound SQLITE_STATIC: the caller keeps it
  // alive until the statement is reset, which every caller here does within the same row.
  Stmt& bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Stmt& bind(int i, int v) {
    sqlite3_bind_int(stmt_, i, v);
    return *this;
  }
  Stmt& bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Stmt& bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
  }
  Stmt& bindNull(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }

  /// SQLITE_ROW or SQLITE_DONE; anything else is an error kept for error().
  int step() { return rc_ = sqlite3_step(stmt_); }
  /// True when the last step() ran to the end (after a `while (step() == SQLITE_ROW)` loop: no error).
  bool done() const { return rc_ == SQLITE_DONE; }
  /// Runs to completion; false on error.
  bool run();
  void reset() { sqlite3_reset(stmt_); }
  void clearBindings() { sqlite3_clear_bindings(stmt_); }

  int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  int int32(int col) const { return sqlite3_column_int(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool isNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string_view text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
  }

  std::string error() const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
  int rc_ = SQLITE_OK;
};

/// A failed call's result code and errno in words a user can act on: a read-only file, folder or mount, a
/// full disk and an I/O error say so, rather than passing for a damaged file. `sqliteMessage` is kept for
/// the codes that have nothing better.
std::string describeFailure(int code, int systemErrno, const std::string& sqliteMessage);

/// True when `code` means the file, its folder or its disk takes no writes (a read-only file, folder or
/// mount, a full disk), as opposed to a damaged file: such a store can still be read.
bool isWriteRefusal(int code);

class Db {
 public:
  Db() = default;
  ~Db();
  Db(Db&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  /// flags as sqlite3_open_v2 (SQLITE_OPEN_READONLY, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE). On failure
  /// `code`, when given, receives SQLite's extended result code.
  static Result<Db> open(const std::string& path, int flags, int* code = nullptr);

  sqlite3* handle() const { return db_; }
  Result<void> exec(std::string_view sql);
  Stmt prepare(std::string_view sql) const { return Stmt(db_, sql); }
  /// The first column of the first row as an integer, or `fallback` when there is none or on error.
  int64_t scalar(std::string_view sql, int64_t fallback = 0) const;
  std::string error() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }
  /// The extended result code of the last failed call.
  int code() const { return db_ ? sqlite3_extended_errcode(db_) : SQLITE_MISUSE; }
  /// The last failure in words a user can act on (see describeFailure).
  std::string failure() const { return describeFailure(code(), db_ ? sqlite3_system_errno(db_) : 0, error()); }

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

}  // namespace salesops::store
