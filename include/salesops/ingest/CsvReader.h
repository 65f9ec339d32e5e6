// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

struct CsvReaderOptions {
  char delimiter = ',';
  /// Utf8Bom skips the BOM; Windows1252 is converted, so records are always UTF-8.
  Encoding encoding = Encoding::Utf8;
  size_t chunkBytes = size_t{1} << 20;
  /// Limits that turn pathological input (an unclosed quote, a file that is no CSV) into an error
  /// instead of unbounded memory.
  size_t maxRecordBytes = size_t{64} << 20;
  size_t maxFields = 10000;
};

/// One record; the views are valid until the next call to CsvReader::next.
struct CsvRecord {
  int64_t line = 0;  ///< the line on which the record starts (1 = the file's first line)
  std::vector<std::string_view> fields;

  size_t size() const { return fields.size(); }
  std::string_view operator[](size_t i) const { return fields[i]; }
};

/// A streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and line ends inside
/// quotes, LF or CRLF line ends; blank lines are skipped. Reads the file in chunks, so memory stays
/// constant whatever the file size; fields point into the read buffer, and only quoted fields with
/// doubled quotes are copied.
class CsvReader {
 public:
  CsvReader();
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  Result<void> open(const std::string& path, const CsvReaderOptions& options = {});

  /// Reads the next record: true when one was read, false at the end of the file. A quote left
  /// open at the end of the file, an oversized record or a read error is an Error whose message
  /// names the line; after an Error the reader stays failed.
  Result<bool> next(CsvRecord& record);

  /// Bytes of the file consumed by the records read so far (estimated for Windows-1252).
  uint64_t bytesConsumed() const;

 private:
  enum class Step { Record, NeedMore, End, Error };
  Step parse(CsvRecord& record);
  Result<void> refill();
  Step fail(std::string message);

  struct ScratchField {
    size_t index;
    size_t offset;
    size_t length;
  };

  CsvReaderOptions options_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  size_t pos_ = 0;  // start of unparsed data in buffer_
  size_t end_ = 0;  // end of data in buffer_
  std::vector<char> raw_;  // undecoded bytes, for Windows-1252
  bool eof_ = false;
  bool started_ = false;
  uint64_t rawRead_ = 0;
  int64_t line_ = 1;  // line on which the unparsed data starts
  std::string scratch_;
  std::vector<ScratchField> scratchFields_;
  std::string error_;
};

}  // namespace salesops::ingest
