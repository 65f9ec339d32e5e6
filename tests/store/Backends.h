// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Suites that run on both kinds of store: each TEST_P of such a suite runs once on a SQLite file and
// once on the throw-away PostgreSQL test server, with the same hand-computed assertions. The
// instances are named `On/Suite.Test/sqlite` and `On/Suite.Test/postgresql`; CMake
// (salesops_discover_on_backends) gives the PostgreSQL ones the fixture pg_server and the label
// postgresql, so a missing server fails them instead of skipping them.

#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <vector>

namespace salesops::testing {

enum class Backend { Sqlite, Postgresql };

/// Both backends when the program is built with the team store (SALESOPS_TEST_POSTGRESQL), else
/// SQLite alone.
inline std::vector<Backend> backends() {
#ifdef SALESOPS_TEST_POSTGRESQL
  return {Backend::Sqlite, Backend::Postgresql};
#else
  return {Backend::Sqlite};
#endif
}

inline std::string toString(Backend b) { return b == Backend::Sqlite ? "sqlite" : "postgresql"; }
inline std::string backendName(const ::testing::TestParamInfo<Backend>& info) { return toString(info.param); }
/// How gtest prints the parameter (and so how ctest's test names end: `# GetParam() = postgresql`).
inline void PrintTo(Backend b, std::ostream* os) { *os << toString(b); }

}  // namespace salesops::testing

/// Runs the TEST_Ps of `suite` (a ::testing::TestWithParam<Backend>) on every backend.
#define SALESOPS_ON_BACKENDS(suite)                                                         \
  INSTANTIATE_TEST_SUITE_P(On, suite, ::testing::ValuesIn(::salesops::testing::backends()), \
                           ::salesops::testing::backendName)
