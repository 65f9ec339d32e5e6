// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/import_files.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace salesops::ui {

QStringList askImportFiles(QWidget* parent) {
  QFileDialog dialog(parent, QCoreApplication::translate("salesops::ui::ImportDialog", "Import exports"));
  dialog.setObjectName("importFileChooser");
  dialog.setFileMode(QFileDialog::ExistingFiles);
  dialog.setAcceptMode(QFileDialog::AcceptOpen);
  dialog.setNameFilter(
      QCoreApplication::translate("salesops::ui::ImportDialog", "Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
  if (dialog.exec() != QDialog::Accepted) return {};
  return dialog.selectedFiles();
}

}  // namespace salesops::ui
