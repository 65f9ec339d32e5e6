// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace salesops::cli {

/// The application object for these arguments: a QApplication for the commands that draw charts
/// (`report`, `export`: charts are graphics widgets, which need one), on the offscreen platform
/// unless QT_QPA_PLATFORM names another; a QCoreApplication for every other command, so they start fast and
/// never touch a display.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

}  // namespace salesops::cli
