// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli explain --kpi KPI --from DATE --to DATE --by DIM
/// [--against previous|last-week|DATE..DATE] [filters] [--as-of DATE] [--format table|json]`: the
/// change of a rate split per member into rate and mix effects that sum to the change (spec cli.md).
int runExplain(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
