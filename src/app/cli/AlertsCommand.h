// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <string>

#include "CliContext.h"

#include "salesops/kpi/Alerts.h"

namespace salesops::cli {

/// `salesops-cli alerts --from DATE --to DATE [filters] [--as-of DATE] [--kind change|outlier]...
/// [--format table|json]`: per area, team and rep, the significant changes of conversion,
/// contact_rate, hit_rate, pre_install_churn and cancel_rate_14d (on its matured cohort) against the
/// previous period, and the members that differ significantly from the rest, within channel, by
/// impact in orders (spec kpis.md, cli.md; docs/kpis.md).
int runAlerts(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
