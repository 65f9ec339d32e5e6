// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/Rows.h"

namespace salesops::ingest {

enum class Encoding : uint8_t { Utf8, Utf8Bom, Windows1252 };
std::string_view toString(Encoding e);

/// What reading one .xlsx workbook may cost: a part (a sheet, the shared strings) that unpacks to
/// more than maxPartBytes, or more than maxSharedStrings shared strings, is refused as a zip bomb.
struct WorkbookLimits {
  uint64_t maxPartBytes = uint64_t{1} << 30;
  uint64_t maxSharedStrings = 10'000'000;
};

struct ParseOptions {
  /// The file's kind; detected from the header when not given.
  std::optional<FileKind> kind;
  /// Records per batch handed out by FileParser::next.
  size_t batchRows = 8192;
  /// User overrides of the column mapping: canonical column name -> header name as in the file.
  std::map<std::string, std::string> columnOverrides;
  /// Read the file in this encoding instead of deciding it from the file's bytes (see rereadAs).
  std::optional<Encoding> encoding;
  /// The sheet of a workbook to read (exactly, else ignoring case); empty: the first. CSV: unused.
  std::string sheet;
  WorkbookLimits workbookLimits;
};

/// What the parser found out about a file before reading its rows.
struct FileInfo {
  std::string path;
  /// The size of a regular file; for a stream, the bytes read so far (all of them at the end).
  uint64_t size = 0;
  /// Standard input, a pipe or a FIFO: read once, as it comes.
  bool stream = false;
  /// Decided on the whole file's evidence (see docs/importing.md): from the first chunk when the
  /// file is opened, final once next() has returned false.
  Encoding encoding = Encoding::Utf8;
  char delimiter = ',';
  FileKind kind = FileKind::Visits;
  std::vector<std::string> header;          ///< the header fields as written (UTF-8)
  std::vector<std::string> ignoredColumns;  ///< header fields that map to no column (a warning)
  std::map<std::string, int> columns;       ///< canonical column name -> header index
  /// A workbook's sheet that was read; empty for a CSV file. Record lines are then its row numbers.
  std::string sheet;
};

/// Reads one CSV export or .xlsx workbook sheet as typed, validated rows in batches, streaming (memory does not grow
/// with the file). A function of its input: it touches no database and shows no UI.
class FileParser {
 public:
  virtual ~FileParser() = default;

  /// Opens the file (`-` is standard input); a zip (.xlsx) or an OLE file (.xls, an encrypted
  /// workbook) is read as a workbook, anything else as CSV. Detects encoding, delimiter and kind, and maps the
  /// columns, reading only the first chunk. File-level problems (unreadable, empty, unknown kind, a
  /// required column missing) come back as an Error whose message names the file and, for a missing
  /// column, the column and the columns found.
  static Result<std::unique_ptr<FileParser>> open(const std::string& path, const ParseOptions& options = {});

  virtual const FileInfo& info() const = 0;

  /// Clears `batch` and fills it with up to batchRows records (good rows and rejected rows).
  /// Returns false once the file is exhausted (the batch may still hold its last records).
  /// A file-level error found mid-file (a quote left open at end of file, lines but not one row
  /// read from them) is an Error. Rows that are not UTF-8 in a UTF-8 file and rows holding a NUL
  /// byte are rejected rows.
  virtual Result<bool> next(RowBatch& batch) = 0;

  /// Reads the rest of the file without parsing it, only hashing it: for the "unchanged since
  /// import" check, which needs nothing but the hash. next() returns false afterwards.
  virtual Result<void> skipRows() = 0;

  /// Bytes of the file consumed so far, for progress.
  virtual uint64_t bytesConsumed() const = 0;

  /// Hex XXH3-128 of exactly the bytes that were read (and parsed): complete once next() has
  /// returned false.
  virtual std::string contentHash() const = 0;

  /// An Error naming the file when it changed since it was opened (size, modification time, or the
  /// path now names another file): what was read may then be a mix of two versions.
  virtual Result<void> checkUnchanged() const = 0;

  /// Once next() has returned false: the encoding to read the file again in when the whole file's
  /// evidence decided otherwise than its first chunk did and rows with non-ASCII text were read
  /// the other way (rare: a large file mixing both). Never set when ParseOptions::encoding is.
  virtual std::optional<Encoding> rereadAs() const = 0;
};

}  // namespace salesops::ingest
