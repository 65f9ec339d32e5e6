// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormat.h"

#include <algorithm>
#include <cstdio>

#include "salesops/core/DisplayWidth.h"

namespace salesops::cli {

std::string fixed(double v, int decimals, bool sign) {
  char buf[64];
  std::snprintf(buf, sizeof buf, sign ? "%+.*f" : "%.*f", decimals, v);
  return buf;
}

std::string percent(std::optional<double> fraction, int decimals) {
  return fraction ? fixed(*fraction * 100.0, decimals) + "%" : "—";
}

std::string points(std::optional<double> change, int decimals) {
  return change ? fixed(*change * 100.0, decimals, true) + " pt" : "—";
}

std::string renderTable(const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& rightAligned) {
  std::vector<size_t> widths;
  for (const auto& r : rows) {
    widths.resize(std::max(widths.size(), r.size()));
    for (size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], displayWidth(r[i]));
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); ++i) {
      const bool right = std::find(rightAligned.begin(), rightAligned.end(), i) != rightAligned.end();
      if (i) line += "  ";
      line += padToWidth(r[i], widths[i], right ? Align::Right : Align::Left);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace salesops::cli
