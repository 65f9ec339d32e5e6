// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli import [--kind K] [--strict] [--reject-file PATH] [--format text|json] FILE...`
int runImport(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
