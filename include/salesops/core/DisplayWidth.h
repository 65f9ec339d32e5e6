// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace salesops {

/// The columns `utf8` takes on a terminal (as wcwidth counts them): most characters one, whether
/// one byte (`a`) or three (`–`); combining marks (the accent of a decomposed `é`), zero-width
/// characters and controls none; East Asian wide characters and emoji two. A byte that is not
/// UTF-8 counts one, as terminals show a replacement character for it.
size_t displayWidth(std::string_view utf8);

enum class Align { Left, Right };

/// `text` padded with spaces to `width` display columns (unchanged when it is as wide or wider),
/// on the right for Align::Left and on the left for Align::Right. Every aligned table the command
/// line prints pads with this, so names with accents or dashes keep their columns straight.
std::string padToWidth(std::string_view text, size_t width, Align align = Align::Left);

}  // namespace salesops
