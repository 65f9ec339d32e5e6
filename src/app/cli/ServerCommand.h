// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli --db URL server init|status|grant USER --team T... --role lead|ops|revoke USER`
int runServer(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
