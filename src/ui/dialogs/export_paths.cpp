// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/export_paths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include "window/Settings.h"

namespace salesops::ui {

QString askExportPath(QWidget* parent, const QString& title, const QString& baseName, const QString& suffix,
                      const QString& filter) {
  QString folder = settings::exportFolder.get();
  if (folder.isEmpty() || !QDir(folder).exists())
    folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  // Not every home has a Documents folder; the dialog would otherwise open in the working folder.
  if (!QDir(folder).exists()) folder = QDir::homePath();
  QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(baseName + "." + suffix), filter);
  if (path.isEmpty()) return path;
  if (QFileInfo(path).suffix().isEmpty()) path += "." + suffix;
  settings::exportFolder.set(QFileInfo(path).absolutePath());
  return path;
}

QString fileNameFrom(const QString& text) {
  QString out;
  for (const QChar c : text.toLower()) {
    if (c.isLetterOrNumber())
      out += c;
    else if (!out.isEmpty() && !out.endsWith('-'))
      out += '-';
  }
  while (out.endsWith('-')) out.chop(1);
  return out.isEmpty() ? QStringLiteral("export") : out;
}

}  // namespace salesops::ui
