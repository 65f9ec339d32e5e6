// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks through the whole import (tests/data/xlsx, made by make_workbooks.py there): the same
// counts, reject file, --strict and all-or-nothing as a CSV file.
#include <filesystem>
#include <gtest/gtest.h>

#include "ImportFixture.h"
#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

class XlsxImportTest : public ImportFixture {
 protected:
  std::string workbook(const std::string& name) {
    const std::string to = dir.file(name);
    std::filesystem::copy_file(std::string(SALESOPS_TEST_DATA) + "/xlsx/" + name, to,
                               std::filesystem::copy_options::overwrite_existing);
    return to;
  }
};

}  // namespace

TEST_F(XlsxImportTest, AWorkbookImportsItsGoodRowsAndKeepsTheBadOnesWithSheetAndRow) {
  auto r = importFile(*store, workbook("crm-export.xlsx"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->kind, FileKind::Visits);
  EXPECT_EQ(r->inserted, 4);
  EXPECT_EQ(r->rejected, 2);
  EXPECT_EQ(store->counts().visits, 4);
  EXPECT_EQ(r->rejectFile, dir.file("crm-export.rejected.csv"));
  const std::string rejects = readFile(r->rejectFile);
  EXPECT_EQ(rejects.substr(0, rejects.find('\n')),
            "Bezoek ID,Datum,Verkoper,Gebied,Uitkomst,Kanaal,Postcode,Huisnummer,Opmerking,sheet,row,error");
  EXPECT_NE(rejects.find("\nV4,2026-11-05 14:00:00,R2,UTR-02,offerte,deur,99999,9,postcode fout,Bezoeken,5,postcode: "),
            std::string::npos)
      << rejects;
  EXPECT_NE(rejects.find("\nV6,2026-11-06 12:00:00,#N/A,AMS-01,verkoop,promotiebus,,,,Bezoeken,7,rep_id: "),
            std::string::npos)
      << rejects;

  // The same workbook again: recognised by its bytes.
  auto again = importFile(*store, dir.file("crm-export.xlsx"));
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->inserted, 0);
  EXPECT_EQ(again->unchanged, 4);
  EXPECT_EQ(again->contentHash, r->contentHash);
}

TEST_F(XlsxImportTest, StrictRefusesTheWholeSheetForOneBadRow) {
  ImportOptions strict;
  strict.strict = true;
  const std::string before = snapshot(*store);
  auto r = importFile(*store, workbook("hand-reps.xlsx"), strict);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, ImportReport::Status::Refused);
  EXPECT_EQ(r->rejected, 2);
  EXPECT_EQ(snapshot(*store), before);
  ImportOptions orders;
  orders.sheet = "Orders";
  auto o = importFile(*store, workbook("crm-export.xlsx"), orders);
  ASSERT_TRUE(o) << o.error().message;
  EXPECT_EQ(o->kind, FileKind::Orders);
  EXPECT_EQ(o->inserted, 2);
  EXPECT_EQ(store->counts().orders, 2);
}

TEST_F(XlsxImportTest, ABadWorkbookIsAnErrorAndChangesNothing) {
  ASSERT_TRUE(importFile(*store, workbook("hand-1904.xlsx")));
  const std::string before = snapshot(*store);
  // corrupt.xlsx opens and its header reads: the damage shows only further into the sheet.
  for (const char* name : {"corrupt.xlsx", "truncated.xlsx", "old.xls", "encrypted.xlsx", "bomb-declared.xlsx"}) {
    SCOPED_TRACE(name);
    auto r = importFile(*store, workbook(name));
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find(name), std::string::npos) << r.error().message;
    EXPECT_EQ(snapshot(*store), before);
    EXPECT_FALSE(std::filesystem::exists(dir.file(std::filesystem::path(name).stem().string() + ".rejected.csv")));
  }
}
