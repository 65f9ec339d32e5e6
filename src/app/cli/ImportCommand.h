// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "CliContext.h"

#include "salesops/store/Importer.h"

namespace salesops::cli {

/// `salesops-cli import [--kind K] [--strict] [--reject-file PATH] [--format text|json] FILE...`
int runImport(CliContext& context, const QStringList& args);

/// The summary `import` prints for one file: the counts on stdout, warnings, errors and the reject
/// file on stderr (`watch` prints its imports the same way).
void printImportSummary(const store::ImportReport& report);

}  // namespace salesops::cli
