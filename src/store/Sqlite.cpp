// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sqlite.h"

#include <cerrno>
#include <cstring>

namespace salesops::store {

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
      SQLITE_OK)
    stmt_ = nullptr;
}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    stmt_ = o.stmt_;
    db_ = o.db_;
    o.stmt_ = nullptr;
  }
  return *this;
}

bool Stmt::run() {
  int rc;
  while ((rc = step()) == SQLITE_ROW) {
  }
  reset();
  return rc == SQLITE_DONE;
}

std::string Stmt::error() const { return db_ ? sqlite3_errmsg(db_) : "statement not prepared"; }

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    if (db_) sqlite3_close_v2(db_);
    db_ = o.db_;
    o.db_ = nullptr;
  }
  return *this;
}

std::string describeFailure(int code, int systemErrno, const std::string& sqliteMessage) {
  const bool diskFull =
      systemErrno == ENOSPC || systemErrno == EDQUOT || (code & 0xff) == SQLITE_FULL || code == SQLITE_IOERR_SHMSIZE;
  if (diskFull) return "the disk is full";
  if (systemErrno == EROFS) return "a read-only file system";
  if ((code & 0xff) == SQLITE_READONLY) return "no write access to the file or its folder";
  if (systemErrno == EACCES || systemErrno == EPERM) return "permission denied (on the file or its folder)";
  if ((code & 0xff) == SQLITE_CANTOPEN && systemErrno == ENOENT) return "no such file or folder";
  if ((code & 0xff) == SQLITE_CANTOPEN) return "cannot open the file or its -wal/-shm files (" + sqliteMessage + ")";
  if ((code & 0xff) == SQLITE_IOERR)
    return "input/output error" + (systemErrno ? " (" + std::string(std::strerror(systemErrno)) + ")" : std::string());
  if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) return "damaged or not a database";
  return sqliteMessage;
}

bool isWriteRefusal(int code) {
  switch (code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_PERM:
      return true;
    default:
      // The -shm index could not be made or mapped: a full disk or a folder without room.
      return code == SQLITE_IOERR_SHMOPEN || code == SQLITE_IOERR_SHMSIZE || code == SQLITE_IOERR_SHMMAP;
  }
}

Result<Db> Db::open(const std::string& path, int flags, int* code) {
  // Memory statistics take a global mutex on every allocation; nothing here reads them, and the
  // import allocates per row. Must run before SQLite initialises, hence once, at the first open.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
  sqlite3* db = nullptr;
  // A connection is used by one thread at a time (the importer hands it over, never shares it), so
  // it needs no mutex of its own.
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    std::string msg =
        describeFailure(extended, db ? sqlite3_system_errno(db) : 0, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    if (code) *code = extended;
    return makeError("cannot open " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db, 1);
  return Db(db);
}

Result<void> Db::exec(std::string_view sql) {
  char* err = nullptr;
  const std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return makeError(msg);
  }
  return {};
}

int64_t Db::scalar(std::string_view sql, int64_t fallback) const {
  Stmt s = prepare(sql);
  if (!s.valid() || s.step() != SQLITE_ROW || s.isNull(0)) return fallback;
  return s.int64(0);
}

}  // namespace salesops::store
