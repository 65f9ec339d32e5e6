// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli report [--week YYYY-Www] --out FILE.pdf [--as-of DATE] [--lang nl|en]`: the
/// weekly-start pack (spec cli.md).
int runReport(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
