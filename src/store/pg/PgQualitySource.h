// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "../QualitySource.h"

namespace salesops::store::pg {

class PgConnection;

/// The quality queries on a team server, in one REPEATABLE READ transaction (one snapshot even while
/// an import commits) unless the connection is in a transaction already. Row-level security
/// decides which rows a team lead's check sees.
Result<std::unique_ptr<QualitySource>> pgQualitySource(PgConnection& conn);

}  // namespace salesops::store::pg
