// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// copyToServer / copyFromServer with the bytes COPY's text format must escape.
#include <gtest/gtest.h>

#include "PgTestServer.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"
#include "salesops/store/pg/StoreCopy.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::OpenMode;
using store::PgStore;
using store::testing::TempDir;
using store::testing::writeFile;

namespace {

class PgCopy : public PgTest {};

TEST_F(PgCopy, TabsBackslashesNewlinesAndALiteralBackslashNSurviveTheRoundTrip) {
  TempDir dir;
  auto lite = store::Store::open(dir.file("a.sqlite"));
  ASSERT_TRUE(lite);
  // Quoted CSV fields holding a tab, a newline, backslashes and the text \N (COPY's NULL marker).
  writeFile(dir.file("reps.csv"),
            "rep_id,name,team\n"
            "R1,\"Anna\tde Vries\",\"Team\\Zuid\"\n"
            "R2,\"Bas\nJansen\",\\N\n"
            "R3,\"C\\\\D\",Team Noord\n");
  auto imported = store::importFile(**lite, dir.file("reps.csv"));
  ASSERT_TRUE(imported) << imported.error().message;
  ASSERT_EQ(imported->inserted, 3);

  auto pg = PgStore::open(db(), OpenMode::Create);
  ASSERT_TRUE(pg) << pg.error().message;
  auto there = store::copyToServer(**lite, **pg);
  ASSERT_TRUE(there) << there.error().message;
  EXPECT_EQ(admin("SELECT string_agg(name || '/' || team, '|' ORDER BY rep) FROM salesops.rep").rows.at(0).at(0),
            "Anna\tde Vries/Team\\Zuid|Bas\nJansen/\\N|C\\\\D/Team Noord");

  auto back = store::Store::open(dir.file("b.sqlite"));
  ASSERT_TRUE(back);
  auto home = store::copyFromServer(**pg, **back);
  ASSERT_TRUE(home) << home.error().message;
  store::Stmt s =
      (*back)->db().prepare("SELECT group_concat(name || '/' || team, '|') FROM (SELECT * FROM rep ORDER BY rep)");
  ASSERT_EQ(s.step(), SQLITE_ROW);
  EXPECT_EQ(std::string(s.text(0)), "Anna\tde Vries/Team\\Zuid|Bas\nJansen/\\N|C\\\\D/Team Noord");
  // Twelve tables, the same rows each way.
  ASSERT_EQ(there->size(), 12u);
  EXPECT_EQ(*home, *there);
}

}  // namespace
