// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// COPY's text format, both ways: the import and `copy` stream rows to the server in it, and `copy`
// reads a table back from the server in it.

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace salesops::store::pg {

// Writes one line of COPY's text format: tab between fields, \N for NULL, and backslash escapes for the characters
// that would otherwise end a field or a row.
class CopyLine {
 public:
  explicit CopyLine(std::string& out) : out_(out) {}
  CopyLine& text(std::string_view v) {
    sep();
    for (char c : v) {
      switch (c) {
        case '\\':
          out_ += "\\\\";
          break;
        case '\t':
          out_ += "\\t";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        default:
          out_ += c;
      }
    }
    return *this;
  }
  CopyLine& num(int64_t v) {
    sep();
    // to_chars into the stack: std::to_string's temporary string was a fifth of encoding a visit.
    char buf[24];
    out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
    return *this;
  }
  CopyLine& real(double v) {
    sep();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    out_ += buf;
    return *this;
  }
  CopyLine& null() {
    sep();
    out_ += "\\N";
    return *this;
  }
  template <class T>
  CopyLine& opt(const std::optional<T>& v) {
    if (!v) return null();
    if constexpr (std::is_floating_point_v<T>)
      return real(*v);
    else
      return num(static_cast<int64_t>(*v));
  }
  void end() {
    out_ += '\n';
    first_ = true;
  }

 private:
  void sep() {
    if (!first_) out_ += '\t';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

/// Splits one line of COPY's text format (without its newline) into its fields, undoing the escapes;
/// nullopt for \N (NULL).
std::vector<std::optional<std::string>> splitCopyLine(std::string_view line);

}  // namespace salesops::store::pg
