// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

namespace salesops::ui {

/// A warning box whose text is shown as written. QMessageBox guesses rich text from the text, so a
/// message naming a path or a file's text such as "<b>&" would be read as markup and shown wrong.
inline void warnPlain(QWidget* parent, const QString& title, const QString& text) {
  QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
  box.setObjectName("plainWarning");
  box.setTextFormat(Qt::PlainText);
  box.exec();
}

}  // namespace salesops::ui
