// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "XlsxWorkbook.h"

#include "salesops/core/Result.h"
#include "salesops/ingest/CsvReader.h"

struct XML_ParserStruct;

namespace salesops::ingest::xlsx {

/// The rows of one worksheet as records of text, the way CsvReader gives a CSV file's: read as the
/// sheet is unpacked, each cell's value as a CSV export of it would write it (see XlsxCells.h).
/// Rows without a value are skipped like blank lines; a record ends at its last cell with a value.
///
/// The worksheet is nearly all of a workbook's bytes, so it is read with expat (a push parser that
/// hands out UTF-8 and allocates nothing per element), paused at the end of each row; the small
/// parts around it are read with QXmlStreamReader (XmlPart).
class Rows {
 public:
  Rows();
  ~Rows();
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;

  /// Opens the workbook at `path` and its sheet `sheet` (the first when empty).
  Result<void> open(const std::string& path, const std::string& sheet, const Limits& limits = {});
  const std::string& sheetName() const { return sheetName_; }

  /// The next row with a value: true when one was read, false at the end of the sheet. The
  /// record's line is the row's number in the sheet; its views are valid until the next call.
  Result<bool> next(CsvRecord& record);
  /// The fields of the last record that hold an Excel error value (`#N/A`, `#DIV/0!`, ...).
  const std::vector<size_t>& errorCells() const { return errors_; }

  /// Bytes of the sheet unpacked so far, and its unpacked size.
  uint64_t unpacked() const { return part_ ? part_->unpacked() : 0; }
  uint64_t size() const { return part_ ? part_->size() : 0; }

 private:
  struct Handlers;
  enum class Type { Number, Shared, Boolean, Error, Text };

  Result<bool> pump();
  Error xmlError() const;
  void stop(Error error);
  void startRow(const char** attributes);
  void startCell(const char** attributes);
  void endValue();

  Workbook book_;
  std::unique_ptr<XmlPart> part_;
  XML_ParserStruct* xml_ = nullptr;
  std::string sheetName_;
  std::optional<Error> error_;  // what a handler found wrong (the parser is stopped then)
  bool suspended_ = false;      // paused at the end of a row
  bool lastFed_ = false;        // the part's last bytes were handed to the parser
  bool rowReady_ = false;

  std::vector<std::string> cells_;
  std::string value_;  // the <v> being read
  std::vector<size_t> errors_;
  size_t width_ = 0;    // fields up to the last with a value
  size_t touched_ = 0;  // cells written in this row
  size_t nextColumn_ = 0;
  int64_t row_ = 0;
  bool inData_ = false;

  // The cell being read.
  std::string* cell_ = nullptr;
  size_t column_ = 0;
  Type type_ = Type::Number;
  bool isDate_ = false;
  int cellDepth_ = 0;      // elements open inside the <c>
  bool inValue_ = false;   // in its <v>
  bool inInline_ = false;  // in its <is>
  bool inText_ = false;    // in a <t> of the <is>, not of a phonetic run
  bool inPhonetic_ = false;
};

}  // namespace salesops::ingest::xlsx
