// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "salesops/core/Result.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

/// What one streaming pass over a file's bytes tells before any parsing.
struct FileScan {
  uint64_t size = 0;
  Encoding encoding = Encoding::Utf8;
  std::string contentHash;  ///< hex XXH3-128 of the bytes
  std::string head;         ///< the first bytes (up to kHeadBytes), undecoded
  static constexpr size_t kHeadBytes = 64 * 1024;
};

/// Reads the whole file once, in chunks of `chunkBytes` (constant memory): validates it as UTF-8
/// (a file is Windows-1252 as soon as one byte sequence is not UTF-8, wherever it is: an `é` on
/// row 900,000 must not be misread) and hashes it in the same pass.
Result<FileScan> scanFile(const std::string& path, size_t chunkBytes = size_t{1} << 20);

}  // namespace salesops::ingest
