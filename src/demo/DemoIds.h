// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace salesops::demo {

/// `prefix` + `number` zero-padded to `width` digits (more when it does not fit), e.g. V000000042.
/// Written into a stack buffer: this runs once per visit, std::format would dominate the profile.
inline void formatId(std::string& out, char prefix, uint64_t number, int width) {
  char buf[24];
  int pos = sizeof buf;
  int digits = 0;
  do {
    buf[--pos] = static_cast<char>('0' + number % 10);
    number /= 10;
    ++digits;
  } while (number > 0);
  while (digits < width && pos > 1) {
    buf[--pos] = '0';
    ++digits;
  }
  buf[--pos] = prefix;
  out.assign(buf + pos, sizeof buf - static_cast<size_t>(pos));
}

}  // namespace salesops::demo
