// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace salesops::cli {

// Number and table formatting for the analysis commands (alerts, explain).

/// `12.3%` for a fraction, an em dash for none.
std::string percent(std::optional<double> fraction, int decimals = 1);
/// A change of a fraction in percentage points with its sign: `-2.15 pt`; an em dash for none.
std::string points(std::optional<double> change, int decimals = 2);
/// `v` with `decimals` decimals and, when `sign`, a leading `+` for positive values.
std::string fixed(double v, int decimals, bool sign = false);

/// Aligned columns, two spaces apart; the first row is the header. Columns listed in `rightAligned`
/// (by index) are aligned right, as numbers are. Widths are display columns (displayWidth).
std::string renderTable(const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& rightAligned);

}  // namespace salesops::cli
