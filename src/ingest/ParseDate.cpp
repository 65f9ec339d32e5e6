// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Date, date-time and ISO-week fields. Hand-written digit scanning: these run several times per
// row of a multi-million-row import.
#include "Ascii.h"

#include "salesops/ingest/AmsterdamTime.h"
#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

// Reads minDigits..maxDigits digits at t[pos]; advances pos.
bool digits(std::string_view t, size_t& pos, size_t minDigits, size_t maxDigits, int& out) {
  size_t n = 0;
  int v = 0;
  while (pos + n < t.size() && n < maxDigits && isDigit(t[pos + n])) v = v * 10 + (t[pos + n++] - '0');
  if (n < minDigits) return false;
  if (pos + n < t.size() && isDigit(t[pos + n])) return false;  // too many digits
  pos += n;
  out = v;
  return true;
}

enum class DateScan { Ok, Malformed, Impossible };

// Parses the date at the start of t, leaving pos after it.
DateScan scanDate(std::string_view t, size_t& pos, Date& out) {
  pos = 0;
  int a = 0, b = 0, c = 0;
  int y = 0, m = 0, d = 0;
  if (!digits(t, pos, 1, 4, a)) return DateScan::Malformed;
  if (pos == 4) {  // YYYY-MM-DD
    if (pos >= t.size() || t[pos] != '-') return DateScan::Malformed;
    ++pos;
    if (!digits(t, pos, 1, 2, b) || pos >= t.size() || t[pos] != '-') return DateScan::Malformed;
    ++pos;
    if (!digits(t, pos, 1, 2, c)) return DateScan::Malformed;
    y = a, m = b, d = c;
  } else if (pos <= 2) {  // DD-MM-YYYY or DD/MM/YYYY: the separator must be the same twice
    if (pos >= t.size() || (t[pos] != '-' && t[pos] != '/')) return DateScan::Malformed;
    const char sep = t[pos++];
    if (!digits(t, pos, 1, 2, b) || pos >= t.size() || t[pos] != sep) return DateScan::Malformed;
    ++pos;
    if (!digits(t, pos, 4, 4, c)) return DateScan::Malformed;
    y = c, m = b, d = a;
  } else {
    return DateScan::Malformed;
  }
  const auto date = Date::fromYmd(y, m, d);
  if (!date) return DateScan::Impossible;
  out = *date;
  return DateScan::Ok;
}

}  // namespace

Parsed<Date> parseDate(std::string_view text) {
  const std::string_view t = trimmed(text);
  size_t pos = 0;
  Date date;
  switch (scanDate(t, pos, date)) {
    case DateScan::Malformed:
      return Parsed<Date>::fail(reason::kNotDate);
    case DateScan::Impossible:
      return Parsed<Date>::fail(reason::kImpossibleDate);
    case DateScan::Ok:
      break;
  }
  if (pos != t.size()) return Parsed<Date>::fail(reason::kNotDate);
  return {date, {}};
}

Parsed<DateTime> parseDateTime(std::string_view text) {
  using P = Parsed<DateTime>;
  const std::string_view t = trimmed(text);
  size_t pos = 0;
  Date date;
  switch (scanDate(t, pos, date)) {
    case DateScan::Malformed:
      return P::fail(reason::kNotDateTime);
    case DateScan::Impossible:
      return P::fail(reason::kImpossibleDate);
    case DateScan::Ok:
      break;
  }
  if (pos == t.size()) return {DateTime::from(date), {}};
  if (t[pos] != ' ' && t[pos] != 'T' && t[pos] != 't') return P::fail(reason::kNotDateTime);
  ++pos;
  int hh = 0, mm = 0, ss = 0;
  if (!digits(t, pos, 1, 2, hh) || pos >= t.size() || t[pos] != ':') return P::fail(reason::kNotDateTime);
  ++pos;
  if (!digits(t, pos, 2, 2, mm)) return P::fail(reason::kNotDateTime);
  if (pos < t.size() && t[pos] == ':') {
    ++pos;
    if (!digits(t, pos, 2, 2, ss)) return P::fail(reason::kNotDateTime);
    if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {  // fractions of a second: dropped
      ++pos;
      const size_t start = pos;
      while (pos < t.size() && isDigit(t[pos])) ++pos;
      if (pos == start) return P::fail(reason::kNotDateTime);
    }
  }
  if (hh > 23 || mm > 59 || ss > 59) return P::fail(reason::kImpossibleTime);
  const DateTime wall = DateTime::from(date, hh, mm, ss);
  if (pos == t.size()) return {wall, {}};

  // An explicit offset or Z: an instant, shown as Amsterdam wall-clock time.
  int offsetMinutes = 0;
  if (t[pos] == 'Z' || t[pos] == 'z') {
    ++pos;
  } else if (t[pos] == '+' || t[pos] == '-') {
    const int sign = t[pos++] == '-' ? -1 : 1;
    int oh = 0, om = 0;
    if (!digits(t, pos, 2, 2, oh)) {
      // `+0100` reads as four digits: split them.
      size_t p4 = pos;
      int hhmm = 0;
      if (!digits(t, p4, 4, 4, hhmm)) return P::fail(reason::kBadOffset);
      oh = hhmm / 100, om = hhmm % 100, pos = p4;
    } else if (pos < t.size() && t[pos] == ':') {
      ++pos;
      if (!digits(t, pos, 2, 2, om)) return P::fail(reason::kBadOffset);
    }
    if (oh > 14 || om > 59) return P::fail(reason::kBadOffset);
    offsetMinutes = sign * (oh * 60 + om);
  } else {
    return P::fail(reason::kNotDateTime);
  }
  if (pos != t.size()) return P::fail(reason::kBadOffset);
  return {amsterdamFromUtc(wall.seconds() - int64_t{offsetMinutes} * 60), {}};
}

Parsed<IsoWeek> parseIsoWeek(std::string_view text) {
  const auto w = IsoWeek::parse(trimmed(text));
  if (!w) return Parsed<IsoWeek>::fail(reason::kNotIsoWeek);
  return {*w, {}};
}

}  // namespace salesops::ingest
