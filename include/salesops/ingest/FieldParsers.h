// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Money.h"

namespace salesops::ingest {

/// The outcome of parsing one field: a value, or the reason it is not one. Reasons are static
/// text shown to users as is, so a failed parse allocates nothing.
template <class T>
struct Parsed {
  T value{};
  std::string_view error;  ///< empty on success

  bool ok() const { return error.empty(); }
  explicit operator bool() const { return ok(); }
  static Parsed fail(std::string_view reason) { return Parsed{T{}, reason}; }
};

/// Reasons given to users; exposed so tests and the UI can compare against them.
namespace reason {
inline constexpr std::string_view kNotDate = "not a date (expected YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)";
inline constexpr std::string_view kImpossibleDate = "impossible date";
inline constexpr std::string_view kNotDateTime =
    "not a date-time (expected a date, optionally followed by HH:MM or HH:MM:SS)";
inline constexpr std::string_view kImpossibleTime = "impossible time of day";
inline constexpr std::string_view kBadOffset = "bad time-zone offset (expected Z, +01:00, +0100 or +01)";
inline constexpr std::string_view kNotNumber = "not a number (expected e.g. 42.50 or 42,50)";
inline constexpr std::string_view kThousands = "thousands separators are not accepted (write 1234,50)";
inline constexpr std::string_view kTooManyDecimals = "more than 2 decimals for an amount";
inline constexpr std::string_view kTooLarge = "number too large";
inline constexpr std::string_view kNotInteger = "not a whole number";
inline constexpr std::string_view kNotRate = "not a fraction or percentage (expected e.g. 0.4, 0,4 or 40%)";
inline constexpr std::string_view kNotBoolean =
    "not a yes/no value (expected 1/0, true/false, yes/no, ja/nee, y/n or j/n)";
inline constexpr std::string_view kNotPostcode = "not a Dutch postcode (1234 AB)";
inline constexpr std::string_view kNotHouseNumber = "not a house number (expected e.g. 104, 104A, 104-3 or 104-bis)";
inline constexpr std::string_view kUnknownOutcome =
    "unknown outcome (expected not_home, no_interest, already_customer, contract_lock_in, callback, quote or sale)";
inline constexpr std::string_view kUnknownChannel = "unknown channel (expected d2d, htl or promo_bus)";
inline constexpr std::string_view kUnknownLevel = "unknown level (expected all, team or rep)";
inline constexpr std::string_view kNotIsoWeek = "not an ISO week (expected e.g. 2026-W48)";
}  // namespace reason

/// Surrounding spaces and tabs removed: spreadsheet exports pad cells, and a padded id would
/// otherwise be a different id.
inline std::string_view trimmed(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return text.substr(b, e - b);
}

/// `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY`, always day first; day and month may have one digit
/// (`3-1-2026`, as Dutch Excel writes them).
Parsed<Date> parseDate(std::string_view text);

/// A date as parseDate, optionally followed by ` ` or `T` and `HH:MM` or `HH:MM:SS` (fractions of
/// a second are dropped); then optionally `Z` or an offset (`+01:00`, `+0100`, `+01`), in which case
/// the instant is converted to Europe/Amsterdam wall-clock time. A bare date is midnight.
Parsed<DateTime> parseDateTime(std::string_view text);

/// An amount in euro: `42.50`, `42,50`, `42`, `-3,5`, optionally after `€`. At most 2 decimals (an
/// amount is never rounded); thousands separators are an error.
Parsed<Money> parseMoney(std::string_view text);

/// A decimal number with `.` or `,` as decimal separator and no thousands separators.
Parsed<double> parseDecimal(std::string_view text);

/// A whole number (optionally signed), no separators.
Parsed<int64_t> parseInteger(std::string_view text);

/// A fraction (`0.4`, `0,4`) or a percentage (`40%`, `12,5 %`) as a fraction. No range check.
struct Rate {
  double fraction = 0;
  bool wasPercentage = false;
};
Parsed<Rate> parseRate(std::string_view text);

/// `1/0`, `true/false`, `yes/no`, `ja/nee`, `y/n`, `j/n`, and Dutch Excel's `waar/onwaar`; any case.
Parsed<bool> parseBool(std::string_view text);

/// A Dutch postcode, normalised: `1234 ab` -> `1234AB`.
struct Postcode {
  std::array<char, 6> chars{};
  std::string_view view() const { return {chars.data(), chars.size()}; }
};
Parsed<Postcode> parsePostcode(std::string_view text);

/// `104`, `104A`, `104 A`, `104-3`, `104-bis`: the number and the addition (a view into `text`).
struct HouseNumber {
  int32_t number = 0;
  std::string_view addition;
};
Parsed<HouseNumber> parseHouseNumber(std::string_view text);

/// Enum values by canonical name or Dutch alias, case-insensitive, spaces and hyphens read as `_`.
Parsed<Outcome> parseOutcome(std::string_view text);
Parsed<Channel> parseChannel(std::string_view text);
Parsed<TargetLevel> parseTargetLevel(std::string_view text);
/// Never fails: an unknown reason is `Other` (the caller keeps the original text).
struct ReasonParse {
  CancelReason reason = CancelReason::Other;
  bool known = false;
};
ReasonParse parseCancelReason(std::string_view text);

/// `2026-W48` (also `2026-W4`, `2026W48`, lower-case `w`).
Parsed<IsoWeek> parseIsoWeek(std::string_view text);

}  // namespace salesops::ingest
