// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import log's columns on the team server and how a row of them becomes an ImportLogEntry: one
// definition for the store (unchanged-since checks) and the reader (the Imports page, `check`).

#include <string>

#include "PgConnection.h"

#include "salesops/store/ImportTarget.h"

/// The columns every statement on salesops.import_log selects, in the order importLogEntry reads.
#define SALESOPS_PG_IMPORT_LOG_COLUMNS                                                                          \
  "id, file_name, file_size, content_hash, kind, imported_at, inserted, updated, unchanged, rejected, strict, " \
  "options, generation, source"

namespace salesops::store::pg {

/// Row `row` of a result that selected SALESOPS_PG_IMPORT_LOG_COLUMNS.
inline ImportLogEntry importLogEntry(const PgResult& r, int row) {
  ImportLogEntry e;
  e.id = r.int64(row, 0);
  e.fileName = r.text(row, 1);
  e.fileSize = r.int64(row, 2);
  e.contentHash = r.text(row, 3);
  e.kind = fromString<FileKind>(r.text(row, 4)).value_or(FileKind::Visits);
  e.importedAt = r.int64(row, 5);
  e.inserted = r.int64(row, 6);
  e.updated = r.int64(row, 7);
  e.unchanged = r.int64(row, 8);
  e.rejected = r.int64(row, 9);
  e.strict = r.text(row, 10) == "t";
  e.options = r.text(row, 11);
  e.generation = r.int64(row, 12);
  e.source = r.text(row, 13);
  return e;
}

}  // namespace salesops::store::pg
