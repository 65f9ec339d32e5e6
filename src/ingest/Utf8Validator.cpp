// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/Utf8Validator.h"

#include <cstring>

namespace salesops::ingest {

bool Utf8Validator::feed(const char* data, size_t size) {
  if (!valid_) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(data);
  size_t i = 0;
  const auto fail = [&](uint64_t at) {
    valid_ = false;
    invalidAt_ = at;
    return false;
  };
  while (i < size) {
    if (need_ == 0) {
      // CSV exports are mostly ASCII: skip eight bytes at a time while no high bit is set.
      while (i + 8 <= size) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      if (i == size) break;
      const unsigned char c = p[i++];
      if (c < 0x80) continue;
      sequenceStart_ = offset_ + i - 1;
      lo_ = 0x80, hi_ = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need_ = 1;
      } else if (c == 0xE0) {
        need_ = 2, lo_ = 0xA0;  // no overlong 3-byte forms
      } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
        need_ = 2;
      } else if (c == 0xED) {
        need_ = 2, hi_ = 0x9F;  // no UTF-16 surrogates
      } else if (c == 0xF0) {
        need_ = 3, lo_ = 0x90;  // no overlong 4-byte forms
      } else if (c >= 0xF1 && c <= 0xF3) {
        need_ = 3;
      } else if (c == 0xF4) {
        need_ = 3, hi_ = 0x8F;  // nothing above U+10FFFF
      } else {
        return fail(sequenceStart_);
      }
    } else {
      const unsigned char c = p[i++];
      if (c < lo_ || c > hi_) return fail(sequenceStart_);
      lo_ = 0x80, hi_ = 0xBF;
      --need_;
    }
  }
  offset_ += size;
  return true;
}

}  // namespace salesops::ingest
