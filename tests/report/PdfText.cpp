// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include <cctype>
#include <cstdio>
#include <regex>

namespace salesops::test {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

std::string normalizeSpace(const std::string& raw) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    // No-break (U+00A0), en (U+2002) and narrow no-break (U+202F) spaces count as spaces.
    size_t wide = 0;
    if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xA0) wide = 2;
    if (c == 0xE2 && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(raw[i + 2]) == 0x82 || static_cast<unsigned char>(raw[i + 2]) == 0xAF))
      wide = 3;
    if (wide > 0 || std::isspace(c)) {
      space = true;
      if (wide > 0) i += wide - 1;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string pdfText(const std::string& pdf, int page, bool layout) {
  const std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
  // -layout keeps a table's row on one line, cells in order.
  return normalizeSpace(run(std::string("pdftotext") + (layout ? " -layout" : "") + " -enc UTF-8" + range + " '" + pdf +
                            "' - 2>/dev/null"));
}

int pdfPages(const std::string& pdf) {
  const std::string info = run("pdfinfo '" + pdf + "' 2>/dev/null");
  std::smatch m;
  if (!std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)"))) return -1;
  return std::stoi(m[1].str());
}

}  // namespace salesops::test
