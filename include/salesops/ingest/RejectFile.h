// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/ingest/CsvWriter.h"
#include "salesops/ingest/Rows.h"

namespace salesops::ingest {

/// The rejected rows of an import as a CSV file the user can fix and import again: the original
/// header plus `line` and `error`, then each row's original fields plus the line it came from and
/// `column: reason (value)`. The reader ignores `line` and `error` when the file comes back; a
/// reject file of a reject file reuses those two columns instead of adding two more.
class RejectFile {
 public:
  /// Creates (truncates) `path` and writes the header. Written as UTF-8 with `,`, whatever the input.
  Result<void> open(const std::string& path, const std::vector<std::string>& header);
  void write(const RejectedRow& row);
  /// Reports a write error (e.g. a full disk) that happened on the way.
  Result<void> close();

  /// `column: reason (value)`, or `reason (value)` for a row-level error.
  static std::string describe(const RowError& error);

 private:
  CsvWriter writer_;
  size_t headerWidth_ = 0;  // fields of the input's header
  size_t width_ = 0;        // fields of the reject file's header
  size_t lineAt_ = 0;
  size_t errorAt_ = 0;
  std::vector<std::string_view> fields_;
  std::string line_;
  std::string error_;
};

}  // namespace salesops::ingest
