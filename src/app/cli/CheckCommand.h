// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli check [--as-of DATE] [--examples N] [--format table|json]`: the data-quality
/// findings. Exit 0 when no error or warning check found anything, 1 when one did, 2 on a usage or
/// store error.
int runCheck(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
