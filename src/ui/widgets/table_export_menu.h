// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "salesops/charts/TableExport.h"
#include "salesops/core/Result.h"

class QAbstractItemView;
class QMenu;
class QWidget;

namespace salesops::ui {

/// Gives `view` a context menu with Export as XLSX and Export as CSV, unless it already has a menu
/// of its own. Safe to call twice.
void installTableExportMenu(QAbstractItemView* view);
/// Installs it on every table view inside `root`.
void installTableExportMenus(QWidget* root);
/// Whether `view` has the export menu.
bool hasTableExportMenu(const QAbstractItemView* view);

/// The menu: actions exportXlsx and exportCsv (object names).
QMenu* createTableExportMenu(QAbstractItemView* view, QWidget* parent);
/// Asks a file name (XLSX or CSV, `suffix` preselected) and writes; errors in a message box.
void exportTableInteractively(QAbstractItemView* view, const QString& suffix = QStringLiteral("xlsx"));
/// What exportTableTo writes: the model's rows and columns (charts::modelExportTable), the view's
/// name as the sheet's, and the period and filters of its page as the subtitle. `view` has a model.
charts::ExportTable exportTableOf(const QAbstractItemView& view);
/// Exactly the model's rows and columns, typed as the table shows them, to `path` (.xlsx, or .csv in the
/// language's dialect: csvDialectFor).
Result<void> exportTableTo(const QAbstractItemView& view, const QString& path);

}  // namespace salesops::ui
