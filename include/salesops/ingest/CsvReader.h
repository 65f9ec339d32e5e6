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
  /// Utf8 and Utf8Bom give the bytes as they are (a leading BOM skipped); Windows1252 converts each
  /// record, so its records are UTF-8.
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
  /// The record's bytes as read, quotes, delimiters and line end included (before any conversion).
  std::string_view raw;

  size_t size() const { return fields.size(); }
  std::string_view operator[](size_t i) const { return fields[i]; }
};

/// Converts the fields of `record` from Windows-1252 to UTF-8; the views then point into `storage`.
void windows1252ToUtf8(CsvRecord& record, std::string& storage);

/// A streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and line ends inside
/// quotes; LF, CRLF and a lone CR (classic Mac) are all line ends; blank lines are skipped. Reads
/// the file once, in chunks, so memory stays constant whatever the file size and a pipe or
/// standard input can be read too; every byte read is hashed on the way. Fields point into the
/// read buffer; only quoted fields with doubled quotes are copied.
class CsvReader {
 public:
  /// The path that means standard input.
  static constexpr std::string_view kStdin = "-";

  CsvReader();
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  /// Opens `path` (kStdin for standard input; a FIFO is read as the stream it is).
  Result<void> open(const std::string& path, const CsvReaderOptions& options = {});

  /// The first bytes of the input (up to one chunk, after a BOM), read but not yet parsed: what a
  /// caller looks at before the first record, e.g. to detect the delimiter. Reads them if needed.
  Result<std::string_view> head();
  void setDelimiter(char delimiter) { options_.delimiter = delimiter; }
  /// Whether the input began with a UTF-8 byte order mark (known once head() or next() has read).
  bool hadBom() const { return bom_; }

  /// Reads the next record: true when one was read, false at the end of the file. A quote left
  /// open at the end of the file, an oversized record or a read error is an Error whose message
  /// names the line; after an Error the reader stays failed.
  Result<bool> next(CsvRecord& record);

  /// Reads the rest of the input without parsing it, only hashing it.
  Result<void> skipToEnd();

  /// Bytes of the input consumed by the records read so far.
  uint64_t bytesConsumed() const;
  /// Bytes read from the input so far (all of it once next() returned false).
  uint64_t bytesRead() const { return rawRead_; }
  /// Hex XXH3-128 of the bytes read so far: of the whole input once next() returned false.
  std::string contentHash() const;

  /// Standard input (even when it is a file: it may not start at the file's start), a pipe or a
  /// FIFO: no size is known before the end, and it can be read once.
  bool isStream() const { return !identity_.regular || path_ == kStdin; }
  /// The size of a file when it was opened (0 for a stream).
  uint64_t sizeAtOpen() const { return isStream() ? 0 : identity_.size; }
  /// An Error when the file is not what was opened any more: another size or modification time,
  /// or the path now names another file. Always fine for a stream, which cannot change under us.
  Result<void> checkUnchanged() const;

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
  struct Identity {
    bool regular = false;
    uint64_t size = 0;
    int64_t mtimeNs = 0;
    uint64_t device = 0;
    uint64_t inode = 0;
  };
  struct Hasher;
  struct HasherDelete {
    void operator()(Hasher* h) const;
  };

  CsvReaderOptions options_;
  std::string path_;
  std::FILE* file_ = nullptr;
  bool ownsFile_ = false;
  Identity identity_;
  std::unique_ptr<Hasher, HasherDelete> hasher_;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  size_t pos_ = 0;  // start of unparsed data in buffer_
  size_t end_ = 0;  // end of data in buffer_
  bool eof_ = false;
  bool started_ = false;
  bool bom_ = false;
  uint64_t rawRead_ = 0;
  int64_t line_ = 1;  // line on which the unparsed data starts
  std::string scratch_;
  std::vector<ScratchField> scratchFields_;
  std::string converted_;  // Windows-1252 records as UTF-8
  std::string error_;
};

}  // namespace salesops::ingest
