// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as Dutch and English spreadsheets write them. One decimal separator, either `.` or `,`;
// a second separator can only be a thousands separator, which we refuse rather than guess.
#include <charconv>

#include "Ascii.h"

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

// The parts of `[-+]digits[(.|,)digits]`.
struct DecimalParts {
  bool negative = false;
  std::string_view whole;
  std::string_view fraction;
  bool hasSeparator = false;
};

// Returns an empty reason on success.
std::string_view splitDecimal(std::string_view t, DecimalParts& out) {
  size_t pos = 0;
  if (pos < t.size() && (t[pos] == '-' || t[pos] == '+')) out.negative = t[pos++] == '-';
  const size_t wholeStart = pos;
  while (pos < t.size() && isDigit(t[pos])) ++pos;
  out.whole = t.substr(wholeStart, pos - wholeStart);
  if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
    out.hasSeparator = true;
    const size_t fracStart = ++pos;
    while (pos < t.size() && isDigit(t[pos])) ++pos;
    out.fraction = t.substr(fracStart, pos - fracStart);
    if (pos < t.size() && (t[pos] == '.' || t[pos] == ',') && !out.whole.empty()) return reason::kThousands;
    if (out.fraction.empty()) return reason::kNotNumber;
  }
  if (out.whole.empty() || pos != t.size()) return reason::kNotNumber;
  return {};
}

std::string_view withoutEuroSign(std::string_view t) {
  static constexpr std::string_view kEuro = "\xE2\x82\xAC";  // UTF-8 of U+20AC
  if (t.substr(0, kEuro.size()) == kEuro) return trimmed(t.substr(kEuro.size()));
  return t;
}

}  // namespace

Parsed<Money> parseMoney(std::string_view text) {
  using P = Parsed<Money>;
  const std::string_view t = withoutEuroSign(trimmed(text));
  DecimalParts parts;
  if (const auto why = splitDecimal(t, parts); !why.empty()) return P::fail(why);
  if (parts.fraction.size() > 2) return P::fail(reason::kTooManyDecimals);
  if (parts.whole.size() > 15) return P::fail(reason::kTooLarge);
  int64_t cents = 0;
  for (char c : parts.whole) cents = cents * 10 + (c - '0');
  int64_t frac = 0;
  for (char c : parts.fraction) frac = frac * 10 + (c - '0');
  if (parts.fraction.size() == 1) frac *= 10;
  cents = cents * 100 + frac;
  return {Money::fromCents(parts.negative ? -cents : cents), {}};
}

Parsed<double> parseDecimal(std::string_view text) {
  using P = Parsed<double>;
  const std::string_view t = trimmed(text);
  DecimalParts parts;
  if (const auto why = splitDecimal(t, parts); !why.empty()) return P::fail(why);
  // from_chars wants a point; copy into a small buffer rather than allocate.
  char buf[64];
  if (t.size() >= sizeof buf) return P::fail(reason::kTooLarge);
  size_t n = 0;
  for (char c : t) buf[n++] = c == ',' ? '.' : c;
  const char* begin = buf[0] == '+' ? buf + 1 : buf;
  double v = 0;
  const auto r = std::from_chars(begin, buf + n, v);
  if (r.ec != std::errc() || r.ptr != buf + n) return P::fail(reason::kNotNumber);
  return {v, {}};
}

Parsed<int64_t> parseInteger(std::string_view text) {
  using P = Parsed<int64_t>;
  const std::string_view t = trimmed(text);
  DecimalParts parts;
  if (const auto why = splitDecimal(t, parts); !why.empty()) return P::fail(why);
  if (parts.hasSeparator) return P::fail(reason::kNotInteger);
  if (parts.whole.size() > 18) return P::fail(reason::kTooLarge);
  int64_t v = 0;
  for (char c : parts.whole) v = v * 10 + (c - '0');
  return {parts.negative ? -v : v, {}};
}

Parsed<Rate> parseRate(std::string_view text) {
  using P = Parsed<Rate>;
  std::string_view t = trimmed(text);
  const bool percent = !t.empty() && t.back() == '%';
  if (percent) t = trimmed(t.substr(0, t.size() - 1));
  const auto d = parseDecimal(t);
  if (!d) return P::fail(d.error == reason::kThousands ? d.error : reason::kNotRate);
  return {Rate{percent ? d.value / 100.0 : d.value, percent}, {}};
}

Parsed<bool> parseBool(std::string_view text) {
  const std::string_view t = trimmed(text);
  if (t.size() > 8) return Parsed<bool>::fail(reason::kNotBoolean);
  char lower[8];
  for (size_t i = 0; i < t.size(); ++i) lower[i] = (t[i] >= 'A' && t[i] <= 'Z') ? char(t[i] - 'A' + 'a') : t[i];
  const std::string_view l(lower, t.size());
  // `waar/onwaar` is how Dutch Excel writes TRUE/FALSE into a CSV.
  for (std::string_view yes : {"1", "true", "yes", "ja", "y", "j", "waar"})
    if (l == yes) return {true, {}};
  for (std::string_view no : {"0", "false", "no", "nee", "n", "onwaar"})
    if (l == no) return {false, {}};
  return Parsed<bool>::fail(reason::kNotBoolean);
}

}  // namespace salesops::ingest
