// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every FileParser (CSV, XLSX) does the same way with its header and records.

#include <string>

#include "salesops/ingest/ColumnMapping.h"
#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/FileParser.h"

namespace spdlog {
class logger;
}

namespace salesops::ingest {

/// The `ingest` logger, made once and thread-safely (the import dialog previews files on many
/// threads at once).
spdlog::logger& parseLogger();

/// Maps `info.header` to the columns of its kind (given in `options` or detected) and fills
/// `info.kind`, `info.ignoredColumns` and `info.columns`; the error names the file.
Result<ColumnMapping> mapHeader(FileInfo& info, const ParseOptions& options);

/// The canonical name of the column in field `field`, else its header as written.
std::string columnOf(const FileInfo& info, size_t field);

/// Spreadsheets write rows of empty cells (`;;;;`) below the data: as blank as a blank line.
bool isBlank(const CsvRecord& record);

}  // namespace salesops::ingest
