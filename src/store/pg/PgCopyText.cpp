// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgCopyText.h"

namespace salesops::store::pg {

std::vector<std::optional<std::string>> splitCopyLine(std::string_view line) {
  std::vector<std::optional<std::string>> fields;
  std::string field;
  bool escaped = false;  // the field so far held a backslash escape, so "\N" in it is text
  auto endField = [&] {
    if (field == "\\N" && !escaped)
      fields.emplace_back(std::nullopt);
    else
      fields.emplace_back(std::move(field));
    field.clear();
    escaped = false;
  };
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\t') {
      endField();
      continue;
    }
    if (c != '\\' || i + 1 == line.size()) {
      field += c;
      continue;
    }
    // The server writes these escapes (CopyAttributeOutText); \N stays as is for endField.
    const char e = line[++i];
    switch (e) {
      case 'N':
        field += "\\N";
        continue;
      case 'b':
        field += '\b';
        break;
      case 'f':
        field += '\f';
        break;
      case 'n':
        field += '\n';
        break;
      case 'r':
        field += '\r';
        break;
      case 't':
        field += '\t';
        break;
      case 'v':
        field += '\v';
        break;
      default:
        field += e;  // backslash itself, and any other escaped character
    }
    escaped = true;
  }
  endField();
  return fields;
}

}  // namespace salesops::store::pg
