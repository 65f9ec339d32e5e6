// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <memory>

#include "CliContext.h"

namespace salesops::cli {

/// The application object for this run: a QApplication when the command is `export` (charts are
/// graphics items and need one), else a QCoreApplication, so the other commands start fast and
/// need no display libraries. Without QT_QPA_PLATFORM set, exports draw on the offscreen platform.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

/// `salesops-cli export charts`, `export chart NAME ... --out FILE.png|.svg|.pdf [--size WxH]`,
/// `export table ... --out FILE.xlsx|.csv` (spec cli.md).
int runExport(CliContext& context, const QStringList& args);

}  // namespace salesops::cli
