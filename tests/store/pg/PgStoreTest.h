// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A team store of its own per test (in PgTest's fresh database), and the four counts of an import.

#include <ostream>

#include "PgTestServer.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"
#include "salesops/store/pg/PgStore.h"

namespace salesops::pgtest {

struct Counts {
  int64_t inserted, updated, unchanged, rejected;
  bool operator==(const Counts&) const = default;
};
inline Counts countsOf(const store::ImportReport& r) { return {r.inserted, r.updated, r.unchanged, r.rejected}; }
inline std::ostream& operator<<(std::ostream& os, const Counts& c) {
  return os << c.inserted << "/" << c.updated << "/" << c.unchanged << "/" << c.rejected;
}

class PgStoreTest : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    auto s = store::PgStore::open(db(), store::OpenMode::Create);
    ASSERT_TRUE(s) << s.error().message;
    pg_ = std::move(*s);
  }
  /// The one value `q` returns, read as the superuser.
  std::string one(const std::string& q) { return admin(q).rows.at(0).at(0); }

  std::unique_ptr<store::PgStore> pg_;
  store::testing::TempDir dir_;
};

}  // namespace salesops::pgtest
