// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>
#include <memory>
#include <string>

#include "CliRunner.h"
#include "CliStore.h"

namespace salesops::clitest {

/// A database of its own on the test server holding a copy of the SQLite store `file`, made as a
/// person would (`copy --from FILE --to URL`): the same store, table for table (CopyCommand.*). Null,
/// and the test failed, when the copy fails.
inline std::unique_ptr<CliStore> copyOntoServer(const TempDir& dir, const std::string& file) {
  auto server = std::make_unique<CliStore>(Backend::Postgresql, dir);
  const CliRun copied = cli("--quiet copy --from " + file + " --to '" + server->location() + "'");
  if (copied.exitCode == 0) return server;
  ADD_FAILURE() << "copy onto the test server: " << copied.err;
  return nullptr;
}

/// A default demo store ending Friday 27 November 2026, made once per test suite, as a script
/// would have it. `db_` is the `--db` option to put before a command.
class DemoStoreSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = " --db " + dir_->file("s.sqlite");
    ASSERT_EQ(cli(db_ + " --quiet demo --end 2026-11-27").exitCode, 0);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static inline TempDir* dir_ = nullptr;
  static inline std::string db_;
};

/// The same demo store on either backend (Backends.h): the suite's SQLite file, or a copy of it on a
/// database of its own on the test server, made by the suite's first test on the server (ctest runs
/// each test alone, so a SQLite run never makes one). Every number a command prints must be the same.
class DemoStoreOnBackends : public DemoStoreSuite, public ::testing::WithParamInterface<Backend> {
 protected:
  static void TearDownTestSuite() {
    server_.reset();
    DemoStoreSuite::TearDownTestSuite();
  }
  void SetUp() override {
    if (GetParam() == Backend::Sqlite) {
      db_ = " --db " + dir_->file("s.sqlite");
      return;
    }
    if (!server_) server_ = copyOntoServer(*dir_, dir_->file("s.sqlite"));
    ASSERT_TRUE(server_);
    db_ = " " + server_->db();
  }
  static inline std::unique_ptr<CliStore> server_;
};

}  // namespace salesops::clitest
