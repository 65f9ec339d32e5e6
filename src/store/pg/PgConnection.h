// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Thin RAII wrappers over the libpq C API, private to the store layer. The C API, not Qt's QPSQL
// driver: QPSQL has no COPY, and the import needs COPY to stream rows at disk speed.

#include <cstdint>
#include <functional>
#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Result.h"

namespace salesops::store::pg {

/// A query's result; rows and columns are 0-based.
class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r, &PQclear) {}
  int rows() const { return PQntuples(r_.get()); }
  bool isNull(int row, int col) const { return PQgetisnull(r_.get(), row, col) != 0; }
  std::string_view text(int row, int col) const {
    return {PQgetvalue(r_.get(), row, col), static_cast<size_t>(PQgetlength(r_.get(), row, col))};
  }
  int64_t int64(int row, int col) const;
  double real(int row, int col) const;
  /// The number of rows an INSERT, UPDATE or DELETE touched.
  int64_t affected() const;

 private:
  std::unique_ptr<PGresult, void (*)(PGresult*)> r_;
};

/// A bound parameter: text (as libpq sends it) or NULL.
using PgParam = std::optional<std::string>;

/// One connection. Every statement binds its values as parameters (PQexecParams), never splices them.
class PgConnection {
 public:
  /// Connects with libpq's conventions: `conninfo` is a URI or keyword/value string, and libpq finds
  /// a password in it, in PGPASSWORD, in ~/.pgpass or PGPASSFILE, or in the service file. Errors name
  /// the connection with its passwords redacted, and say which of "unreachable", "needs a password"
  /// and "wrong password" it was.
  static Result<std::unique_ptr<PgConnection>> connect(const std::string& conninfo);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  /// Runs `sql` (one statement with parameters $1.., or several without). `what` names the step in
  /// the error message.
  Result<PgResult> exec(std::string_view sql, const std::vector<PgParam>& params = {}, std::string_view what = {});
  /// Runs statements that return nothing worth reading.
  Result<void> run(std::string_view sql, const std::vector<PgParam>& params = {}, std::string_view what = {});

  /// COPY: starts `copySql` (a `COPY ... FROM STDIN`), then sends data with putCopyData, then ends it.
  Result<void> beginCopy(std::string_view copySql);
  Result<void> putCopyData(std::string_view data);
  Result<int64_t> endCopy();

  /// COPY out: runs `copySql` (a `COPY ... TO STDOUT` in text format) and calls `line` with each
  /// row, without its newline; stops at the first error `line` returns.
  Result<void> copyOut(std::string_view copySql, const std::function<Result<void>(std::string_view line)>& line);

  PGconn* handle() const { return conn_; }
  /// The user signed in (the server's current_user at connect time).
  std::string user() const { return PQuser(conn_); }
  /// The connection as given, passwords redacted: for messages.
  const std::string& name() const { return name_; }

 private:
  PgConnection(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}
  Error failure(std::string_view what, const PGresult* r) const;
  PGconn* conn_ = nullptr;
  std::string name_;
};

/// Quotes an identifier (a role name from the command line) for the statements that cannot bind
/// one: GRANT, REVOKE, CREATE ROLE. Uses libpq's own quoting.
Result<std::string> quoteIdentifier(PgConnection& conn, std::string_view name);

}  // namespace salesops::store::pg
