// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFileParser.h"

#include <algorithm>
#include <spdlog/spdlog.h>

#include "RecordBytes.h"
#include "file_parsing.h"

namespace salesops::ingest {
namespace {

constexpr std::string_view kErrorValue = "an Excel error value: fix the formula or the value it refers to";

}  // namespace

Result<std::unique_ptr<FileParser>> XlsxFileParser::open(const std::string& path, const ParseOptions& options) {
  std::unique_ptr<XlsxFileParser> parser(new XlsxFileParser());
  FileInfo& info = parser->info_;
  info.path = path;
  parser->options_ = options;
  parser->options_.batchRows = std::max<size_t>(options.batchRows, 1);
  if (auto r = parser->bytes_.open(path); !r) return r.error();
  info.size = parser->bytes_.sizeAtOpen();
  if (auto r = parser->rows_.open(path, options.sheet, options.workbookLimits); !r)
    return parser->fileError(r.error().message);
  info.sheet = parser->rows_.sheetName();

  auto header = parser->rows_.next(parser->record_);
  if (!header) return parser->fileError(header.error().message);
  if (!*header) return parser->fileError("sheet '" + info.sheet + "' is empty");
  info.header.assign(parser->record_.fields.begin(), parser->record_.fields.end());
  auto mapping = mapHeader(info, options);
  if (!mapping) return mapping.error();
  parseLogger().debug("{}: {} rows in sheet '{}'", path, toString(info.kind), info.sheet);
  parser->validator_.emplace(std::move(*mapping), info.header.size());
  return std::unique_ptr<FileParser>(std::move(parser));
}

uint64_t XlsxFileParser::bytesConsumed() const {
  if (done_) return info_.size;
  const uint64_t size = rows_.size();
  return size == 0 ? 0 : static_cast<uint64_t>(double(info_.size) * double(rows_.unpacked()) / double(size));
}

Result<bool> XlsxFileParser::next(RowBatch& batch) {
  batch.clear();
  if (done_) return false;
  while (batch.rowCount() + batch.rejected.size() < options_.batchRows) {
    auto more = rows_.next(record_);
    if (!more) return fileError(more.error().message);
    if (!*more) return finish();
    if (isBlank(record_)) continue;
    // An error value where a column of ours is would otherwise pass as text (a rep `#N/A`).
    const auto& errors = rows_.errorCells();
    const auto mapped = std::find_if(errors.begin(), errors.end(), [&](size_t f) {
      return f >= info_.header.size() || std::any_of(info_.columns.begin(), info_.columns.end(),
                                                     [&](const auto& c) { return static_cast<size_t>(c.second) == f; });
    });
    if (mapped != errors.end()) {
      validator_->reject(record_, batch, columnOf(info_, *mapped), std::string(record_[*mapped]), kErrorValue);
    } else if (const FieldBytes bytes = inspect(record_); bytes.nul) {
      validator_->reject(record_, batch, columnOf(info_, bytes.firstNul), printable(record_[bytes.firstNul]),
                         "contains a NUL byte");
    } else {
      validator_->validate(record_, batch);
    }
  }
  return true;
}

Result<bool> XlsxFileParser::finish() {
  done_ = true;
  // The hash is of the file's bytes, as for a CSV file: read once more, straight from the cache.
  if (auto r = bytes_.skipToEnd(); !r) return fileError(r.error().message);
  return false;
}

Result<void> XlsxFileParser::skipRows() {
  done_ = true;
  if (auto r = bytes_.skipToEnd(); !r) return fileError(r.error().message);
  return {};
}

}  // namespace salesops::ingest
