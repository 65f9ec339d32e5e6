// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/Rows.h"
#include "salesops/store/Store.h"

namespace salesops::store {

/// What one write did, keyed by id as the re-import rules say.
struct WriteCounts {
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  WriteCounts& operator+=(const WriteCounts& o) {
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    return *this;
  }
};

/// One value an update changed, as the input files write it (nullopt: no value).
struct ColumnChange {
  std::string column;
  std::optional<std::string> oldValue;
  std::optional<std::string> newValue;
};

/// A stored row that a write updated: its key (the id, or week level key metric for a target) and
/// the columns that changed.
struct RowChange {
  std::string id;
  std::vector<ColumnChange> columns;
};

/// One write transaction: upserts batches of typed rows, keeps the rollups in step, and commits
/// all or nothing. Destroying it without commit() rolls everything back.
class StoreWriter {
 public:
  /// Takes the write lock (BEGIN IMMEDIATE). Another writer makes it wait up to the busy timeout,
  /// then fail with a clear error; it never interleaves with another import.
  static Result<std::unique_ptr<StoreWriter>> begin(Store& store);
  ~StoreWriter();
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;

  /// Upserts the rows of `kind` in `batch` (the batch's strings may be moved from).
  Result<WriteCounts> write(FileKind kind, ingest::RowBatch& batch);

  /// Keeps the first `max` updated rows with their old and new values (for `import --dry-run`).
  void keepChanges(size_t max);
  const std::vector<RowChange>& changes() const;

  /// Brings the rollups up to date, counts a new data generation if anything changed, records the
  /// import (when given) with that generation, and commits.
  Result<void> commit(const ImportLogEntry* import = nullptr);
  void rollback();

 private:
  struct Impl;
  explicit StoreWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace salesops::store
