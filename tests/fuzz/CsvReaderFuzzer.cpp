// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader on any bytes. The first byte picks the options (delimiter, encoding, limits); the rest
// is the file. Besides the sanitizers' checks, one oracle: the records must not depend on where the
// read chunks happen to end, so the file is read twice, in 16-byte chunks and in one read, and both
// readings must agree record for record, error for error.
#include <string>
#include <vector>

#include "FuzzInput.h"

#include "salesops/ingest/CsvReader.h"

using namespace salesops;
using namespace salesops::ingest;

namespace {

struct Reading {
  std::vector<int64_t> lines;
  std::vector<std::vector<std::string>> records;
  std::string error;
};

Reading readAll(const std::string& path, CsvReaderOptions options) {
  Reading out;
  CsvReader reader;
  SALESOPS_FUZZ_CHECK(reader.open(path, options));
  CsvRecord record;
  int64_t lastLine = 0;
  for (;;) {
    auto more = reader.next(record);
    if (!more) {
      out.error = more.error().message;
      // A failed reader stays failed.
      auto again = reader.next(record);
      SALESOPS_FUZZ_CHECK(!again && again.error().message == out.error);
      break;
    }
    if (!*more) break;
    SALESOPS_FUZZ_CHECK(record.size() >= 1 && record.size() <= options.maxFields);
    SALESOPS_FUZZ_CHECK(record.line > lastLine);
    lastLine = record.line;
    out.lines.push_back(record.line);
    out.records.emplace_back(record.fields.begin(), record.fields.end());
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t mode = data[0];
  static constexpr char kDelimiters[] = {',', ';', '\t', '|'};
  CsvReaderOptions options;
  options.delimiter = kDelimiters[mode & 3];
  options.encoding = static_cast<Encoding>((mode >> 2) % 3);
  if (mode & 0x20) options.maxRecordBytes = 300;
  if (mode & 0x40) options.maxFields = 8;
  const std::string path = fuzz::writeInput("input.csv", data + 1, size - 1);

  options.chunkBytes = 16;
  const Reading small = readAll(path, options);
  options.chunkBytes = size_t{1} << 16;  // more than -max_len: the whole input in one read
  const Reading large = readAll(path, options);
  // The record-size limit is checked against what is buffered, which depends on the chunks; only
  // compare when that limit cannot have been reached.
  if (options.maxRecordBytes >= 3 * size) {  // Windows-1252 takes up to 3 bytes a byte once converted
    SALESOPS_FUZZ_CHECK(small.lines == large.lines);
    SALESOPS_FUZZ_CHECK(small.records == large.records);
    SALESOPS_FUZZ_CHECK(small.error == large.error);
  }
  return 0;
}
