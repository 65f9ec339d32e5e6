// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

/// What the import dialog shows before importing: how the file was read and its first rows.
struct FilePreview {
  FileInfo info;
  std::vector<std::vector<std::string>> rows;  ///< the first records after the header, as text
  /// For each column of the file's kind: its canonical name and whether it is required.
  std::vector<std::pair<std::string, bool>> kindColumns;
};

/// Reads the header and the first `maxRows` records of `path` the way an import would.
Result<FilePreview> previewFile(const std::string& path, const ParseOptions& options = {}, size_t maxRows = 20);

}  // namespace salesops::ingest
