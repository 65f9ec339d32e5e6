// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace salesops::store {

/// True when `db` names a PostgreSQL team store rather than a SQLite file: a libpq URI
/// (`postgresql://...` or `postgres://...`) or a keyword/value connection string that names a
/// service, host or database (`service=NAME`, `host=... dbname=...`). Anything else is a file path.
bool isServerConnection(std::string_view db);

/// `db` fit for a log line or an error message: every password in it (the `user:PASSWORD@` part and
/// the `password` / `sslpassword` parameters of a URI, the `password=` / `sslpassword=` keywords of a
/// keyword/value string, quoted or not) is replaced by `***`. A file path comes back unchanged.
std::string redactConnection(std::string_view db);

}  // namespace salesops::store
