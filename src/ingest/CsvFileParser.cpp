// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFileParser.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "salesops/ingest/ColumnMapping.h"
#include "salesops/ingest/DelimiterDetector.h"
#include "salesops/ingest/FileScan.h"
#include "salesops/ingest/LibraryLogger.h"
#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {
namespace {

// After this many records the average record size is known well enough to size the id table for
// the whole file at once.
constexpr uint64_t kRecordsBeforeEstimate = 4096;

// Made once, thread-safely: the import dialog previews files on many threads at once.
spdlog::logger& logger() {
  static spdlog::logger& named = libraryLogger("ingest");
  return named;
}

// The first line as UTF-8, for delimiter detection.
std::string headText(const FileScan& scan) {
  std::string_view head = scan.head;
  if (scan.encoding == Encoding::Utf8Bom) head.remove_prefix(3);
  return scan.encoding == Encoding::Windows1252 ? windows1252ToUtf8(head) : std::string(head);
}

bool looksBinary(std::string_view head) {
  const std::string_view firstLine = head.substr(0, head.find('\n'));
  return firstLine.find('\0') != std::string_view::npos;
}

// Spreadsheets write rows of empty cells (`;;;;`) below the data: as blank as a blank line.
bool allEmpty(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(), [](std::string_view f) { return trimmed(f).empty(); });
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "'" : ", '") + n + "'";
  return out;
}

}  // namespace

Result<std::unique_ptr<FileParser>> FileParser::open(const std::string& path, const ParseOptions& options) {
  return CsvFileParser::open(path, options);
}

Result<std::unique_ptr<FileParser>> CsvFileParser::open(const std::string& path, const ParseOptions& options) {
  auto scan = scanFile(path);
  if (!scan) return scan.error();
  std::unique_ptr<CsvFileParser> parser(new CsvFileParser());
  FileInfo& info = parser->info_;
  info.path = path;
  info.size = scan->size;
  info.encoding = scan->encoding;
  parser->options_ = options;
  parser->options_.batchRows = std::max<size_t>(options.batchRows, 1);
  parser->contentHash_ = scan->contentHash;
  if (scan->size == 0) return parser->fileError("file is empty");
  if (looksBinary(scan->head))
    return parser->fileError(
        "not a CSV file: its first line holds NUL bytes (a binary file, or UTF-16 text: "
        "save it as CSV UTF-8)");
  info.delimiter = detectDelimiter(headText(*scan));

  CsvReaderOptions readerOptions;
  readerOptions.delimiter = info.delimiter;
  readerOptions.encoding = info.encoding;
  if (auto r = parser->reader_.open(path, readerOptions); !r) return r.error();
  auto header = parser->reader_.next(parser->record_);
  if (!header) return parser->fileError(header.error().message);
  if (!*header) return parser->fileError("file is empty (only blank lines)");
  info.header.assign(parser->record_.fields.begin(), parser->record_.fields.end());

  auto mapping = mapColumns(info.header, options.kind, options.columnOverrides);
  if (!mapping) return parser->fileError(mapping.error().message);
  info.kind = mapping->kind;
  info.ignoredColumns = mapping->ignoredColumns;
  for (size_t c = 0; c < kColumnCount; ++c)
    if (mapping->index[c] >= 0) info.columns[std::string(columnName(static_cast<Column>(c)))] = mapping->index[c];
  if (!info.ignoredColumns.empty()) logger().warn("{}: ignoring columns {}", path, joined(info.ignoredColumns));
  logger().debug("{}: {} file, {}, delimiter '{}'", path, toString(info.kind), toString(info.encoding),
                 info.delimiter == '\t' ? std::string("TAB") : std::string(1, info.delimiter));
  parser->validator_.emplace(std::move(*mapping), info.header.size());
  return std::unique_ptr<FileParser>(std::move(parser));
}

Result<bool> CsvFileParser::next(RowBatch& batch) {
  batch.clear();
  if (done_) return false;
  while (batch.rowCount() + batch.rejected.size() < options_.batchRows) {
    auto more = reader_.next(record_);
    if (!more) return fileError(more.error().message);
    if (!*more) {
      done_ = true;
      return false;
    }
    if (allEmpty(record_)) continue;
    validator_->validate(record_, batch);
    if (++records_ == kRecordsBeforeEstimate) {
      const double bytesPerRecord = double(reader_.bytesConsumed()) / double(records_);
      validator_->expectRows(static_cast<size_t>(double(info_.size) / bytesPerRecord * 1.05));
    }
  }
  return true;
}

}  // namespace salesops::ingest
