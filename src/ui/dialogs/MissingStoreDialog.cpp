// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MissingStoreDialog.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace salesops::ui {

MissingStoreChoice askAboutMissingStore(const QString& path, QWidget* parent) {
  QMessageBox box(parent);
  box.setObjectName("missingStore");
  box.setIcon(QMessageBox::Question);
  box.setWindowTitle(QObject::tr("SalesOps Dashboard"));
  box.setTextFormat(Qt::PlainText);  // the path as written, "<b>&" too
  box.setText(QObject::tr("No SalesOps store at %1").arg(QDir::toNativeSeparators(path)));
  box.setInformativeText(
      QObject::tr("Create a new, empty store there, open another store file, or quit. A store is also made by "
                  "importing exports with salesops-cli import."));
  QPushButton* create = box.addButton(QObject::tr("&Create a store here"), QMessageBox::AcceptRole);
  QPushButton* other = box.addButton(QObject::tr("&Open another…"), QMessageBox::ActionRole);
  QPushButton* quit = box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
  create->setObjectName("create");
  other->setObjectName("openAnother");
  quit->setObjectName("quit");
  box.setDefaultButton(other);
  box.setEscapeButton(quit);
  box.exec();
  if (box.clickedButton() == create) return MissingStoreChoice::Create;
  if (box.clickedButton() == other) return MissingStoreChoice::OpenAnother;
  return MissingStoreChoice::Quit;
}

}  // namespace salesops::ui
