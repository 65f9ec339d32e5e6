// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli copy --from STORE --to STORE`: a whole store from a SQLite file into an empty team
/// server or back, exactly (rows, ids, import log, generation, rollups).
int runCopy(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
