// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "PgConnection.h"

#include "salesops/store/ImportTarget.h"

namespace salesops::store::pg {

/// One import into the team store, in one transaction: the rows are streamed with COPY into a
/// temporary staging table, then finish() interns the new rep and area codes, upserts the whole file
/// in set-based statements (counting inserted, updated and unchanged rows) and updates the visit
/// rollups by the change; commit() records the import. Imports take a transaction-level
/// advisory lock, so two at once run one after the other; readers see the store before or after.
class PgImportWriter : public ImportWriter {
 public:
  /// Begins the transaction and takes the import lock, calling `waiting` first when another import
  /// holds it.
  static Result<std::unique_ptr<PgImportWriter>> begin(PgConnection& conn, const std::function<void()>& waiting);
  ~PgImportWriter() override;

  Result<WriteCounts> write(FileKind kind, ingest::RowBatch& batch) override;
  Result<WriteCounts> finish() override;
  /// Not kept on PostgreSQL yet: a dry run reports its counts but no changed values.
  void keepChanges(size_t /*max*/) override {}
  const std::vector<RowChange>& changes() const override { return changes_; }
  Result<void> commit(const ImportLogEntry* import = nullptr) override;
  void rollback() override;

 private:
  explicit PgImportWriter(PgConnection& conn) : conn_(conn) {}
  Result<void> startCopy(FileKind kind);
  Result<void> updateVisitRollups();

  PgConnection& conn_;
  bool open_ = false;  ///< the transaction is open
  bool copying_ = false;
  std::optional<FileKind> kind_;
  std::string buffer_;
  bool changed_ = false;
  std::vector<RowChange> changes_;
};

}  // namespace salesops::store::pg
