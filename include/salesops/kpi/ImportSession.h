// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/Rows.h"

namespace salesops::store {
class Store;
}

namespace salesops::kpi {

/// One file the window imports and how (a subset of the store's import options: the window makes
/// no dry runs and always writes the reject file next to the input).
struct ImportRequest {
  std::string path;
  std::optional<FileKind> kind;  ///< detected from the header when not given
  bool strict = false;           ///< any bad row rejects the whole file
  std::map<std::string, std::string> columnOverrides;
  /// Recorded in the import log: how the file came in (`window`, `watch DIR`).
  std::string source;
  /// A content imported before is not imported again (a watched folder).
  bool skipImported = false;
  /// Called from the importing thread after each batch with bytes read and the file's size.
  std::function<void(uint64_t done, uint64_t total)> progress;
  /// Set from any thread to stop; the file is then rolled back.
  const std::atomic<bool>* cancel = nullptr;
};

/// What became of one imported file, as the window reports it.
struct ImportSummary {
  enum class Status {
    Imported,         ///< committed (possibly with rejected rows kept aside)
    Refused,          ///< strict and some rows were bad: nothing was written
    Cancelled,        ///< stopped by the user: nothing was written
    AlreadyImported,  ///< skipImported and this content was imported before: nothing done
  };
  Status status = Status::Imported;
  FileKind kind = FileKind::Visits;
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t rejected = 0;
  std::vector<ingest::RowError> errors;  ///< the first rejected rows
  std::string rejectFile;                ///< the name it got, when one was written
};

/// The window's one way to write to a store: importing files, one after the other, over one
/// read-write connection. It lives in kpi because the window reaches the data only through kpi
/// (docs/architecture.md, "the layer rule"); the import itself is the store's (store::importFile).
class ImportSession {
 public:
  /// Opens the existing store at `path` to write to it.
  static Result<std::unique_ptr<ImportSession>> open(const std::string& path);
  ~ImportSession();
  ImportSession(const ImportSession&) = delete;
  ImportSession& operator=(const ImportSession&) = delete;

  /// Imports one file in one transaction; file-level problems are an Error.
  Result<ImportSummary> importFile(const ImportRequest& request);

 private:
  explicit ImportSession(std::unique_ptr<store::Store> store);
  std::unique_ptr<store::Store> store_;
};

}  // namespace salesops::kpi
