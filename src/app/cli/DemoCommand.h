// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli demo [--visits N] [--days D] [--seed S] [--end DATE] [--clean] [--csv-out DIR]`
int runDemo(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
