// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordBytes.h"

#include <algorithm>
#include <cstring>

#include "salesops/ingest/Utf8Validator.h"

namespace salesops::ingest {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;
constexpr uint64_t kLowBits = 0x0101010101010101ULL;

bool validUtf8(std::string_view bytes) {
  Utf8Validator v;
  v.feed(bytes.data(), bytes.size());
  return v.finish();
}

// Bytes in a UTF-8 sequence that starts with `lead` (1 for a byte that starts none).
size_t sequenceLength(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 1;
}

}  // namespace

FieldBytes inspect(std::string_view bytes) {
  // Exports are mostly ASCII without NULs: look at eight bytes at a time for a high bit or a zero.
  bool high = false;
  bool nul = false;
  const char* p = bytes.data();
  size_t n = bytes.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    high |= (w & kHighBits) != 0;
    nul |= ((w - kLowBits) & ~w & kHighBits) != 0;  // some byte is zero
  }
  for (; n > 0; ++p, --n) {
    high |= (static_cast<unsigned char>(*p) & 0x80) != 0;
    nul |= *p == '\0';
  }
  FieldBytes out;
  out.nul = nul;
  if (high) out.text = validUtf8(bytes) ? TextBytes::Utf8 : TextBytes::NotUtf8;
  return out;
}

FieldBytes inspect(const CsvRecord& record) {
  // One look at the record's bytes as read (its delimiters, quotes and line end are ASCII and
  // change nothing); only a record with something to report is looked at field by field.
  FieldBytes out = inspect(record.raw);
  if (out.text != TextBytes::NotUtf8 && !out.nul) return out;
  out = {};
  for (size_t i = 0; i < record.size(); ++i) {
    const FieldBytes f = inspect(record[i]);
    if (f.nul && !out.nul) out.nul = true, out.firstNul = i;
    if (f.text == TextBytes::NotUtf8 && out.text != TextBytes::NotUtf8) {
      out.text = TextBytes::NotUtf8;
      out.firstNotUtf8 = i;
    } else if (f.text == TextBytes::Utf8 && out.text == TextBytes::Ascii) {
      out.text = TextBytes::Utf8;
    }
  }
  return out;
}

void EncodingEvidence::count(TextBytes text) {
  if (text == TextBytes::Utf8) ++utf8_;
  if (text == TextBytes::NotUtf8) ++notUtf8_;
}

void EncodingEvidence::countLines(std::string_view head, bool complete) {
  while (!head.empty()) {
    const size_t end = head.find_first_of("\r\n");
    if (end == std::string_view::npos && !complete) break;  // cut off by the chunk: maybe mid-character
    count(inspect(head.substr(0, end)).text);
    if (end == std::string_view::npos) break;
    head.remove_prefix(end + 1);
  }
}

Encoding EncodingEvidence::decide(bool bom) const {
  if (bom) return Encoding::Utf8Bom;
  return notUtf8_ > utf8_ ? Encoding::Windows1252 : Encoding::Utf8;
}

EncodingEvidence EncodingEvidence::atLeast(const EncodingEvidence& other) const {
  EncodingEvidence out;
  out.utf8_ = std::max(utf8_, other.utf8_);
  out.notUtf8_ = std::max(notUtf8_, other.notUtf8_);
  return out;
}

std::string printable(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) {
      out += "\u2400";
      ++i;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else if (const size_t len = sequenceLength(c); len > 1 && validUtf8(bytes.substr(i, len))) {
      out.append(bytes.substr(i, len));
      i += len;
    } else {
      out += "\\x";
      out += kDigits[c >> 4];
      out += kDigits[c & 15];
      ++i;
    }
  }
  return out;
}

}  // namespace salesops::ingest
