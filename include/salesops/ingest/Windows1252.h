// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace salesops::ingest {

/// The Unicode code point of a Windows-1252 byte. The five bytes the code page leaves undefined
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as the WHATWG
/// encoding standard does, so every byte sequence converts and none is lost.
char32_t windows1252ToUnicode(unsigned char byte);

/// Converts `size` bytes of Windows-1252 to UTF-8 at `out`, which must hold 3 * size bytes.
/// Returns the bytes written.
size_t windows1252ToUtf8(const char* in, size_t size, char* out);

std::string windows1252ToUtf8(std::string_view in);

/// The reverse of windows1252ToUtf8, exactly: text read from a Windows-1252 file goes back to the
/// bytes it was read from. A character the code page lacks (`␀`, `→`) becomes `?`; a byte that
/// starts no UTF-8 character is kept.
std::string utf8ToWindows1252(std::string_view in);

}  // namespace salesops::ingest
