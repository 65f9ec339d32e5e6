// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input the fuzzers of tests/fuzz found a bug with (kept in tests/data/fuzz-regressions/,
// named after the target), replayed through the same target code with its checks, in the normal
// build: the release and the asan presets.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int fuzzCsvReader(const uint8_t* data, size_t size);
extern "C" int fuzzFieldParsers(const uint8_t* data, size_t size);

namespace {

std::vector<std::string> keptInputs(const std::string& target) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(SALESOPS_TEST_DATA) + "/fuzz-regressions"))
    if (e.path().filename().string().rfind(target + "-", 0) == 0) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

void replay(const std::string& target, int (*run)(const uint8_t*, size_t)) {
  for (const std::string& path : keptInputs(target)) {
    SCOPED_TRACE(path);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NO_THROW(run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  }
}

}  // namespace

TEST(FuzzRegression, KeptCsvReaderInputsReadTheSameInAnyChunkSize) { replay("fuzz_csv_reader", fuzzCsvReader); }

TEST(FuzzRegression, KeptFieldParserInputsParseAsPromised) { replay("fuzz_field_parsers", fuzzFieldParsers); }

// Found by fuzz_csv_reader: the reader's first read copied 0 bytes from a null buffer (memcpy's
// arguments must not be null even then; UBSan stops the asan build here). Any file does it.
TEST(FuzzRegression, TheFirstReadOfAFileNeedsNoBufferYet) {
  EXPECT_EQ(keptInputs("fuzz_csv_reader-first-refill").size(), 1u);
  const uint8_t emptyFileWithCommas[] = {0x00};
  EXPECT_NO_THROW(fuzzCsvReader(emptyFileWithCommas, 1));
  const uint8_t oneLine[] = {0x00, 'a', ',', 'b', '\n'};
  EXPECT_NO_THROW(fuzzCsvReader(oneLine, sizeof oneLine));
}
