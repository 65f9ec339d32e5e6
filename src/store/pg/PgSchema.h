// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"

namespace salesops::store::pg {

/// The name the schema-version table carries, to tell our database from another program's.
inline constexpr const char* kApplication = "salesops";

/// The schema version this build writes on PostgreSQL (salesops.schema_version).
inline constexpr int kPgSchemaVersion = 4;

/// The version of the SalesOps schema in the connected database: 0 for an empty database, an error
/// naming a table for a database that holds another program's tables.
Result<int> readSchemaVersion(PgConnection& conn);

/// Brings the database from `fromVersion` to `toVersion`, one step per version, inside one
/// transaction that the caller owns (PostgreSQL DDL is transactional: a failed step leaves nothing).
Result<void> migratePg(PgConnection& conn, int fromVersion, int toVersion = kPgSchemaVersion);

/// The tables that hold team data, each with row-level security (for tests and docs).
inline constexpr const char* kTeamTables[] = {"rep_code", "rep",          "visit",   "orders",        "cancellation",
                                              "target",   "visit_rollup", "rep_day", "install_rollup"};

}  // namespace salesops::store::pg
