// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace salesops::ingest::xlsx {

/// The column index (A = 0) of a cell reference such as `AB12`; -1 when it starts with no letter
/// or names a column past Excel's last (XFD).
int columnIndex(std::string_view cellRef);

/// Whether a number format code (`dd-mm-yyyy hh:mm`, `0.00`, `[$-413]d mmm yyyy`) shows a date or a
/// time: it has a d, m, y, h or s outside quoted text, escapes and bracketed colours or locales.
bool isDateFormatCode(std::string_view code);
/// Whether a built-in number format id is a date or time format (14-22, 27-36, 45-47, 50-58).
bool isBuiltInDateFormat(int numFmtId);

/// A date cell's serial number as the text the date parsers read: `YYYY-MM-DD`, with ` HH:MM:SS`
/// when it has a time of day, or `HH:MM:SS` alone below 1 (a time without a date). In the 1900
/// date system serial 60 is Excel's 1900-02-29, a day that never was: it comes out as that text,
/// which the date parsers reject. Empty for a serial that is no date (negative, past 9999).
std::string dateText(double serial, bool date1904);

/// A number cell's value as text: Excel's own shortest text when it is plain (`42.5`, `104`);
/// otherwise rounded to the 15 significant digits Excel shows, without an exponent.
std::string numberText(std::string_view stored);

}  // namespace salesops::ingest::xlsx
