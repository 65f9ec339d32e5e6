// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How each kind of file is staged and upserted on PostgreSQL. Every SQL text here is a constant:
// table and column names come from code, values only through COPY or bound parameters.

#include "salesops/core/Enums.h"

namespace salesops::store::pg {

struct PgTable {
  const char* table;     ///< the target table in schema salesops
  const char* stage;     ///< the columns of the temporary staging table, as COPY receives them
  const char* columns;   ///< the target's columns, in the order `select` produces them
  const char* select;    ///< the staged rows as target rows: ids already interned (FROM stage s)
  const char* conflict;  ///< the key columns
  const char* assign;    ///< SET list for an update
  const char* changed;   ///< true when the stored row `t` differs from `excluded`
};

/// The description of a kind's table.
const PgTable& pgTable(FileKind kind);

}  // namespace salesops::store::pg
