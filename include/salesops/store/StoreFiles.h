// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "salesops/ingest/OutputFile.h"

namespace salesops::store {

/// The files a SQLite store at `path` consists of: the database and SQLite's `-wal`, `-shm` and
/// `-journal` next to it (next to the file a symlink points to as well: SQLite names them after the
/// resolved path). No output may be written over any of them.
inline std::vector<ingest::ProtectedFile> storeFiles(const std::string& path) {
  std::vector<ingest::ProtectedFile> out{{path, "the store"}};
  std::error_code ec;
  const std::string resolved = std::filesystem::weakly_canonical(path, ec).string();
  for (const std::string& base : {path, ec ? path : resolved}) {
    out.push_back({base + "-wal", "the store's write-ahead log"});
    out.push_back({base + "-shm", "the store's shared-memory file"});
    out.push_back({base + "-journal", "the store's journal"});
  }
  return out;
}

}  // namespace salesops::store
