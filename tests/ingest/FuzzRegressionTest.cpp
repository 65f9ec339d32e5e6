// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input the fuzzers of tests/fuzz found a bug with (kept in tests/data/fuzz-regressions/,
// named after the target), replayed through the same target code with its checks, in the normal
// build: the release and the asan presets.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <vector>

#include "salesops/ingest/FieldParsers.h"

extern "C" int fuzzCsvReader(const uint8_t* data, size_t size);
extern "C" int fuzzFieldParsers(const uint8_t* data, size_t size);
extern "C" int fuzzXlsxReader(const uint8_t* data, size_t size);

namespace {

std::vector<std::string> keptInputs(const std::string& target) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(SALESOPS_TEST_DATA) + "/fuzz-regressions"))
    if (e.path().filename().string().rfind(target + "-", 0) == 0) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// An empty folder (a renamed target, a moved folder) must fail the test, not pass it unseen.
void replay(const std::string& target, int (*run)(const uint8_t*, size_t)) {
  const std::vector<std::string> inputs = keptInputs(target);
  ASSERT_FALSE(inputs.empty()) << "no kept inputs named " << target << "-*";
  for (const std::string& path : inputs) {
    SCOPED_TRACE(path);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NO_THROW(run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  }
}

}  // namespace

TEST(FuzzRegression, KeptCsvReaderInputsReadTheSameInAnyChunkSize) { replay("fuzz_csv_reader", fuzzCsvReader); }

TEST(FuzzRegression, KeptFieldParserInputsParseAsPromised) { replay("fuzz_field_parsers", fuzzFieldParsers); }

TEST(FuzzRegression, KeptXlsxReaderInputsReadTheSameInAnyBatchSize) { replay("fuzz_xlsx_reader", fuzzXlsxReader); }

// An edge the field-parser target's own check first got wrong: a date-time on the last day of
// year 9999 with an offset west of UTC is a valid instant in year 10000, which has no canonical
// text to read back from, so the target checks the read-back only inside years 1 to 9999.
TEST(FuzzRegression, ADateTimeWhoseOffsetLeavesYear9999IsReadButNotReadBack) {
  ASSERT_EQ(keptInputs("fuzz_field_parsers-datetime-offset").size(), 1u);
  const auto p = salesops::ingest::parseDateTime("9999-12-31T23:30:00-01:00");
  ASSERT_TRUE(p);
  EXPECT_EQ(p.value.date().year(), 10000);
  const std::string input = std::string(1, '\x01') + "9999-12-31T23:30:00-01:00";
  EXPECT_NO_THROW(fuzzFieldParsers(reinterpret_cast<const uint8_t*>(input.data()), input.size()));
}

// Found by fuzz_csv_reader: the reader's first read copied 0 bytes from a null buffer (memcpy's
// arguments must not be null even then; UBSan stops the asan build here). Any file does it.
TEST(FuzzRegression, TheFirstReadOfAFileNeedsNoBufferYet) {
  EXPECT_EQ(keptInputs("fuzz_csv_reader-first-refill").size(), 1u);
  const uint8_t emptyFileWithCommas[] = {0x00};
  EXPECT_NO_THROW(fuzzCsvReader(emptyFileWithCommas, 1));
  const uint8_t oneLine[] = {0x00, 'a', ',', 'b', '\n'};
  EXPECT_NO_THROW(fuzzCsvReader(oneLine, sizeof oneLine));
}
