// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace salesops::ingest {

/// The delimiter of a CSV file from its header line (the text up to the first line end outside
/// quotes; more text after it is ignored): whichever of `,` `;` TAB `|` occurs most often outside
/// quotes, ties going to that order. A header without any of them (one column) gives `,`.
char detectDelimiter(std::string_view text);

}  // namespace salesops::ingest
