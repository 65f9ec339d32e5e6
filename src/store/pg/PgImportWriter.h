// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "PgConnection.h"

#include "salesops/store/ImportTarget.h"

namespace salesops::store::pg {

struct VisitTally;

/// One import into the team store, in one transaction: the writer interns the rep and area codes of
/// the rows itself (new ones are added as they appear), and streams the rows with COPY into a
/// temporary staging table; finish() upserts the whole file in set-based statements (counting
/// inserted, updated and unchanged rows) and updates the visit rollups by the change. Into an empty
/// visit or order table every row is new: the rows go straight in (COPY into the table itself when
/// row-level security allows it, else one plain INSERT from the stage) and the writer counts the
/// visit rollups while it encodes the rows. The table's owner also drops its indexes for the COPY and
/// builds them again in finish(), before anything reads the rows. commit() records the import.
/// Imports take a transaction-level advisory lock, so two at once run one after the other; readers
/// see the store before or after (a reader of a table whose indexes are set aside waits for the
/// commit).
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
  explicit PgImportWriter(PgConnection& conn);
  /// The interned ids of one code table (rep_code or area_code), as far as this import knows them.
  struct Codes {
    const char* table;
    std::unordered_map<std::string, int64_t> ids;
  };
  Result<void> startCopy(FileKind kind);
  Result<void> loadCodes(Codes& codes);
  /// Adds the codes of `batch` that are not interned yet, pausing the COPY for it when it runs.
  Result<void> internNew(FileKind kind, const ingest::RowBatch& batch);
  Result<void> intern(Codes& codes, const std::vector<std::string>& fresh);
  Result<void> endCopy();
  /// Drops the indexes of `table` (the owner's, into an empty table) until rebuildIndexes.
  Result<void> setIndexesAside(const std::string& table);
  Result<void> rebuildIndexes();
  /// Adds new_visit to the rollups and, when visits changed (`anyChanged`), takes old_visit off.
  Result<void> updateVisitRollups(bool anyChanged);
  Result<void> addTalliedRollups();

  PgConnection& conn_;
  bool open_ = false;  ///< the transaction is open
  bool copying_ = false;
  std::optional<FileKind> kind_;
  bool empty_ = false;                     ///< the visit or order table held no row when the import began
  bool direct_ = false;                    ///< ... and the rows are copied straight into it, not into a staging table
  bool rollupsEmpty_ = false;              ///< ... and the visit rollups were empty too (their counts go straight in)
  std::vector<std::string> indexesAside_;  ///< the statements that build the indexes set aside again
  std::unique_ptr<VisitTally> tally_;      ///< the rollups of every visit written (used when all are new)
  std::string copySql_;
  int64_t staged_ = 0;  ///< rows copied so far (a COPY paused for new codes counts its part)
  Codes reps_{"rep_code", {}}, areas_{"area_code", {}};
  std::string buffer_;
  bool changed_ = false;
  std::vector<RowChange> changes_;
};

}  // namespace salesops::store::pg
