// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The throw-away server of scripts/pg-test-server.sh, which the CTest fixture `pg_server` starts in
// SALESOPS_PG_TEST_DIR. Each test gets a database of its own, dropped afterwards; user names are
// made unique per test because roles belong to the whole server.

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <memory>
#include <string>
#include <vector>

namespace salesops::pgtest {

/// The folder of the running test server; the test fails (never skips) when there is none.
std::string serverDir();

/// A keyword/value connection string to `db` on the test server as `user` (over the socket).
std::string conninfo(const std::string& db, const std::string& user = "postgres", const std::string& password = "");
/// The same over TCP on 127.0.0.1, as a URI (password auth always applies there).
std::string uri(const std::string& db, const std::string& user, const std::string& password = "");

/// A plain libpq connection, for tests that look at the server "with any client".
using Conn = std::unique_ptr<PGconn, void (*)(PGconn*)>;
Conn connect(const std::string& conninfo);

/// Result of one statement through plain libpq: ok, rows as text, and the error message.
struct SqlResult {
  bool ok = false;
  std::vector<std::vector<std::string>> rows;
  std::string error;
};
SqlResult sql(PGconn* conn, const std::string& statement);

/// Creates an empty database with a unique name on the test server and returns the name; fails the
/// test and returns "" when the server does not answer.
std::string createDatabase();
/// Drops a database that createDatabase made, closing whatever is still connected to it.
void dropDatabase(const std::string& name);

/// A fresh database per test (and a unique prefix for the roles it creates).
class PgTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  /// Connection string for this test's database.
  std::string db(const std::string& user = "postgres", const std::string& password = "") const {
    return conninfo(dbName_, user, password);
  }
  /// A login role unique to this test, with a password.
  std::string makeUser(const std::string& name, const std::string& password);
  /// Runs SQL as the superuser in this test's database; fails the test on error.
  SqlResult admin(const std::string& statement);

  std::string dbName_;
  std::vector<std::string> users_;
};

}  // namespace salesops::pgtest
