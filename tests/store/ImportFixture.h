// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>
#include <memory>
#include <string>

#include "TestStores.h"

namespace salesops::store::testing {

/// A fresh store in a temporary folder, and the CSV files a test imports written next to it.
class ImportFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::open(dir.file("s.sqlite"));
    ASSERT_TRUE(s) << s.error().message;
    store = std::move(s.value());
  }
  std::string csv(const std::string& name, const std::string& text) {
    writeFile(dir.file(name), text);
    return dir.file(name);
  }
  TempDir dir;
  std::unique_ptr<Store> store;
};

}  // namespace salesops::store::testing
