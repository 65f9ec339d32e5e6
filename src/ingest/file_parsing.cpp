// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_parsing.h"

#include <algorithm>
#include <spdlog/spdlog.h>

#include "salesops/ingest/FieldParsers.h"
#include "salesops/ingest/LibraryLogger.h"

namespace salesops::ingest {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "'" : ", '") + n + "'";
  return out;
}

}  // namespace

spdlog::logger& parseLogger() {
  static spdlog::logger& named = libraryLogger("ingest");
  return named;
}

Result<ColumnMapping> mapHeader(FileInfo& info, const ParseOptions& options) {
  auto mapping = mapColumns(info.header, options.kind, options.columnOverrides);
  if (!mapping) return makeError(info.path + ": " + mapping.error().message);
  info.kind = mapping->kind;
  info.ignoredColumns = mapping->ignoredColumns;
  for (size_t c = 0; c < kColumnCount; ++c)
    if (mapping->index[c] >= 0) info.columns[std::string(columnName(static_cast<Column>(c)))] = mapping->index[c];
  if (!info.ignoredColumns.empty())
    parseLogger().warn("{}: ignoring columns {}", info.path, joined(info.ignoredColumns));
  return mapping;
}

std::string columnOf(const FileInfo& info, size_t field) {
  for (const auto& [name, index] : info.columns)
    if (static_cast<size_t>(index) == field) return name;
  return field < info.header.size() ? info.header[field] : std::string();
}

bool isBlank(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(), [](std::string_view f) { return trimmed(f).empty(); });
}

}  // namespace salesops::ingest
