// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

#include "CliContext.h"

namespace salesops::cli {

/// `salesops-cli export charts`, `export chart NAME ... --out FILE.png|.svg|.pdf [--size WxH]`,
/// `export table ... --out FILE.xlsx|.csv` (spec cli.md).
int runExport(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
