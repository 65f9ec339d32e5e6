// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace salesops::ui {

/// Asks where to save an export, starting in the folder of the last export (else Documents) with
/// `baseName.suffix`; adds `.suffix` when the user typed none. An empty string when cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& baseName, const QString& suffix,
                      const QString& filter);

/// A file name made of `text`: lower case, runs of anything but letters and digits as one dash.
QString fileNameFrom(const QString& text);

}  // namespace salesops::ui
