// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A team store of its own per test (in PgTest's fresh database), and the four counts of an import.

#include <ostream>
#include <string>

#include "PgTestServer.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"
#include "salesops/store/pg/PgStore.h"

namespace salesops::pgtest {

// Every stored visit with its codes, one line each: the same text on two stores means the same rows,
// whichever ids the codes got. A macro so that longer dumps can include it.
#define SALESOPS_PG_VISIT_DUMP                                                                                    \
  "SELECT string_agg(concat_ws('|', v.visit_id, v.visited_at, r.code, a.code, v.channel, v.outcome, v.postcode, " \
  "v.house_number, v.addition), E'\\n' ORDER BY v.visit_id) FROM salesops.visit v "                               \
  "JOIN salesops.rep_code r ON r.id = v.rep JOIN salesops.area_code a ON a.id = v.area"
inline constexpr const char* kVisitDump = SALESOPS_PG_VISIT_DUMP;

/// The same text as kVisitDump from a SQLite store.
inline std::string sqliteVisitDump(store::Store& lite) {
  store::Stmt s = lite.db().prepare(
      "SELECT group_concat(line, char(10)) FROM (SELECT v.visit_id || '|' || v.visited_at || '|' || r.code || '|' || "
      "a.code || '|' || v.channel || '|' || v.outcome || '|' || v.postcode || '|' || v.house_number || '|' || "
      "v.addition AS line FROM visit v JOIN rep_code r ON r.id = v.rep JOIN area_code a ON a.id = v.area "
      "ORDER BY v.visit_id)");
  EXPECT_EQ(s.step(), SQLITE_ROW);
  return std::string(s.text(0));
}

// visit_rollup and rep_day as the imports kept them against the same recomputed from the visits,
// both ways: "0" when they agree.
inline constexpr const char* kRollupsVsVisits =
    "WITH kept AS (SELECT day, hour, rep, area, channel, visits, not_home, no_interest, already_customer, "
    "contract_lock_in, callback, quote, sale FROM salesops.visit_rollup), "
    "fresh AS (SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, "
    "(((visited_at % 86400) + 86400) % 86400) / 3600, rep, area, channel, count(*), "
    "count(*) FILTER (WHERE outcome = 0), count(*) FILTER (WHERE outcome = 1), count(*) FILTER (WHERE outcome = 2), "
    "count(*) FILTER (WHERE outcome = 3), count(*) FILTER (WHERE outcome = 4), count(*) FILTER (WHERE outcome = 5), "
    "count(*) FILTER (WHERE outcome = 6) FROM salesops.visit GROUP BY 1, 2, 3, 4, 5), "
    "kept_days AS (SELECT day, rep, first_at, last_at FROM salesops.rep_day), "
    "fresh_days AS (SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, rep, min(visited_at), "
    "max(visited_at) FROM salesops.visit GROUP BY 1, 2) "
    "SELECT (SELECT count(*) FROM (TABLE kept EXCEPT ALL TABLE fresh) a) + "
    "(SELECT count(*) FROM (TABLE fresh EXCEPT ALL TABLE kept) b) + "
    "(SELECT count(*) FROM (TABLE kept_days EXCEPT ALL TABLE fresh_days) c) + "
    "(SELECT count(*) FROM (TABLE fresh_days EXCEPT ALL TABLE kept_days) d)";

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
