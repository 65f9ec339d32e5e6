// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "QualitySource.h"

namespace salesops::store {

class Db;

/// The quality queries on a SQLite store, in one read transaction (WAL: one snapshot even while an
/// import commits). Inside a transaction the caller already holds, that snapshot is the one read.
Result<std::unique_ptr<QualitySource>> sqliteQualitySource(Db& db);

}  // namespace salesops::store
