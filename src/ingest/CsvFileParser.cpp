// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFileParser.h"

#include <algorithm>
#include <spdlog/spdlog.h>

#include "file_parsing.h"

#include "salesops/ingest/DelimiterDetector.h"

namespace salesops::ingest {
namespace {

// After this many records the average record size is known well enough to size the id table for
// the whole file at once.
constexpr uint64_t kRecordsBeforeEstimate = 4096;

bool looksBinary(std::string_view head) {
  const std::string_view firstLine = head.substr(0, head.find_first_of("\r\n"));
  return firstLine.find('\0') != std::string_view::npos;
}

bool holdsLineEnd(const std::vector<std::string>& fields) {
  return std::any_of(fields.begin(), fields.end(),
                     [](const std::string& f) { return f.find_first_of("\r\n") != std::string::npos; });
}

constexpr std::string_view kNotUtf8 = "not UTF-8";
constexpr std::string_view kNul = "contains a NUL byte";

}  // namespace

std::string_view toString(Encoding e) {
  switch (e) {
    case Encoding::Utf8:
      return "UTF-8";
    case Encoding::Utf8Bom:
      return "UTF-8 with BOM";
    case Encoding::Windows1252:
      return "Windows-1252";
  }
  return "?";
}

Result<std::unique_ptr<FileParser>> CsvFileParser::open(const std::string& path, const ParseOptions& options) {
  std::unique_ptr<CsvFileParser> parser(new CsvFileParser());
  FileInfo& info = parser->info_;
  info.path = path;
  parser->options_ = options;
  parser->options_.batchRows = std::max<size_t>(options.batchRows, 1);
  CsvReader& reader = parser->reader_;
  if (auto r = reader.open(path); !r) return r.error();
  auto head = reader.head();
  if (!head) return parser->fileError(head.error().message);
  info.stream = reader.isStream();
  info.size = reader.sizeAtOpen();  // a stream's size is known at its end
  if (head->empty() && !reader.hadBom()) return parser->fileError("file is empty");
  // A workbook needs random access to its zip directory; a file of one is read by XlsxFileParser.
  if (info.stream && head->substr(0, 4) == std::string_view("PK\x03\x04", 4))
    return parser->fileError(
        "an .xlsx workbook cannot be read from standard input or a pipe: import the file by its name");
  if (looksBinary(*head))
    return parser->fileError(
        "not a CSV file: its first line holds NUL bytes (a binary file, or UTF-16 text: "
        "save it as CSV UTF-8)");
  // The first chunk's lines decide how the first records are read; the records decide in the end.
  const bool wholeFile = info.stream ? false : reader.bytesRead() >= info.size;
  parser->headEvidence_.countLines(*head, wholeFile);
  info.encoding = parser->encoding();
  info.delimiter = detectDelimiter(*head);  // delimiters and quotes are ASCII: the same in every encoding
  reader.setDelimiter(info.delimiter);

  auto header = reader.next(parser->record_);
  if (!header) return parser->fileError(header.error().message);
  if (!*header) return parser->fileError("file is empty (only blank lines)");
  parser->decode(inspect(parser->record_).text);
  info.header.assign(parser->record_.fields.begin(), parser->record_.fields.end());
  parser->headerSpansLines_ = holdsLineEnd(info.header);

  auto mapping = mapHeader(info, options);
  if (!mapping) return mapping.error();
  parseLogger().debug("{}: {} file, {}, delimiter '{}'", path, toString(info.kind), toString(info.encoding),
                      info.delimiter == '\t' ? std::string("TAB") : std::string(1, info.delimiter));
  parser->validator_.emplace(std::move(*mapping), info.header.size());
  return std::unique_ptr<FileParser>(std::move(parser));
}

Encoding CsvFileParser::encoding() const {
  if (options_.encoding) return *options_.encoding;
  return evidence_.atLeast(headEvidence_).decide(reader_.hadBom());
}

bool CsvFileParser::decode(TextBytes text) {
  if (text == TextBytes::Ascii) return true;
  evidence_.count(text);
  if (encoding() == Encoding::Windows1252) {
    readAs1252_ = true;
    windows1252ToUtf8(record_, converted_);
    return true;
  }
  readAsUtf8_ = true;
  return text == TextBytes::Utf8;
}

Result<bool> CsvFileParser::next(RowBatch& batch) {
  batch.clear();
  if (done_) return false;
  while (batch.rowCount() + batch.rejected.size() < options_.batchRows) {
    auto more = reader_.next(record_);
    if (!more) return fileError(more.error().message);
    if (!*more) return finish();
    if (isBlank(record_)) continue;
    const FieldBytes bytes = inspect(record_);
    // Bytes that are no text of the file's encoding, or a NUL (which cuts text short wherever it
    // is shown), reject the record before the row rules see it; the reject file keeps the bytes.
    if (!decode(bytes.text)) {
      const size_t f = bytes.firstNotUtf8;
      validator_->reject(record_, batch, columnOf(info_, f), printable(record_[f]), kNotUtf8);
    } else if (bytes.nul) {
      const size_t f = bytes.firstNul;
      validator_->reject(record_, batch, columnOf(info_, f), printable(record_[f]), kNul);
    } else {
      validator_->validate(record_, batch);
    }
    if (++records_ == kRecordsBeforeEstimate && !info_.stream) {
      const double bytesPerRecord = double(reader_.bytesConsumed()) / double(records_);
      validator_->expectRows(static_cast<size_t>(double(info_.size) / bytesPerRecord * 1.05));
    }
  }
  return true;
}

Result<bool> CsvFileParser::finish() {
  done_ = true;
  if (info_.stream) info_.size = reader_.bytesRead();
  info_.encoding = encoding();
  const bool as1252 = info_.encoding == Encoding::Windows1252;
  if ((as1252 && readAsUtf8_) || (!as1252 && readAs1252_)) rereadAs_ = info_.encoding;
  // A header that swallowed the lines after it (a quote left open in it, or line ends we could not
  // see) leaves lines but no row: that is a broken file, not an empty one.
  if (records_ == 0 && headerSpansLines_)
    return fileError(
        "the header runs over several lines and no row could be read after it (a quote left open "
        "in the header, or line ends this program does not know?)");
  return false;
}

Result<void> CsvFileParser::skipRows() {
  done_ = true;
  if (auto r = reader_.skipToEnd(); !r) return fileError(r.error().message);
  if (info_.stream) info_.size = reader_.bytesRead();
  return {};
}

}  // namespace salesops::ingest
