// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "salesops/core/Result.h"
#include "salesops/ingest/CsvDialect.h"
#include "salesops/ingest/OutputFile.h"

namespace salesops::ingest {

/// Writes RFC 4180 CSV (UTF-8, LF line ends), quoting only the fields that need it. Used for reject
/// files and demo exports, so what we write is what our reader reads back: fields are written as
/// they are (no formula guard, see textCell for exports to people). The file is an OutputFile: it
/// appears under its name, whole, only at commit().
class CsvWriter {
 public:
  CsvWriter() = default;
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  /// Starts the file (a temporary one until commit()).
  Result<void> open(const std::string& path, char delimiter = ',', Publish how = Publish::Replace);

  /// The UTF-8 byte order mark, first in the file: Excel then reads the file as UTF-8, not in the
  /// system's code page.
  void writeBom();
  void writeRow(std::span<const std::string_view> fields);
  void writeRow(std::span<const std::string> fields);
  void writeRow(std::initializer_list<std::string_view> fields) {
    writeRow(std::span<const std::string_view>(fields.begin(), fields.size()));
  }

  /// Flushes the file to disk; reports a write error (e.g. a full disk) that happened on the way.
  Result<void> finish();
  /// finish(), then gives the file its name; returns that name (see Publish).
  Result<std::string> commit();
  /// commit(), for callers that need not know the name.
  Result<void> close();
  /// Drops the file: nothing appears under its name.
  void discard();

  /// `field` quoted as needed for `delimiter`.
  static std::string quote(std::string_view field, char delimiter = ',');
  /// A text cell of a CSV export meant for spreadsheets, quoted as needed: text starting with `=`,
  /// `+`, `-`, `@`, a tab or a CR gets a leading `'` so a spreadsheet shows it instead of running it
  /// as a formula (OWASP, CSV injection). Only for text: numbers are written as numbers.
  static std::string textCell(std::string_view text, char delimiter = ',');

 private:
  void writeField(std::string_view field);
  std::unique_ptr<OutputFile> out_;
  std::FILE* file_ = nullptr;
  char delimiter_ = ',';
};

}  // namespace salesops::ingest
