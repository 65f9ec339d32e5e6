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
#include "salesops/store/ImportTarget.h"
#include "salesops/store/Store.h"

namespace salesops::store {

/// One write transaction: upserts batches of typed rows, keeps the rollups in step, and commits
/// all or nothing. Destroying it without commit() rolls everything back.
class StoreWriter : public ImportWriter {
 public:
  /// Takes the write lock (BEGIN IMMEDIATE). Another writer makes it wait up to the busy timeout,
  /// then fail with a clear error; it never interleaves with another import.
  static Result<std::unique_ptr<StoreWriter>> begin(Store& store);
  ~StoreWriter() override;
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;

  /// Upserts the rows of `kind` in `batch` (the batch's strings may be moved from).
  Result<WriteCounts> write(FileKind kind, ingest::RowBatch& batch) override;
  /// SQLite writes each batch at once: nothing is kept back.
  Result<WriteCounts> finish() override;

  /// Keeps the first `max` updated rows with their old and new values (for `import --dry-run`).
  void keepChanges(size_t max) override;
  const std::vector<RowChange>& changes() const override;

  /// Brings the rollups up to date, counts a new data generation if anything changed, records the
  /// import (when given) with that generation, and commits.
  Result<void> commit(const ImportLogEntry* import = nullptr) override;
  void rollback() override;

 private:
  struct Impl;
  explicit StoreWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace salesops::store
