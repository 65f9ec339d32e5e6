// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
  /// connection() with the typed password, if any: what signs in once to check the login.
  QString connectionWithPassword() const;
  /// The line of a pgpass file for this login: `host:port:database:user:password`, with `:` and `\`
  /// escaped by `\` as libpq reads them.
  QString pgpassLine() const;
};

/// Appends `login`'s line to the pgpass file libpq reads (PGPASSFILE, else ~/.pgpass), made readable
/// by the user only (libpq ignores a pgpass file that others can read). Returns an error text, or
/// an empty string when the line was written.
QString rememberInPgpass(const ServerLogin& login);

}  // namespace salesops::ui
