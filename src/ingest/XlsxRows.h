// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "XlsxWorkbook.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/CsvReader.h"

namespace salesops::ingest::xlsx {

/// The rows of one worksheet as records of text, the way CsvReader gives a CSV file's: read as the
/// sheet is unpacked, each cell's value as a CSV export of it would write it (see XlsxCells.h).
/// Rows without a value are skipped like blank lines; a record ends at its last cell with a value.
class Rows {
 public:
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
  Result<void> readCell();

  Workbook book_;
  std::unique_ptr<XmlPart> part_;
  std::string sheetName_;
  std::vector<std::string> cells_;
  std::string value_;  // the <v> being read
  std::vector<size_t> errors_;
  size_t width_ = 0;    // fields up to the last with a value
  size_t touched_ = 0;  // cells written in this row
  size_t nextColumn_ = 0;
  int64_t row_ = 0;
  bool inData_ = false;
};

}  // namespace salesops::ingest::xlsx
