// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every field parser (and the small text helpers around them) on any text: the first byte picks
// the parser, the rest is the field. Each successful parse is checked against what it promises:
// values read back from their canonical text, postcodes normalised, numbers finite, and so on.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "FuzzInput.h"

#include "salesops/ingest/AmsterdamTime.h"
#include "salesops/ingest/ColumnMapping.h"
#include "salesops/ingest/DelimiterDetector.h"
#include "salesops/ingest/FieldParsers.h"
#include "salesops/ingest/Utf8Validator.h"
#include "salesops/ingest/Windows1252.h"

using namespace salesops;
using namespace salesops::ingest;

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool inRange(const DateTime& t) { return t.date().year() >= 1 && t.date().year() <= 9999; }

bool validUtf8(std::string_view s) {
  Utf8Validator v;
  v.feed(s.data(), s.size());
  return v.finish();
}

template <class E, class Parse>
void enumRoundTrip(std::string_view text, Parse parse) {
  const auto p = parse(text);
  if (p) SALESOPS_FUZZ_CHECK(parse(toString(p.value)).value == p.value);
}

std::vector<std::string> splitHeader(std::string_view text) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (c == ',')
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 18) {
    case 0: {
      const auto p = parseDate(text);
      if (!p) break;
      SALESOPS_FUZZ_CHECK(p.value.year() >= 1 && p.value.year() <= 9999);
      const auto again = parseDate(p.value.toString());
      SALESOPS_FUZZ_CHECK(again && again.value == p.value);
      break;
    }
    case 1: {
      const auto p = parseDateTime(text);
      if (!p || !inRange(p.value)) break;  // an offset may move year 1 or 9999 across the edge
      const auto again = parseDateTime(p.value.toString());
      SALESOPS_FUZZ_CHECK(again && again.value == p.value);
      break;
    }
    case 2: {
      const auto p = parseMoney(text);
      if (!p) break;
      const auto again = parseMoney(p.value.toString());
      SALESOPS_FUZZ_CHECK(again && again.value == p.value);
      break;
    }
    case 3: {
      const auto p = parseDecimal(text);
      if (p) SALESOPS_FUZZ_CHECK(std::isfinite(p.value));
      break;
    }
    case 4: {
      const auto p = parseInteger(text);
      if (!p) break;
      const auto again = parseInteger(std::to_string(p.value));
      SALESOPS_FUZZ_CHECK(again && again.value == p.value);
      break;
    }
    case 5: {
      const auto p = parseRate(text);
      if (p) SALESOPS_FUZZ_CHECK(std::isfinite(p.value.fraction));
      break;
    }
    case 6:
      (void)parseBool(text);
      break;
    case 7: {
      const auto p = parsePostcode(text);
      if (!p) break;
      const std::string_view pc = p.value.view();
      SALESOPS_FUZZ_CHECK(pc[0] >= '1' && pc[0] <= '9' && isDigit(pc[1]) && isDigit(pc[2]) && isDigit(pc[3]));
      SALESOPS_FUZZ_CHECK(isUpper(pc[4]) && isUpper(pc[5]));
      break;
    }
    case 8: {
      const auto p = parseHouseNumber(text);
      if (!p) break;
      SALESOPS_FUZZ_CHECK(p.value.number >= 1 && p.value.number <= 999999);
      SALESOPS_FUZZ_CHECK(p.value.addition.size() <= 10);
      // The addition is a view into the text.
      SALESOPS_FUZZ_CHECK(p.value.addition.empty() ||
                          (p.value.addition.data() >= text.data() &&
                           p.value.addition.data() + p.value.addition.size() <= text.data() + text.size()));
      break;
    }
    case 9:
      enumRoundTrip<Outcome>(text, parseOutcome);
      break;
    case 10:
      enumRoundTrip<Channel>(text, parseChannel);
      break;
    case 11:
      enumRoundTrip<TargetLevel>(text, parseTargetLevel);
      break;
    case 12: {
      const ReasonParse r = parseCancelReason(text);
      if (r.known) SALESOPS_FUZZ_CHECK(parseCancelReason(toString(r.reason)).reason == r.reason);
      break;
    }
    case 13: {
      const auto p = parseIsoWeek(text);
      if (!p) break;
      SALESOPS_FUZZ_CHECK(p.value.week >= 1 && p.value.week <= IsoWeek::weeksInYear(p.value.year));
      const auto again = parseIsoWeek(p.value.toString());
      SALESOPS_FUZZ_CHECK(again && again.value == p.value);
      break;
    }
    case 14: {
      const char d = detectDelimiter(text);
      SALESOPS_FUZZ_CHECK(d == ',' || d == ';' || d == '\t' || d == '|');
      const std::string once = normalizeColumnName(text);
      SALESOPS_FUZZ_CHECK(normalizeColumnName(once) == once);
      break;
    }
    case 15: {
      // Byte by byte or all at once, the validator says the same; Windows-1252 text always
      // converts to valid UTF-8.
      Utf8Validator bytewise;
      for (char c : text) bytewise.feed(&c, 1);
      SALESOPS_FUZZ_CHECK(bytewise.finish() == validUtf8(text));
      SALESOPS_FUZZ_CHECK(validUtf8(windows1252ToUtf8(text)));
      break;
    }
    case 16: {
      const auto mapped = mapColumns(splitHeader(text));
      if (!mapped) break;
      const std::vector<std::string> header = splitHeader(text);
      for (Column c : kindColumns(mapped->kind).required) {
        if (mapped->kind == FileKind::Visits && (c == Column::Postcode || c == Column::HouseNumber)) continue;
        SALESOPS_FUZZ_CHECK(mapped->has(c) && static_cast<size_t>((*mapped)[c]) < header.size());
      }
      break;
    }
    case 17: {
      if (text.size() < 8) break;
      int64_t seconds = 0;
      std::memcpy(&seconds, text.data(), 8);
      seconds %= int64_t{400} * 366 * 86400;  // within 400 years of 1970
      const int32_t offset = amsterdamUtcOffset(seconds);
      SALESOPS_FUZZ_CHECK(offset == 3600 || offset == 7200);
      SALESOPS_FUZZ_CHECK(amsterdamFromUtc(seconds).seconds() == seconds + offset);
      break;
    }
  }
  return 0;
}
