// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/ingest/OutputFile.h"

namespace salesops::store {

/// The files a SQLite store at `path` consists of: the database and SQLite's `-wal`, `-shm` and
/// `-journal` next to it. No output may be written over any of them.
inline std::vector<ingest::ProtectedFile> storeFiles(const std::string& path) {
  return {{path, "the store"},
          {path + "-wal", "the store's write-ahead log"},
          {path + "-shm", "the store's shared-memory file"},
          {path + "-journal", "the store's journal"}};
}

}  // namespace salesops::store
