// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliStore.h"

#include <gtest/gtest.h>
#include <stdexcept>

#ifdef SALESOPS_TEST_POSTGRESQL
#include "PgTestServer.h"
#endif

namespace salesops::clitest {

CliStore::CliStore(Backend backend, const TempDir& dir, const std::string& file) {
  if (backend == Backend::Sqlite) {
    location_ = dir.file(file);
    return;
  }
#ifdef SALESOPS_TEST_POSTGRESQL
  database_ = pgtest::createDatabase();
  if (database_.empty()) throw std::runtime_error("no database on the test server");
  location_ = pgtest::conninfo(database_);
  const CliRun init = cli(db() + " server init");
  if (init.exitCode != 0) throw std::runtime_error("server init: " + init.err);
#else
  throw std::logic_error("built without the PostgreSQL team store");
#endif
}

CliStore::~CliStore() {
#ifdef SALESOPS_TEST_POSTGRESQL
  pgtest::dropDatabase(database_);
#endif
}

}  // namespace salesops::clitest
