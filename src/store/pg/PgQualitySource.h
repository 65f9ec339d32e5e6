// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "../QualitySource.h"

#include "salesops/store/StoreReader.h"

namespace salesops::store::pg {

class PgConnection;

/// The quality queries on a team server, in one read snapshot of `reader` (conn's; a REPEATABLE READ
/// transaction, one snapshot even while an import commits) unless the connection is in a
/// transaction already. Row-level security decides which rows a team lead's check sees.
std::unique_ptr<QualitySource> pgQualitySource(PgConnection& conn, StoreReader& reader);

}  // namespace salesops::store::pg
