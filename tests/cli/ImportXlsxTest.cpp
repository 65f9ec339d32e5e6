// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import` of .xlsx workbooks (tests/data/xlsx, made by make_workbooks.py there): --sheet, the
// reject file, exit codes, and bad workbooks.
#include <filesystem>
#include <gtest/gtest.h>

#include "CliRunner.h"

using namespace salesops::clitest;

TEST(ImportXlsx, ACrmWorkbookImportsWithExactCountsAndARejectFile) {
  TempDir dir;
  const std::string book = copyTestData(dir, "xlsx/crm-export.xlsx");
  const std::string db = "--db " + dir.file("s.sqlite");
  CliRun r = cli(db + " import " + book);
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out, book + ": visits, 4 inserted, 0 updated, 0 unchanged, 2 rejected\n");
  EXPECT_NE(r.err.find(book + ":5: postcode: "), std::string::npos) << r.err;
  const std::string rejects = readFile(dir.file("crm-export.rejected.csv"));
  EXPECT_EQ(countLines(rejects, ",Bezoeken,"), 2) << rejects;
  EXPECT_NE(rejects.find(",sheet,row,error"), std::string::npos) << rejects;

  CliRun orders = cli(db + " import --sheet Orders --format json " + book);
  EXPECT_EQ(orders.exitCode, 0) << orders.err;
  EXPECT_NE(orders.out.find("\"kind\": \"orders\", \"inserted\": 2, \"updated\": 0, \"unchanged\": 0, \"rejected\": 0"),
            std::string::npos)
      << orders.out;

  CliRun missing = cli(db + " import --sheet Klanten " + book);
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_NE(missing.err.find("no sheet named 'Klanten' (its sheets: 'Bezoeken', 'Orders')"), std::string::npos)
      << missing.err;
}

TEST(ImportXlsx, BadWorkbooksExitTwoWithAnErrorNamingTheFile) {
  TempDir dir;
  for (const char* name : {"old.xls", "encrypted.xlsx", "truncated.xlsx", "corrupt.xlsx", "bomb-declared.xlsx"}) {
    SCOPED_TRACE(name);
    const std::string book = copyTestData(dir, std::string("xlsx/") + name);
    CliRun r = cli("--db " + dir.file("s.sqlite") + " import " + book);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find(book + ": "), std::string::npos) << r.err;
  }
  CliRun piped =
      cli("--db " + dir.file("s.sqlite") + " import --kind visits - < " + copyTestData(dir, "xlsx/crm-export.xlsx"));
  EXPECT_EQ(piped.exitCode, 2);
  EXPECT_NE(piped.err.find("-: an .xlsx workbook cannot be read from standard input"), std::string::npos) << piped.err;
  CliRun kpi = cli("--db " + dir.file("s.sqlite") + " kpi --from 2026-11-01 --to 2026-11-30 --format csv");
  EXPECT_EQ(kpi.exitCode, 0) << kpi.err;
  EXPECT_NE(kpi.out.find("\n0,"), std::string::npos) << kpi.out;  // not one visit
}
