// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>
#include <memory>
#include <string>

#include "Backends.h"
#include "TestStores.h"

namespace salesops::store::testing {

/// A fresh store in a temporary folder, and the CSV files a test imports written next to it.
class ImportFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::open(dir.file("s.sqlite"));
    ASSERT_TRUE(s) << s.error().message;
    store = std::move(s.value());
  }
  std::string csv(const std::string& name, const std::string& text) {
    writeFile(dir.file(name), text);
    return dir.file(name);
  }
  TempDir dir;
  std::unique_ptr<Store> store;
};

/// ImportFixture on either backend (Backends.h): on the server a database of its own, set up as
/// `server init` does, imported into through PgStore as `import --db URL` does and read through
/// `store` (store::Store on the connection), as the reading commands do.
class BackendImportFixture : public ::testing::TestWithParam<salesops::testing::Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;
  bool onServer() const { return GetParam() == salesops::testing::Backend::Postgresql; }
  /// Where imports go: the SQLite store itself, or the server's PgStore.
  ImportTarget& target() { return server_ ? *server_ : *store; }
  /// One integer from a query of the store's tables (on the server, in the schema salesops).
  int64_t one(const std::string& sql);
  std::string csv(const std::string& name, const std::string& text) {
    writeFile(dir.file(name), text);
    return dir.file(name);
  }
  TempDir dir;
  std::unique_ptr<Store> store;

 private:
  std::string database_;
  std::unique_ptr<ImportTarget> server_;
};

}  // namespace salesops::store::testing
