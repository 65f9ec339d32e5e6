// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace salesops {

/// A JSON string literal: `"` and `\` escaped, newline, carriage return, tab, backspace and form
/// feed as `\n` `\r` `\t` `\b` `\f`, other control characters as `\u00XX`; everything else (UTF-8
/// included) as it is. Hand-written JSON keeps the fields in the order the contract shows
/// (QJsonObject sorts them); this is the one writer of JSON strings for every command.
std::string jsonString(std::string_view s);

/// The shortest text that reads back as exactly `v` (std::to_chars): 1/3 is 0.3333333333333333,
/// 27/500 is 0.054. For JSON, CSV and every other machine-readable number.
std::string shortestNumber(double v);

/// A JSON number in shortest round-trip form; `null` for no value, infinity or NaN.
std::string jsonNumber(std::optional<double> v);

}  // namespace salesops
