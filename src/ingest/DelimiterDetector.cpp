// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/DelimiterDetector.h"

#include <array>

namespace salesops::ingest {

char detectDelimiter(std::string_view text) {
  // Order matters for ties: `,` is the standard, `;` what Dutch Excel writes.
  static constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};
  std::array<int, 4> counts{};
  bool inQuotes = false;
  for (char c : text) {
    if (c == '"') {
      inQuotes = !inQuotes;  // a doubled quote toggles twice: still right
    } else if (!inQuotes) {
      if (c == '\n' || c == '\r') break;
      for (size_t i = 0; i < kCandidates.size(); ++i)
        if (c == kCandidates[i]) ++counts[i];
    }
  }
  size_t best = 0;
  for (size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return counts[best] > 0 ? kCandidates[best] : ',';
}

}  // namespace salesops::ingest
