// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/DisplayWidth.h"

#include <algorithm>
#include <array>
#include <utility>

namespace salesops {
namespace {

using Range = std::pair<char32_t, char32_t>;

// Combining marks and invisible format characters: they sit on the character before them.
constexpr std::array<Range, 10> kZeroWidth{{
    {0x0300, 0x036F},  // combining diacritical marks (a decomposed é is e + U+0301)
    {0x0483, 0x0489},
    {0x0591, 0x05BD},
    {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},
    {0x200B, 0x200F},  // zero-width space, joiners, direction marks
    {0x2060, 0x2064},
    {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F},  // variation selectors
    {0xFE20, 0xFE2F},
}};

// East Asian wide and fullwidth characters and emoji: two columns.
constexpr std::array<Range, 12> kWide{{
    {0x1100, 0x115F},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x1FAFF},
}};

template <size_t N>
bool within(char32_t c, const std::array<Range, N>& ranges) {
  return std::any_of(ranges.begin(), ranges.end(), [c](const Range& r) { return c >= r.first && c <= r.second; });
}

size_t columns(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 0;  // controls
  if (c == 0xAD || c == 0xFEFF) return 0;             // soft hyphen, BOM
  if (within(c, kZeroWidth)) return 0;
  if (within(c, kWide) || (c >= 0x20000 && c <= 0x3FFFD)) return 2;
  return 1;
}

// The code point at `s[i]` and its length in bytes; a byte that does not start well-formed UTF-8
// is one character of its own (length 1, shown as U+FFFD).
std::pair<char32_t, size_t> decode(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  const size_t len = b >= 0xF5 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, 1};
  char32_t c = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto next = static_cast<unsigned char>(s[i + k]);
    if ((next & 0xC0) != 0x80) return {0xFFFD, 1};
    c = (c << 6) | (next & 0x3F);
  }
  return {c, len};
}

}  // namespace

size_t displayWidth(std::string_view utf8) {
  size_t width = 0;
  for (size_t i = 0; i < utf8.size();) {
    const auto [c, len] = decode(utf8, i);
    width += columns(c);
    i += len;
  }
  return width;
}

std::string padToWidth(std::string_view text, size_t width, Align align) {
  const size_t has = displayWidth(text);
  const std::string pad(has < width ? width - has : 0, ' ');
  return align == Align::Left ? std::string(text) + pad : pad + std::string(text);
}

}  // namespace salesops
