// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "QualitySource.h"

namespace salesops::store {

class Db;
class StoreReader;

/// The quality queries on a SQLite store, in one read snapshot of `reader` (db's): WAL keeps it even
/// while an import commits. Inside a transaction the caller already holds, that snapshot is the one
/// read.
std::unique_ptr<QualitySource> sqliteQualitySource(Db& db, StoreReader& reader);

}  // namespace salesops::store
