// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace salesops::ui {

/// The file chooser for exports to import (Ctrl+O, and Add files in the import dialog): CSV and
/// text files, several at once. A modal QFileDialog named "importFileChooser"; the chosen paths,
/// empty when cancelled.
QStringList askImportFiles(QWidget* parent);

}  // namespace salesops::ui
