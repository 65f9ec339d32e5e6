// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/ingest/CsvWriter.h"
#include "salesops/ingest/FileParser.h"
#include "salesops/ingest/Rows.h"

namespace salesops::ingest {

/// The rejected rows of an import as a CSV file the user can fix and import again: the original
/// header plus `line` and `error`, then each row's original fields plus the line it came from and
/// `column: reason (value)`. The reader ignores `line` and `error` when the file comes back; a
/// reject file of a reject file reuses those two columns instead of adding two more.
/// Fields are kept as they were read (no formula guard: this is data to fix and import, not an export).
/// The file never replaces another: it appears, whole, under `path` or the next free name
/// (`NAME-2.csv`, ...) only at commit().
class RejectFile {
 public:
  /// Starts the file (a temporary one until commit()) with the header, in the input's delimiter and
  /// encoding, so the file opens in the program that wrote the input as that input did: a Windows-1252
  /// input (Dutch Excel's "CSV") gets its fields back as the very bytes it had, UTF-8 with a BOM
  /// gets the BOM. The fields are the parsed text (UTF-8), converted back here. The rows of a
  /// workbook's `sheet` say where they came from in `sheet` and `row` columns instead of `line`.
  Result<void> open(const std::string& path, const std::vector<std::string>& header, char delimiter = ',',
                    Encoding encoding = Encoding::Utf8, const std::string& sheet = {});
  void write(const RejectedRow& row);
  /// The encoding the file is written in (the one open() was given).
  Encoding encoding() const { return encoding_; }
  /// Flushes the rows to disk; reports a write error (e.g. a full disk) that happened on the way.
  Result<void> finish();
  /// Gives the file its name; returns the name it got.
  Result<std::string> commit();
  /// Drops the file: nothing is left of it.
  void discard();

  /// `column: reason (value)`, or `reason (value)` for a row-level error.
  static std::string describe(const RowError& error);

 private:
  /// Writes one row of UTF-8 text in the file's encoding.
  void writeRow(std::span<const std::string_view> fields);

  CsvWriter writer_;
  Encoding encoding_ = Encoding::Utf8;
  std::vector<std::string> converted_;
  size_t headerWidth_ = 0;  // fields of the input's header
  size_t width_ = 0;        // fields of the reject file's header
  std::string sheet_;
  size_t sheetAt_ = 0;
  size_t lineAt_ = 0;
  size_t errorAt_ = 0;
  std::vector<std::string_view> fields_;
  std::string line_;
  std::string error_;
};

}  // namespace salesops::ingest
