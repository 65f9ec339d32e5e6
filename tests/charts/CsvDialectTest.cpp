// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two CSV dialects of a table export, byte for byte: rfc4180 for scripts, excel-nl for a
// double click in Dutch Excel.
#include <QFile>

#include <gtest/gtest.h>

#include "ChartsTestSupport.h"

#include "salesops/charts/TableExport.h"

using namespace salesops;
using namespace salesops::charts;
using namespace salesops::charts::test;

namespace {

// One row of every kind of cell: text with the other dialect's delimiter in it, a rate (27/500),
// money, a count, a date and text that would start a formula.
ExportTable oneRow() {
  ExportTable t;
  t.headers = {"area", "conversion", "revenue", "visits", "day", "note"};
  t.rows = {{ExportCell{QStringLiteral("Den Haag, Zuid; oost"), CellFormat::Text},
             ExportCell{27.0 / 500, CellFormat::Percent}, ExportCell{42.5, CellFormat::Money},
             ExportCell{1234.0, CellFormat::Integer}, ExportCell{QDate(2026, 11, 27), CellFormat::Date},
             ExportCell{QStringLiteral("-5 korting"), CellFormat::Text}}};
  return t;
}

TEST(CsvDialect, Rfc4180IsCommasUtf8AndADecimalPoint) {
  const QString path = outputPath("rfc.csv");
  ASSERT_TRUE(writeCsv(oneRow(), path, ingest::CsvDialect::Rfc4180));
  EXPECT_EQ(slurp(path), QByteArray("area,conversion,revenue,visits,day,note\r\n"
                                    "\"Den Haag, Zuid; oost\",0.054,42.50,1234,2026-11-27,'-5 korting\r\n"));
}

TEST(CsvDialect, ExcelNlIsSemicolonsABomAndADecimalComma) {
  const QString path = outputPath("excel.csv");
  ASSERT_TRUE(writeTable(oneRow(), path, ingest::CsvDialect::ExcelNl));
  EXPECT_EQ(slurp(path), QByteArray("\xEF\xBB\xBF"
                                    "area;conversion;revenue;visits;day;note\r\n"
                                    "\"Den Haag, Zuid; oost\";0,054;42,50;1234;2026-11-27;'-5 korting\r\n"));
}

TEST(CsvDialect, NamesReadBack) {
  EXPECT_EQ(ingest::csvDialectFromName("excel-nl"), ingest::CsvDialect::ExcelNl);
  EXPECT_EQ(ingest::csvDialectFromName("rfc4180"), ingest::CsvDialect::Rfc4180);
  EXPECT_FALSE(ingest::csvDialectFromName("excel"));
  EXPECT_EQ(ingest::toString(ingest::CsvDialect::ExcelNl), "excel-nl");
}

}  // namespace
