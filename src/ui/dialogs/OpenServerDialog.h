// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesops::ui {

/// What opens a team server: libpq's keyword/value connection string of the fields (each value
/// quoted, so a space or quote in it stays part of it) and the password typed, if any.
struct ServerLogin {
  QString host;
  int port = 5432;
  QString database;
  QString user;
  QString password;  ///< empty: libpq finds one (~/.pgpass, PGPASSFILE, a service file) or needs none

  /// `host='db' port='5432' dbname='salesops' user='anna'`, without the password.
  QString connection() const;
  /// The line of a pgpass file for this login: `host:port:database:user:password`, with `:` and `\`
  /// escaped by `\` as libpq reads them.
  QString pgpassLine() const;
};

/// Appends `login`'s line to the pgpass file libpq reads (PGPASSFILE, else ~/.pgpass), made readable
/// by the user only (libpq ignores a pgpass file that others can read). Returns an error text, or
/// an empty string when the line was written.
QString rememberInPgpass(const ServerLogin& login);

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
