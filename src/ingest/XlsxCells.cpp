// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cell values of a worksheet as the text a CSV export of it would hold, so that the row rules of
// CSV files apply to workbooks unchanged.
#include "XlsxCells.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "Ascii.h"

#include "salesops/core/Date.h"

namespace salesops::ingest::xlsx {
namespace {

constexpr int kLastColumn = 16383;       // XFD
constexpr double kLastSerial = 2958466;  // 10000-01-01 in the 1900 system: past 9999-12-31
constexpr int64_t kSecondsPerDay = 86400;

void append2(std::string& out, int v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}

void appendTime(std::string& out, int64_t seconds) {
  append2(out, static_cast<int>(seconds / 3600));
  out += ':';
  append2(out, static_cast<int>(seconds / 60 % 60));
  out += ':';
  append2(out, static_cast<int>(seconds % 60));
}

}  // namespace

int columnIndex(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && isLetter(ref[i]); ++i) {
    col = col * 26 + ((ref[i] & ~0x20) - 'A' + 1);
    if (col > kLastColumn + 1) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

bool isBuiltInDateFormat(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(std::string_view code) {
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {  // literal text
      const size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {  // an escaped, padding or fill character
      ++i;
    } else if (c == '[') {  // [Red], [$-413], [>100]; but [h], [mm], [ss] are elapsed time
      const size_t end = code.find(']', i + 1);
      if (end == std::string_view::npos) return false;
      const std::string_view inner = code.substr(i + 1, end - i - 1);
      if (!inner.empty() && inner.find_first_not_of("hHmMsS") == std::string_view::npos) return true;
      i = end;
    } else if (c == ';') {  // the first section decides, as it does for positive numbers
      return false;
    } else {
      switch (c | 0x20) {
        case 'd':
        case 'm':
        case 'y':
        case 'h':
        case 's':
          return true;
        default:
          break;
      }
      // `General` holds an e, an a and an l but no date letter: nothing to skip.
    }
  }
  return false;
}

std::string dateText(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial) return {};
  const auto totalSeconds = static_cast<int64_t>(std::llround(serial * kSecondsPerDay));
  int64_t day = totalSeconds / kSecondsPerDay;
  const int64_t seconds = totalSeconds % kSecondsPerDay;
  std::string out;
  if (day == 0 && !date1904) {  // Excel's day 0 is "1900-01-00": below 1 a cell holds a time alone
    appendTime(out, seconds);
    return out;
  }
  if (date1904) {
    day += daysFromCivil(1904, 1, 1);
  } else if (day == 60) {
    out = "1900-02-29";  // Lotus 1-2-3's leap day, kept by Excel for compatibility
  } else {
    // Serials count from 1900-01-01 = 1, with the false leap day 60 in between.
    day += daysFromCivil(1899, 12, day < 60 ? 31 : 30);
  }
  if (out.empty()) out = Date::fromDays(static_cast<int32_t>(day)).toString();
  if (seconds != 0) {
    out += ' ';
    appendTime(out, seconds);
  }
  return out;
}

std::string numberText(std::string_view stored) {
  size_t significant = 0;
  bool plain = true;
  for (char c : stored) {
    if (isDigit(c)) {
      if (significant > 0 || c != '0') ++significant;
    } else if (c != '.' && c != '-') {
      plain = false;
    }
  }
  if (plain && significant <= 15 && !stored.empty()) return std::string(stored);
  double v = 0;
  const auto parsed = std::from_chars(stored.data(), stored.data() + stored.size(), v);
  if (parsed.ec != std::errc() || parsed.ptr != stored.data() + stored.size() || !std::isfinite(v))
    return std::string(stored);
  char rounded[40];
  std::snprintf(rounded, sizeof rounded, "%.15g", v);
  std::from_chars(rounded, rounded + std::char_traits<char>::length(rounded), v);
  char buf[400];  // the longest fixed form of a double is 300-odd digits
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

}  // namespace salesops::ingest::xlsx
