// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The .xlsx reader on any bytes: the input is the workbook file. Seeds hold their parts stored,
// not deflated, so mutations reach the XML (a part's checksum is checked only at its end). Besides
// the sanitizers' checks, one oracle: the rows must not depend on the batch size, so the file is
// read twice, one row per batch and in large batches, and both readings must give the same error
// or, read to the end, the same rows; and an error always names the file.
#include <string>
#include <vector>

#include "FuzzInput.h"

#include "salesops/ingest/FileParser.h"

using namespace salesops;
using namespace salesops::ingest;

namespace {

struct Reading {
  std::vector<int64_t> lines;  // of every row, good (0) or rejected (its line)
  size_t good = 0;
  std::string error;
};

Reading readAll(const std::string& path, size_t batchRows) {
  Reading out;
  ParseOptions options;
  options.batchRows = batchRows;
  options.workbookLimits.maxPartBytes = 4 << 20;  // small caps: the fuzzer meets them too
  options.workbookLimits.maxSharedStrings = 1000;
  auto parser = FileParser::open(path, options);
  if (!parser) {
    out.error = parser.error().message;
    SALESOPS_FUZZ_CHECK(out.error.rfind(path, 0) == 0 || out.error.rfind("cannot open " + path, 0) == 0);
    return out;
  }
  RowBatch batch;
  for (;;) {
    auto more = (*parser)->next(batch);
    if (!more) {
      out.error = more.error().message;
      SALESOPS_FUZZ_CHECK(out.error.rfind(path, 0) == 0);
      break;
    }
    SALESOPS_FUZZ_CHECK(batch.rowCount() + batch.rejected.size() <= batchRows);
    out.good += batch.rowCount();
    for (const RejectedRow& r : batch.rejected) {
      SALESOPS_FUZZ_CHECK(r.error.line > 0);
      out.lines.push_back(r.error.line);
    }
    if (!*more) break;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::writeInput("input.xlsx", data, size);
  const Reading one = readAll(path, 1);
  const Reading many = readAll(path, 8192);
  SALESOPS_FUZZ_CHECK(one.error == many.error);
  // A file-level error drops the batch it was found in, so the rows before it depend on the batch
  // size: rows are compared only when the whole sheet was read.
  if (one.error.empty()) {
    SALESOPS_FUZZ_CHECK(one.good == many.good);
    SALESOPS_FUZZ_CHECK(one.lines == many.lines);
  }
  return 0;
}
