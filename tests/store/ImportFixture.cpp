// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFixture.h"

#ifdef SALESOPS_TEST_POSTGRESQL
#include "PgTestServer.h"

#include "salesops/store/pg/PgStore.h"
#endif

namespace salesops::store::testing {

void BackendImportFixture::SetUp() {
  if (!onServer()) {
    auto s = Store::open(dir.file("s.sqlite"));
    ASSERT_TRUE(s) << s.error().message;
    store = std::move(s.value());
    return;
  }
#ifdef SALESOPS_TEST_POSTGRESQL
  database_ = pgtest::createDatabase();
  ASSERT_FALSE(database_.empty());
  auto server = PgStore::open(pgtest::conninfo(database_), OpenMode::Create);
  ASSERT_TRUE(server) << server.error().message;
  server_ = std::move(*server);
  auto s = Store::open(pgtest::conninfo(database_), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  store = std::move(s.value());
#else
  FAIL() << "built without the PostgreSQL team store";
#endif
}

void BackendImportFixture::TearDown() {
  store.reset();
  server_.reset();
#ifdef SALESOPS_TEST_POSTGRESQL
  pgtest::dropDatabase(database_);
#endif
}

int64_t BackendImportFixture::one(const std::string& sql) {
  if (!onServer()) return queryInt(*store, sql);
#ifdef SALESOPS_TEST_POSTGRESQL
  pgtest::Conn c = pgtest::connect(pgtest::conninfo(database_) + " options=-csearch_path=salesops");
  const pgtest::SqlResult r = pgtest::sql(c.get(), sql);
  EXPECT_TRUE(r.ok && !r.rows.empty()) << sql << ": " << r.error;
  return r.ok && !r.rows.empty() ? std::stoll(r.rows[0][0]) : -1;
#else
  return -1;
#endif
}

}  // namespace salesops::store::testing
