// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs fuzz_import found a bug with (tests/data/fuzz-regressions/fuzz_import-*), replayed
// through the fuzz target's code and checks in the normal build.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <vector>

extern "C" int fuzzImport(const uint8_t* data, size_t size);

TEST(FuzzRegression, KeptImportInputsImportAllOrNothingWithNumbersThatAddUp) {
  std::vector<std::string> inputs;
  for (const auto& e : std::filesystem::directory_iterator(std::string(SALESOPS_TEST_DATA) + "/fuzz-regressions"))
    if (e.path().filename().string().rfind("fuzz_import-", 0) == 0) inputs.push_back(e.path().string());
  std::sort(inputs.begin(), inputs.end());
  // An empty folder (a renamed target, a moved folder) must fail the test, not pass it unseen.
  ASSERT_FALSE(inputs.empty()) << "no kept inputs named fuzz_import-*";
  for (const std::string& path : inputs) {
    SCOPED_TRACE(path);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NO_THROW(fuzzImport(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  }
  // fuzz_import found the CSV reader's first-refill bug too (tests/ingest/FuzzRegressionTest.cpp);
  // its input is kept as fuzz_import-first-refill-memcpy-null. A plain visits file goes through the same checks, so the
  // replay itself is known to work.
  const std::string visits = std::string(1, '\x0c') +
                             "visit_id,visited_at,rep_id,area,outcome,channel\n"
                             "V1,2026-11-03 10:00,R1,A1,sale,htl\n"
                             "V1,2026-11-03 10:00,R1,A1,sale,htl\n";
  EXPECT_NO_THROW(fuzzImport(reinterpret_cast<const uint8_t*>(visits.data()), visits.size()));
}
