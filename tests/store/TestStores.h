// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

#include "Sqlite.h"

#include "salesops/store/Store.h"

namespace salesops::store::testing {

/// A fresh folder under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Writes `text` to `path` as is (bytes).
void writeFile(const std::string& path, const std::string& text);
std::string readFile(const std::string& path);

/// One integer from a query on the store (test-only look inside).
int64_t queryInt(Store& store, const std::string& sql);

/// The rollup tables recomputed from the raw visits, compared with what the writer maintained, and
/// every visit checked to lie in its day's zone: empty when all agree, else what differs.
std::string rollupMismatch(Store& store);

}  // namespace salesops::store::testing
