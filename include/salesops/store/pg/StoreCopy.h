// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/store/Store.h"
#include "salesops/store/pg/PgStore.h"

namespace salesops::store {

/// The rows a copy wrote, per table, in the order it copied them.
using CopiedRows = std::vector<std::pair<std::string, int64_t>>;

/// Rows copied so far of all rows to copy; called now and then from the copying thread.
using CopyProgress = std::function<void(uint64_t done, uint64_t total)>;

/// Copies a whole SQLite store into an empty team store: the data tables with their interned ids,
/// the import log and the data generation, and the rollups, so that every KPI and every re-import
/// decision ("unchanged since import N") is the same on both. One read snapshot of the source, one
/// transaction on the target under the import lock: a failed copy leaves the target as it was. A
/// target that holds any row is refused, as is a lead (a lead sees and writes only part of a store).
Result<CopiedRows> copyToServer(Store& from, PgStore& to, const CopyProgress& progress = {});

/// The reverse: a whole team store, read in one snapshot (REPEATABLE READ), into an empty SQLite
/// store, whose SQLite-only rollups (visit zones, cancellations on orders, installs) are then
/// derived in the same transaction. A lead is refused: the copy would hold only their teams.
Result<CopiedRows> copyFromServer(PgStore& from, Store& to, const CopyProgress& progress = {});

}  // namespace salesops::store
