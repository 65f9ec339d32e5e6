// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <string_view>

#include "salesops/ingest/FileParser.h"

namespace salesops::ingest::test {

inline std::string dataPath(const std::string& name) { return std::string(SALESOPS_TEST_DATA) + "/" + name; }

/// Writes `bytes` to a file named after the running test and `name`, and returns its path.
inline std::string writeTemp(const std::string& name, std::string_view bytes) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string file = std::string("ingest_") + info->test_suite_name() + "_" + info->name() + "_" + name;
  for (char& c : file)
    if (c == '/') c = '_';  // parameterised test names hold slashes
  const std::string path = ::testing::TempDir() + file;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

/// Every batch of a file in one RowBatch, with the FileInfo; an Error for a file-level problem.
struct ParsedFile {
  FileInfo info;
  RowBatch rows;
  std::string hash;
  int batches = 0;
  std::optional<Encoding> rereadAs;
};

inline Result<ParsedFile> parseAll(const std::string& path, const ParseOptions& options = {}) {
  auto parser = FileParser::open(path, options);
  if (!parser) return parser.error();
  ParsedFile out;
  RowBatch batch;
  for (;;) {
    auto more = (*parser)->next(batch);
    if (!more) return more.error();
    ++out.batches;
    auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(out.rows.visits, batch.visits);
    append(out.rows.orders, batch.orders);
    append(out.rows.cancellations, batch.cancellations);
    append(out.rows.reps, batch.reps);
    append(out.rows.areas, batch.areas);
    append(out.rows.targets, batch.targets);
    append(out.rows.rejected, batch.rejected);
    if (!*more) break;
  }
  out.info = (*parser)->info();  // final (the encoding, a stream's size) once the file was read
  out.hash = (*parser)->contentHash();
  out.rereadAs = (*parser)->rereadAs();
  return out;
}

/// Parses CSV text written to a temp file.
inline Result<ParsedFile> parseText(std::string_view csv, const ParseOptions& options = {}) {
  return parseAll(writeTemp("input.csv", csv), options);
}

}  // namespace salesops::ingest::test
