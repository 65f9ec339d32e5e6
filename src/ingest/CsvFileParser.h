// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "RecordBytes.h"
#include "RowValidator.h"

#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

/// The FileParser of CSV exports: one pass of CsvReader records (which hashes the bytes as it
/// reads them), each decoded as the file's evidence says, through RowValidator.
class CsvFileParser final : public FileParser {
 public:
  static Result<std::unique_ptr<FileParser>> open(const std::string& path, const ParseOptions& options);

  const FileInfo& info() const override { return info_; }
  Result<bool> next(RowBatch& batch) override;
  Result<void> skipRows() override;
  uint64_t bytesConsumed() const override { return reader_.bytesConsumed(); }
  std::string contentHash() const override { return reader_.contentHash(); }
  Result<void> checkUnchanged() const override { return reader_.checkUnchanged(); }
  std::optional<Encoding> rereadAs() const override { return rereadAs_; }

 private:
  CsvFileParser() = default;
  Error fileError(const std::string& message) const { return makeError(info_.path + ": " + message); }
  Encoding encoding() const;
  /// Counts record_'s evidence and converts it when the file reads as Windows-1252; false when it
  /// is not text of the file's encoding (bytes that are not UTF-8 in a UTF-8 file).
  bool decode(TextBytes text);
  Result<bool> finish();

  FileInfo info_;
  ParseOptions options_;
  CsvReader reader_;
  CsvRecord record_;
  std::string converted_;
  std::optional<RowValidator> validator_;
  EncodingEvidence headEvidence_;
  EncodingEvidence evidence_;
  bool readAsUtf8_ = false;  // a non-ASCII record was read as UTF-8
  bool readAs1252_ = false;  // ... or as Windows-1252
  std::optional<Encoding> rereadAs_;
  bool headerSpansLines_ = false;
  uint64_t records_ = 0;
  bool done_ = false;
};

}  // namespace salesops::ingest
