// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli kpi --from DATE --to DATE [--by DIM]... [filters] [--as-of DATE]
/// [--compare previous|last-week|last-year] [--format table|csv|json]` (spec cli.md).
int runKpi(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
