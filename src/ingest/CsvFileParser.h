// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "RowValidator.h"
#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

/// The FileParser of CSV exports: a scan pass (encoding, hash), then CsvReader records through
/// RowValidator.
class CsvFileParser final : public FileParser {
 public:
  static Result<std::unique_ptr<FileParser>> open(const std::string& path, const ParseOptions& options);

  const FileInfo& info() const override { return info_; }
  Result<bool> next(RowBatch& batch) override;
  uint64_t bytesConsumed() const override { return reader_.bytesConsumed(); }
  std::string contentHash() const override { return contentHash_; }

 private:
  CsvFileParser() = default;
  Error fileError(const std::string& message) const { return makeError(info_.path + ": " + message); }

  FileInfo info_;
  ParseOptions options_;
  std::string contentHash_;
  CsvReader reader_;
  CsvRecord record_;
  std::optional<RowValidator> validator_;
  uint64_t records_ = 0;
  bool done_ = false;
};

}  // namespace salesops::ingest
