// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli alerts --from DATE --to DATE [filters] [--as-of DATE] [--kind change|outlier]...
/// [--format table|json]`: per area, team and rep, the significant changes of conversion,
/// contact_rate, hit_rate and cancel_rate_14d against the previous period, and the members that
/// differ significantly from the rest in this period, by impact (spec kpis.md, cli.md).
int runAlerts(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
