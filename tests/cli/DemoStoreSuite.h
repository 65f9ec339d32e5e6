// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>
#include <string>

#include "CliRunner.h"

namespace salesops::clitest {

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

}  // namespace salesops::clitest
