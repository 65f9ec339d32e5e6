// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The store a command test runs its commands on, on either backend (Backends.h): a SQLite file in
// the test's folder, or a database of its own on the PostgreSQL test server, set up with `server
// init` and dropped afterwards. The commands reach both the same way, through `--db`.

#include <string>

#include "Backends.h"
#include "CliRunner.h"

namespace salesops::clitest {

using salesops::testing::Backend;

class CliStore {
 public:
  /// `file`: the SQLite store's name in `dir`.
  CliStore(Backend backend, const TempDir& dir, const std::string& file = "s.sqlite");
  ~CliStore();
  CliStore(const CliStore&) = delete;
  CliStore& operator=(const CliStore&) = delete;

  /// The file or connection string.
  const std::string& location() const { return location_; }
  /// `--db 'LOCATION'`, for the command line.
  std::string db() const { return "--db '" + location_ + "'"; }
  bool onServer() const { return !database_.empty(); }

 private:
  std::string database_;
  std::string location_;
};

}  // namespace salesops::clitest
