// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <gtest/gtest.h>
#include <random>
#include <string>

#include "salesops/kpi/DataQuality.h"
#include "salesops/store/StoreWriter.h"

namespace salesops::kpi::test {

/// A store in a fresh temp folder, removed with the object.
class TempStore {
 public:
  TempStore() {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("salesops-dq-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
    auto s = store::Store::open((dir_ / "s.sqlite").string());
    if (!s) throw std::runtime_error(s.error().message);
    store_ = std::move(s.value());
  }
  ~TempStore() {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  store::Store& operator*() { return *store_; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
};

inline DataQualityReport check(store::Store& s, Date asOf, int maxExamples = 5) {
  auto r = checkDataQuality(s, {asOf, maxExamples});
  if (!r) ADD_FAILURE() << r.error().message;
  return r ? std::move(r.value()) : DataQualityReport{};
}

/// The finding's count, or -1 when the report lacks it.
inline int64_t countOf(const DataQualityReport& r, std::string_view id) {
  const Finding* f = r.find(id);
  return f ? f->count : -1;
}

}  // namespace salesops::kpi::test
