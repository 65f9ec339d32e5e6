// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/FilePreview.h"

#include "XlsxRows.h"

#include "salesops/ingest/ColumnMapping.h"
#include "salesops/ingest/CsvReader.h"

namespace salesops::ingest {
namespace {

// The records after the header, as text, from a CsvReader or a sheet's xlsx::Rows.
template <class Records>
Result<void> readRows(Records& records, FilePreview& preview, size_t maxRows) {
  CsvRecord record;
  bool header = true;
  while (preview.rows.size() < maxRows) {
    auto more = records.next(record);
    if (!more) return more.error();
    if (!*more) break;
    if (header) {
      header = false;
      continue;
    }
    preview.rows.emplace_back(record.fields.begin(), record.fields.end());
  }
  return {};
}

}  // namespace

Result<FilePreview> previewFile(const std::string& path, const ParseOptions& options, size_t maxRows) {
  auto parser = FileParser::open(path, options);
  if (!parser) return parser.error();
  FilePreview preview;
  preview.info = (*parser)->info();

  if (!preview.info.sheet.empty()) {
    xlsx::Rows rows;
    if (auto r = rows.open(path, preview.info.sheet, options.workbookLimits); !r)
      return makeError(path + ": " + r.error().message);
    if (auto r = readRows(rows, preview, maxRows); !r) return makeError(path + ": " + r.error().message);
  } else {
    CsvReader reader;
    CsvReaderOptions readOptions;
    readOptions.delimiter = preview.info.delimiter;
    readOptions.encoding = preview.info.encoding;
    if (auto r = reader.open(path, readOptions); !r) return r.error();
    if (auto r = readRows(reader, preview, maxRows); !r) return r.error();
  }
  const KindColumns columns = kindColumns(preview.info.kind);
  for (Column c : columns.required) preview.kindColumns.emplace_back(std::string(columnName(c)), true);
  for (Column c : columns.optional) preview.kindColumns.emplace_back(std::string(columnName(c)), false);
  return preview;
}

}  // namespace salesops::ingest
