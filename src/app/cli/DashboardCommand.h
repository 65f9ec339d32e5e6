// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli dashboard [--date DATE] [filters] [--as-of DATE] [--format table|json]`: the
/// window's daily start for that day, from the same builder (spec cli.md, docs/cli-json.md).
int runDashboard(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
