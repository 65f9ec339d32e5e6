// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// .xlsx workbooks through the same FileParser as CSV files: the workbooks of tests/data/xlsx
// (openpyxl and XML by hand, see make_workbooks.py there) and ones libxlsxwriter writes here.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "TestFiles.h"

#include "salesops/ingest/FilePreview.h"

namespace salesops::ingest {
namespace {

using test::parseAll;

std::string workbook(const std::string& name) { return test::dataPath("xlsx/" + name); }

DateTime at(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0) {
  return DateTime::from(*Date::fromYmd(y, m, d), hh, mm, ss);
}

TEST(XlsxImport, ACrmExportWithDutchHeadersGivesItsRowsAndRejectsTheBadOnes) {
  const auto file = parseAll(workbook("crm-export.xlsx"));
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(file->info.kind, FileKind::Visits);
  EXPECT_EQ(file->info.sheet, "Bezoeken");
  EXPECT_EQ(file->info.ignoredColumns, std::vector<std::string>{"Opmerking"});
  ASSERT_EQ(file->rows.visits.size(), 4u);
  const VisitRow& v1 = file->rows.visits[0];
  EXPECT_EQ(v1.visitId, "V1");
  EXPECT_EQ(v1.visitedAt, at(2026, 11, 3, 9, 15));  // a date-time cell
  EXPECT_EQ(v1.outcome, Outcome::Sale);
  EXPECT_EQ(v1.postcode, "3512AB");
  EXPECT_EQ(v1.houseNumber, 12);  // a number cell
  const VisitRow& v2 = file->rows.visits[1];
  EXPECT_EQ(v2.visitedAt, at(2026, 11, 4, 10, 30));  // a date stored as text
  EXPECT_EQ(v2.outcome, Outcome::NotHome);
  EXPECT_EQ(v2.houseNumber, 14);
  EXPECT_EQ(v2.addition, "A");
  EXPECT_EQ(file->rows.visits[2].visitedAt, at(2026, 11, 5));  // a date cell without a time
  const VisitRow& v5 = file->rows.visits[3];
  EXPECT_EQ(v5.visitId, "V5");
  EXPECT_EQ(v5.visitedAt, at(2026, 11, 6, 11, 45, 30));
  EXPECT_EQ(v5.channel, Channel::PromoBus);

  ASSERT_EQ(file->rows.rejected.size(), 2u);
  const RowError& postcode = file->rows.rejected[0].error;
  EXPECT_EQ(postcode.line, 5);  // the sheet's row number
  EXPECT_EQ(postcode.column, "postcode");
  EXPECT_EQ(postcode.value, "99999");
  const RowError& errorValue = file->rows.rejected[1].error;
  EXPECT_EQ(errorValue.line, 7);
  EXPECT_EQ(errorValue.column, "rep_id");
  EXPECT_EQ(errorValue.value, "#N/A");
  EXPECT_NE(errorValue.reason.find("Excel error value"), std::string::npos);
  // The rejected row keeps its cells as text, the date cell as the date it shows.
  EXPECT_EQ(file->rows.rejected[0].fields[1], "2026-11-05 14:00:00");
  EXPECT_EQ(file->hash.size(), 32u);
}

TEST(XlsxImport, ANamedSheetIsReadIgnoringCase) {
  ParseOptions options;
  options.sheet = "orders";
  const auto file = parseAll(workbook("crm-export.xlsx"), options);
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(file->info.sheet, "Orders");
  ASSERT_EQ(file->rows.orders.size(), 2u);
  const OrderRow& o1 = file->rows.orders[0];
  EXPECT_EQ(o1.orderedAt, at(2026, 11, 3, 9, 20));
  EXPECT_EQ(o1.product, "Glasvezel 1000");
  EXPECT_EQ(o1.monthlyFee, Money::fromCents(4250));
  EXPECT_EQ(o1.installedAt, at(2026, 11, 20));
  EXPECT_EQ(o1.firstTimeRight, true);  // a boolean cell
  const OrderRow& o2 = file->rows.orders[1];
  EXPECT_EQ(o2.monthlyFee, Money::fromCents(3795));
  EXPECT_FALSE(o2.installedAt);
  EXPECT_EQ(o2.firstTimeRight, false);
  EXPECT_TRUE(file->rows.rejected.empty());
}

TEST(XlsxImport, AnUnknownSheetIsAnErrorThatListsTheSheets) {
  ParseOptions options;
  options.sheet = "Klanten";
  const auto file = parseAll(workbook("crm-export.xlsx"), options);
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message.find("crm-export.xlsx: no sheet named 'Klanten' (its sheets: 'Bezoeken', 'Orders')"),
            std::string::npos)
      << file.error().message;
}

TEST(XlsxImport, The1904DateSystemIsReadFromTheWorkbook) {
  const auto file = parseAll(workbook("hand-1904.xlsx"));
  ASSERT_TRUE(file) << file.error().message;
  ASSERT_EQ(file->rows.visits.size(), 3u);
  EXPECT_EQ(file->rows.visits[0].visitedAt, at(2026, 11, 3, 9, 15));   // custom format d-m-yyyy h:mm
  EXPECT_EQ(file->rows.visits[1].visitedAt, at(2026, 11, 4));          // built-in format 14
  EXPECT_EQ(file->rows.visits[2].visitedAt, at(2026, 11, 5, 16, 40));  // ISO text in an inline string
  EXPECT_EQ(file->rows.visits[0].channel, Channel::Htl);
}

TEST(XlsxImport, SharedRichAndInlineStringsLeapDayAndMergedCellsReadAsExcelStoresThem) {
  const auto file = parseAll(workbook("hand-reps.xlsx"));
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(file->info.kind, FileKind::Reps);
  EXPECT_EQ(file->info.sheet, "Verkopers");
  // `naam` is rich text in the shared strings; its phonetic run is no part of it.
  EXPECT_EQ(file->info.header, (std::vector<std::string>{"rep_id", "naam", "team", "active_from"}));
  ASSERT_EQ(file->rows.reps.size(), 3u);
  EXPECT_EQ(file->rows.reps[0].name, "Anna");                            // an inline string in two runs
  EXPECT_EQ(file->rows.reps[0].team, "Noord");                           // a formula's cached string
  EXPECT_EQ(file->rows.reps[0].activeFrom, Date::fromYmd(1900, 2, 28));  // serial 59
  EXPECT_EQ(file->rows.reps[1].name, "Bram");
  EXPECT_EQ(file->rows.reps[1].activeFrom, Date::fromYmd(1900, 3, 1));  // serial 61
  EXPECT_EQ(file->rows.reps[2].repId, "R4");
  EXPECT_EQ(file->rows.reps[2].team, "Oost");                           // the merged cell's value is in its first cell
  EXPECT_EQ(file->rows.reps[2].activeFrom, Date::fromYmd(2026, 2, 1));  // a date stored as text

  ASSERT_EQ(file->rows.rejected.size(), 2u);
  EXPECT_EQ(file->rows.rejected[0].error.line, 4);
  EXPECT_EQ(file->rows.rejected[0].error.column, "active_from");
  EXPECT_EQ(file->rows.rejected[0].error.value, "1900-02-29");  // serial 60, Excel's leap day
  EXPECT_EQ(file->rows.rejected[1].error.line, 6);
  EXPECT_EQ(file->rows.rejected[1].error.column, "team");  // under the merged cell: empty
}

struct BadWorkbook {
  const char* name;
  const char* says;
};

class XlsxBadWorkbook : public ::testing::TestWithParam<BadWorkbook> {};

TEST_P(XlsxBadWorkbook, IsAClearErrorNamingTheFile) {
  ParseOptions options;
  options.workbookLimits.maxPartBytes = 1 << 20;   // bomb-part: 3 MiB of spaces in its sheet
  options.workbookLimits.maxSharedStrings = 1000;  // bomb-strings: 2001 shared strings
  const std::string path = workbook(GetParam().name);
  const auto file = parseAll(path, options);
  ASSERT_FALSE(file) << GetParam().name << " was read";
  EXPECT_EQ(file.error().message.rfind(path + ": ", 0), 0u) << file.error().message;
  EXPECT_NE(file.error().message.find(GetParam().says), std::string::npos) << file.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Files, XlsxBadWorkbook,
    ::testing::Values(BadWorkbook{"old.xls", "old Excel 97-2003 workbook"},
                      BadWorkbook{"encrypted.xlsx", "password-protected workbook"},
                      BadWorkbook{"truncated.xlsx", "damaged or incomplete"},
                      BadWorkbook{"corrupt.xlsx", "xl/worksheets/sheet1.xml"},
                      BadWorkbook{"bomb-declared.xlsx", "would unpack to 3072 MiB, more than the 1 MiB allowed"},
                      BadWorkbook{"bomb-part.xlsx", "would unpack to 3 MiB, more than the 1 MiB allowed"},
                      BadWorkbook{"bomb-strings.xlsx", "more than 1000 shared strings: refused as a zip bomb"},
                      BadWorkbook{"sheet-dtd.xlsx", "xl/worksheets/sheet1.xml of the workbook: holds a DTD"},
                      BadWorkbook{"sheet-malformed.xlsx",
                                  "sheet1.xml of the workbook: not well-formed XML at line 1: "
                                  "mismatched tag"},
                      BadWorkbook{"sheet-cut.xlsx", "sheet1.xml of the workbook: ends too early"}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (c == '.' || c == '-') c = '_';
      return name;
    });

TEST(XlsxImport, ElementsWithANamespacePrefixReadAsWithout) {
  const auto file = parseAll(workbook("sheet-prefixed.xlsx"));
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(file->info.header, (std::vector<std::string>{"rep_id", "name", "team"}));
  ASSERT_EQ(file->rows.reps.size(), 1u);
  EXPECT_EQ(file->rows.reps[0].repId, "R1");
  EXPECT_EQ(file->rows.reps[0].name, "Anna");  // two rich-text runs, "An" and "na"
  EXPECT_EQ(file->rows.reps[0].team, "Noord");
}

TEST(XlsxImport, TheDefaultLimitsRefuseAPartThatClaimsGigabytes) {
  const auto file = parseAll(workbook("bomb-declared.xlsx"));
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message.find("3072 MiB, more than the 1024 MiB allowed: refused as a zip bomb"),
            std::string::npos)
      << file.error().message;
}

// An orders sheet as libxlsxwriter writes it: shared strings by default, inline strings in its
// constant-memory mode.
std::string writeOrders(const std::string& name, bool constantMemory) {
  const std::string path = test::writeTemp(name, "");
  lxw_workbook_options options{};
  options.constant_memory = constantMemory;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Export");
  lxw_format* stamp = workbook_add_format(book);
  format_set_num_format(stamp, "dd-mm-yyyy hh:mm");
  lxw_format* day = workbook_add_format(book);
  format_set_num_format_index(day, 14);
  lxw_format* euro = workbook_add_format(book);
  format_set_num_format(euro, "[$\xE2\x82\xAC-413] #,##0.00");
  const char* header[] = {"order_id", "ordered_at", "rep_id", "area", "monthly_fee", "installed_at", "ftr", "pakket"};
  for (lxw_col_t c = 0; c < 8; ++c) worksheet_write_string(sheet, 0, c, header[c], nullptr);
  for (lxw_row_t r = 1; r <= 3; ++r) {
    worksheet_write_string(sheet, r, 0, ("O" + std::to_string(r)).c_str(), nullptr);
    lxw_datetime ordered{2026, 11, static_cast<int>(r), 17, 45, 0};
    worksheet_write_datetime(sheet, r, 1, &ordered, stamp);
    worksheet_write_string(sheet, r, 2, "R7", nullptr);
    worksheet_write_string(sheet, r, 3, "UTR-01", nullptr);
    worksheet_write_number(sheet, r, 4, 39.95 + r, euro);
    lxw_datetime installed{2026, 12, static_cast<int>(r), 0, 0, 0};
    if (r != 2) worksheet_write_datetime(sheet, r, 5, &installed, day);
    worksheet_write_boolean(sheet, r, 6, r == 1, nullptr);
    worksheet_write_formula_str(sheet, r, 7, "=\"Glasvezel\"", nullptr, "Glasvezel");
  }
  worksheet_write_string(sheet, 4, 0, "O4", nullptr);  // ordered_at missing: rejected
  worksheet_write_string(sheet, 4, 2, "R7", nullptr);
  worksheet_write_string(sheet, 4, 3, "UTR-01", nullptr);
  worksheet_write_blank(sheet, 6, 0, day);  // a formatted, empty row below the data
  EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
  return path;
}

TEST(XlsxImport, LibxlsxwriterWorkbooksReadTheSameWithSharedAndInlineStrings) {
  for (const bool constantMemory : {false, true}) {
    SCOPED_TRACE(constantMemory ? "inline strings" : "shared strings");
    const auto file = parseAll(writeOrders(constantMemory ? "inline.xlsx" : "shared.xlsx", constantMemory));
    ASSERT_TRUE(file) << file.error().message;
    EXPECT_EQ(file->info.sheet, "Export");
    ASSERT_EQ(file->rows.orders.size(), 3u);
    EXPECT_EQ(file->rows.orders[0].orderedAt, at(2026, 11, 1, 17, 45));
    EXPECT_EQ(file->rows.orders[2].orderedAt, at(2026, 11, 3, 17, 45));
    EXPECT_EQ(file->rows.orders[0].monthlyFee, Money::fromCents(4095));  // 39.95 + 1, a currency format
    EXPECT_EQ(file->rows.orders[2].monthlyFee, Money::fromCents(4295));
    EXPECT_EQ(file->rows.orders[0].installedAt, at(2026, 12, 1));
    EXPECT_FALSE(file->rows.orders[1].installedAt);
    EXPECT_EQ(file->rows.orders[0].firstTimeRight, true);
    EXPECT_EQ(file->rows.orders[1].firstTimeRight, false);
    EXPECT_EQ(file->rows.orders[0].product, "Glasvezel");
    ASSERT_EQ(file->rows.rejected.size(), 1u);
    EXPECT_EQ(file->rows.rejected[0].error.line, 5);
    EXPECT_EQ(file->rows.rejected[0].error.column, "ordered_at");
  }
}

TEST(XlsxImport, ThePreviewShowsTheSheetsCellsAsText) {
  const auto preview = previewFile(workbook("crm-export.xlsx"));
  ASSERT_TRUE(preview) << preview.error().message;
  EXPECT_EQ(preview->info.sheet, "Bezoeken");
  EXPECT_EQ(preview->info.kind, FileKind::Visits);
  ASSERT_EQ(preview->rows.size(), 6u);  // the styled empty rows below are no rows
  EXPECT_EQ(preview->rows[0], (std::vector<std::string>{"V1", "2026-11-03 09:15:00", "R1", "UTR-01", "verkoop", "deur",
                                                        "3512 AB", "12", "eerste"}));
  EXPECT_EQ(preview->rows[5][2], "#N/A");
}

}  // namespace
}  // namespace salesops::ingest
