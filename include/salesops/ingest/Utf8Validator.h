// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace salesops::ingest {

/// Checks that a byte stream is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF), fed in chunks of any size; a sequence may straddle two chunks.
class Utf8Validator {
 public:
  /// False from the first invalid byte on.
  bool feed(const char* data, size_t size);
  /// Valid so far and not inside a multi-byte sequence.
  bool finish() const { return valid_ && need_ == 0; }
  bool valid() const { return valid_; }
  /// Offset in the stream where the first malformed sequence starts (once valid() is false).
  uint64_t firstInvalidOffset() const { return invalidAt_; }

 private:
  uint64_t offset_ = 0;  // bytes fed before the current chunk
  uint64_t sequenceStart_ = 0;
  uint64_t invalidAt_ = 0;
  uint8_t need_ = 0;   // continuation bytes still expected
  uint8_t lo_ = 0x80;  // allowed range of the next continuation byte
  uint8_t hi_ = 0xBF;
  bool valid_ = true;
};

}  // namespace salesops::ingest
