// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include "window/ServerLogin.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesops::ui {

/// File > Open team server…: host, port, database, user and, when the server asks for one, the
/// password, with an offer to remember it in ~/.pgpass. Open signs in once to check: a wrong password,
/// an unreachable server or a database that is no SalesOps store is said in the dialog (never with
/// the password), which stays open. Keyboard: every field has a mnemonic, Enter opens, Escape cancels.
class OpenServerDialog : public QDialog {
  Q_OBJECT
 public:
  explicit OpenServerDialog(QWidget* parent = nullptr);
  /// The login that signed in (after exec() returned Accepted).
  ServerLogin login() const;
  /// Whether the password was written to the pgpass file (then a new window needs no password).
  bool remembered() const { return remembered_; }

 private:
  void tryOpen();

  QLineEdit* host_;
  QSpinBox* port_;
  QLineEdit* database_;
  QLineEdit* user_;
  QLineEdit* password_;
  QCheckBox* remember_;
  QLabel* error_;
  bool remembered_ = false;
};

}  // namespace salesops::ui
