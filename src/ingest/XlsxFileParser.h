// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "RowValidator.h"
#include "XlsxRows.h"

#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

/// The FileParser of .xlsx workbooks: the rows of one sheet (xlsx::Rows) through the same header
/// mapping and RowValidator as a CSV file's records. The file's bytes are hashed and watched by a
/// CsvReader that only skims them, so a workbook is recognised and guarded like a CSV file.
class XlsxFileParser final : public FileParser {
 public:
  static Result<std::unique_ptr<FileParser>> open(const std::string& path, const ParseOptions& options);

  const FileInfo& info() const override { return info_; }
  Result<bool> next(RowBatch& batch) override;
  Result<void> skipRows() override;
  uint64_t bytesConsumed() const override;
  std::string contentHash() const override { return bytes_.contentHash(); }
  Result<void> checkUnchanged() const override { return bytes_.checkUnchanged(); }
  std::optional<Encoding> rereadAs() const override { return std::nullopt; }

 private:
  XlsxFileParser() = default;
  Error fileError(const std::string& message) const { return makeError(info_.path + ": " + message); }
  Result<bool> finish();

  FileInfo info_;
  ParseOptions options_;
  CsvReader bytes_;
  xlsx::Rows rows_;
  CsvRecord record_;
  std::optional<RowValidator> validator_;
  bool done_ = false;
};

}  // namespace salesops::ingest
