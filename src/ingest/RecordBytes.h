// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/FileParser.h"

namespace salesops::ingest {

/// What the bytes of a record (or a line) are, as far as the file's encoding is concerned.
enum class TextBytes : uint8_t {
  Ascii,    ///< the same text in every encoding we read
  Utf8,     ///< non-ASCII text that is well-formed UTF-8: evidence for UTF-8
  NotUtf8,  ///< bytes that are not UTF-8: evidence for Windows-1252
};

/// The bytes of one field or line: their kind, and whether a NUL byte is among them.
struct FieldBytes {
  TextBytes text = TextBytes::Ascii;
  bool nul = false;
  size_t firstNotUtf8 = 0;  ///< the field holding the first bytes that are not UTF-8 (records)
  size_t firstNul = 0;      ///< the field holding the first NUL byte (records)
};

FieldBytes inspect(std::string_view bytes);
FieldBytes inspect(const CsvRecord& record);

/// The encoding of a file on its whole evidence (docs/importing.md, "Encodings"): a BOM says UTF-8;
/// otherwise UTF-8 unless the records with bytes that are not UTF-8 outnumber those with UTF-8
/// non-ASCII text, and then Windows-1252 (Dutch Excel's "CSV" files).
class EncodingEvidence {
 public:
  void count(TextBytes text);
  /// Counts the complete lines of a file's first chunk (the last one only when `complete`).
  void countLines(std::string_view head, bool complete);
  Encoding decide(bool bom) const;
  /// The larger count of each kind of two tallies: one of the first chunk by lines, one so far by
  /// records, which cover each other's start.
  EncodingEvidence atLeast(const EncodingEvidence& other) const;

 private:
  uint64_t utf8_ = 0;
  uint64_t notUtf8_ = 0;
};

/// `bytes` for a message: a NUL as ␀, each byte that is not UTF-8 as \xHH; valid text as it is.
std::string printable(std::string_view bytes);

}  // namespace salesops::ingest
