// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dutch address parts: the `addresses` KPIs count distinct (postcode, number, addition), so every
// spelling of one address must come out the same.
#include "Ascii.h"

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

char upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c; }

constexpr size_t kMaxAddition = 10;

}  // namespace

Parsed<Postcode> parsePostcode(std::string_view text) {
  using P = Parsed<Postcode>;
  const std::string_view t = trimmed(text);
  // 1234AB or 1234 AB; Dutch postcodes never start with 0.
  if (t.size() != 6 && t.size() != 7) return P::fail(reason::kNotPostcode);
  if (t[0] < '1' || t[0] > '9' || !isDigit(t[1]) || !isDigit(t[2]) || !isDigit(t[3]))
    return P::fail(reason::kNotPostcode);
  size_t pos = 4;
  if (t.size() == 7 && t[pos++] != ' ') return P::fail(reason::kNotPostcode);
  if (!isLetter(t[pos]) || !isLetter(t[pos + 1])) return P::fail(reason::kNotPostcode);
  Postcode pc;
  for (size_t i = 0; i < 4; ++i) pc.chars[i] = t[i];
  pc.chars[4] = upper(t[pos]);
  pc.chars[5] = upper(t[pos + 1]);
  return {pc, {}};
}

Parsed<HouseNumber> parseHouseNumber(std::string_view text) {
  using P = Parsed<HouseNumber>;
  const std::string_view t = trimmed(text);
  size_t pos = 0;
  int32_t number = 0;
  while (pos < t.size() && isDigit(t[pos])) {
    if (pos == 6) return P::fail(reason::kNotHouseNumber);  // no Dutch house number has 7 digits
    number = number * 10 + (t[pos++] - '0');
  }
  if (pos == 0 || number == 0) return P::fail(reason::kNotHouseNumber);
  if (pos == t.size()) return {HouseNumber{number, {}}, {}};
  // One optional separator, then letters and digits: `104A`, `104 A`, `104-3`, `104-bis`.
  const bool separated = t[pos] == ' ' || t[pos] == '-' || t[pos] == '/';
  if (separated) ++pos;
  const std::string_view addition = t.substr(pos);
  if (addition.empty() || addition.size() > kMaxAddition) return P::fail(reason::kNotHouseNumber);
  for (char c : addition)
    if (!isLetter(c) && !isDigit(c)) return P::fail(reason::kNotHouseNumber);
  return {HouseNumber{number, addition}, {}};
}

}  // namespace salesops::ingest
