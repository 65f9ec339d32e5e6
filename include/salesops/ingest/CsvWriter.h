// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "salesops/core/Result.h"

namespace salesops::ingest {

/// Writes RFC 4180 CSV (UTF-8, LF line ends), quoting only the fields that need it. Used for reject
/// files and demo exports, so what we write is what our reader reads back.
class CsvWriter {
 public:
  CsvWriter() = default;
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  /// Creates (truncates) the file.
  Result<void> open(const std::string& path, char delimiter = ',');

  void writeRow(std::span<const std::string_view> fields);
  void writeRow(std::span<const std::string> fields);
  void writeRow(std::initializer_list<std::string_view> fields) {
    writeRow(std::span<const std::string_view>(fields.begin(), fields.size()));
  }

  /// Flushes and closes; reports a write error (e.g. a full disk) that happened on the way.
  Result<void> close();

  /// `field` quoted as needed for `delimiter`.
  static std::string quote(std::string_view field, char delimiter = ',');

 private:
  void writeField(std::string_view field);
  std::FILE* file_ = nullptr;
  std::string path_;
  char delimiter_ = ',';
};

}  // namespace salesops::ingest
