// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sqlite.h"

namespace salesops::store {

/// `PRAGMA application_id` of a SalesOps store ('SaOp'): tells our files from any other SQLite file.
inline constexpr int kApplicationId = 0x53614F70;

/// The schema version this build writes (`PRAGMA user_version`).
inline constexpr int kSchemaVersion = 3;

/// Brings a store from `fromVersion` (0 = empty file) to kSchemaVersion, one step per version,
/// all inside the caller's transaction.
Result<void> migrate(Db& db, int fromVersion);

/// Applies only the steps up to `toVersion`: lets tests build a store of an older version.
Result<void> migrateTo(Db& db, int fromVersion, int toVersion);

}  // namespace salesops::store
