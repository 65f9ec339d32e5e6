// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestServer.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>

namespace salesops::pgtest {
namespace {

std::string port() {
  std::ifstream in(serverDir() + "/port");
  std::string p;
  in >> p;
  return p;
}

std::string uniqueName() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return "t" + std::to_string(rd() % 1000000) + "_" + std::to_string(counter++);
}

}  // namespace

std::string serverDir() {
  const char* dir = std::getenv("SALESOPS_PG_TEST_DIR");
  if (dir == nullptr || *dir == '\0') {
    ADD_FAILURE() << "SALESOPS_PG_TEST_DIR is not set: run these tests through ctest (fixture pg_server), or start "
                     "scripts/pg-test-server.sh start DIR and set SALESOPS_PG_TEST_DIR=DIR";
    return "/nonexistent";
  }
  return dir;
}

std::string conninfo(const std::string& db, const std::string& user, const std::string& password) {
  std::string s = "host=" + serverDir() + "/socket port=" + port() + " dbname=" + db + " user=" + user;
  if (!password.empty()) s += " password=" + password;
  return s;
}

std::string uri(const std::string& db, const std::string& user, const std::string& password) {
  return "postgresql://" + user + (password.empty() ? "" : ":" + password) + "@127.0.0.1:" + port() + "/" + db;
}

Conn connect(const std::string& info) { return Conn(PQconnectdb(info.c_str()), &PQfinish); }

SqlResult sql(PGconn* conn, const std::string& statement) {
  SqlResult out;
  PGresult* r = PQexec(conn, statement.c_str());
  const ExecStatusType status = PQresultStatus(r);
  out.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
  if (!out.ok) out.error = PQerrorMessage(conn);
  for (int i = 0; i < PQntuples(r); ++i) {
    out.rows.emplace_back();
    for (int j = 0; j < PQnfields(r); ++j) out.rows.back().emplace_back(PQgetvalue(r, i, j));
  }
  PQclear(r);
  return out;
}

std::string createDatabase() {
  const std::string name = uniqueName();
  Conn c = connect(conninfo("postgres"));
  if (PQstatus(c.get()) != CONNECTION_OK) {
    ADD_FAILURE() << "the test server is not running: " << PQerrorMessage(c.get());
    return "";
  }
  const SqlResult r = sql(c.get(), "CREATE DATABASE " + name);
  if (!r.ok) {
    ADD_FAILURE() << r.error;
    return "";
  }
  return name;
}

void dropDatabase(const std::string& name) {
  if (name.empty()) return;
  Conn c = connect(conninfo("postgres"));
  sql(c.get(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

void PgTest::SetUp() {
  dbName_ = createDatabase();
  ASSERT_FALSE(dbName_.empty());
}

void PgTest::TearDown() {
  dropDatabase(dbName_);
  Conn c = connect(conninfo("postgres"));
  for (const std::string& u : users_) sql(c.get(), "DROP ROLE IF EXISTS " + u);
}

std::string PgTest::makeUser(const std::string& name, const std::string& password) {
  const std::string user = dbName_ + "_" + name;
  users_.push_back(user);
  admin("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
  return user;
}

SqlResult PgTest::admin(const std::string& statement) {
  Conn c = connect(db());
  SqlResult r = sql(c.get(), statement);
  EXPECT_TRUE(r.ok) << statement << ": " << r.error;
  return r;
}

}  // namespace salesops::pgtest
