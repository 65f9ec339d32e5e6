// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli watch [--once] [--settle S] [--interval S] [--strict] DIR`
int runWatch(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
