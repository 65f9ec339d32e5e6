// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cell values of a workbook as text: dates by serial number (worked out on a calendar), number
// formats that show a date, cell references.
#include <gtest/gtest.h>

#include "XlsxCells.h"

namespace salesops::ingest::xlsx {
namespace {

TEST(XlsxCells, SerialsOfThe1900SystemCountTheLeapDayThatNeverWas) {
  EXPECT_EQ(dateText(1, false), "1900-01-01");
  EXPECT_EQ(dateText(59, false), "1900-02-28");
  EXPECT_EQ(dateText(60, false), "1900-02-29");  // Excel's, not the calendar's: the date parser rejects it
  EXPECT_EQ(dateText(61, false), "1900-03-01");
  // 2026-11-03: 46329 days after 1899-12-30, and 09:15 is 37/96 of a day.
  EXPECT_EQ(dateText(46329, false), "2026-11-03");
  EXPECT_EQ(dateText(46329.38541666666, false), "2026-11-03 09:15:00");
  EXPECT_EQ(dateText(2958465, false), "9999-12-31");
  EXPECT_EQ(dateText(2958466, false), "");  // past 9999
  EXPECT_EQ(dateText(-1, false), "");
}

TEST(XlsxCells, SerialsOfThe1904SystemCountFrom1904) {
  EXPECT_EQ(dateText(0, true), "1904-01-01");
  EXPECT_EQ(dateText(44867, true), "2026-11-03");  // 1462 days fewer than in the 1900 system
  EXPECT_EQ(dateText(44867.5, true), "2026-11-03 12:00:00");
}

TEST(XlsxCells, ATimeRoundsToTheNearestSecondAndBelowOneDayStandsAlone) {
  EXPECT_EQ(dateText(0.75, false), "18:00:00");
  EXPECT_EQ(dateText(46329.99999999, false), "2026-11-04");  // 23:59:59.9991 rounds to the next day
  EXPECT_EQ(dateText(46332.48993055556, false), "2026-11-06 11:45:30");
}

TEST(XlsxCells, DateFormatsAreToldFromNumberFormats) {
  EXPECT_TRUE(isDateFormatCode("dd-mm-yyyy hh:mm"));
  EXPECT_TRUE(isDateFormatCode("[$-413]d\\ mmmm\\ yyyy;@"));
  EXPECT_TRUE(isDateFormatCode("[h]:mm"));
  EXPECT_TRUE(isDateFormatCode("[Red]yyyy"));
  EXPECT_FALSE(isDateFormatCode("General"));
  EXPECT_FALSE(isDateFormatCode("0.00"));
  EXPECT_FALSE(isDateFormatCode("#,##0.00 \"m\"\\d"));  // quoted and escaped letters are text
  EXPECT_FALSE(isDateFormatCode("[Red]0.00"));
  EXPECT_FALSE(isDateFormatCode("[$\xE2\x82\xAC-413]\\ #,##0.00"));
  EXPECT_FALSE(isDateFormatCode("0.00;[Red]-0.00;\"d\""));
  EXPECT_TRUE(isBuiltInDateFormat(14));
  EXPECT_TRUE(isBuiltInDateFormat(22));
  EXPECT_FALSE(isBuiltInDateFormat(2));
  EXPECT_FALSE(isBuiltInDateFormat(49));  // `@`, text
}

TEST(XlsxCells, NumbersReadAsExcelShowsThem) {
  EXPECT_EQ(numberText("42.5"), "42.5");
  EXPECT_EQ(numberText("104"), "104");
  EXPECT_EQ(numberText("42.499999999999993"), "42.5");  // 17 digits stored, 15 shown
  EXPECT_EQ(numberText("1.5E-3"), "0.0015");
  EXPECT_EQ(numberText("1.2E+16"), "12000000000000000");
  EXPECT_EQ(numberText("-3.25"), "-3.25");
}

TEST(XlsxCells, CellReferencesGiveTheColumn) {
  EXPECT_EQ(columnIndex("A1"), 0);
  EXPECT_EQ(columnIndex("Z9"), 25);
  EXPECT_EQ(columnIndex("AA10"), 26);
  EXPECT_EQ(columnIndex("XFD1048576"), 16383);
  EXPECT_EQ(columnIndex("XFE1"), -1);
  EXPECT_EQ(columnIndex("12"), -1);
}

}  // namespace
}  // namespace salesops::ingest::xlsx
