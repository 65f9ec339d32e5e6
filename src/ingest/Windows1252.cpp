// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/Windows1252.h"

namespace salesops::ingest {
namespace {

// 0x80..0x9F: where Windows-1252 differs from Latin-1 (0xA0..0xFF equal their code points).
constexpr char16_t kHigh[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98
};

}  // namespace

char32_t windows1252ToUnicode(unsigned char b) { return (b >= 0x80 && b < 0xA0) ? kHigh[b - 0x80] : char32_t{b}; }

size_t windows1252ToUtf8(const char* in, size_t size, char* out) {
  char* o = out;
  for (size_t i = 0; i < size; ++i) {
    const auto b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      *o++ = static_cast<char>(b);
      continue;
    }
    const char32_t cp = windows1252ToUnicode(b);
    if (cp < 0x800) {
      *o++ = static_cast<char>(0xC0 | (cp >> 6));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *o++ = static_cast<char>(0xE0 | (cp >> 12));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return static_cast<size_t>(o - out);
}

std::string windows1252ToUtf8(std::string_view in) {
  std::string out(in.size() * 3, '\0');
  out.resize(windows1252ToUtf8(in.data(), in.size(), out.data()));
  return out;
}

std::string utf8ToWindows1252(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    const auto b = static_cast<unsigned char>(in[i]);
    const size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > in.size()) {
      // ASCII, or a byte that starts no UTF-8 character: kept as it is.
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    char32_t cp = b & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3F);
    i += len;
    char byte = '?';
    if (cp >= 0xA0 && cp <= 0xFF) {
      byte = static_cast<char>(cp);
    } else {
      for (unsigned k = 0; k < 32; ++k)
        if (kHigh[k] == cp) byte = static_cast<char>(0x80 + k);
    }
    out += byte;
  }
  return out;
}

}  // namespace salesops::ingest
