// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "salesops/core/Date.h"

namespace salesops::ingest {

/// Offset of Europe/Amsterdam from UTC at the UTC instant `utcSeconds` (since 1970-01-01 00:00 UTC):
/// 7200 in summer time, 3600 otherwise. Follows the EU rule (in force since 1996), so it is exact
/// for instants from 1996 on and for the future as long as the EU keeps the rule.
int32_t amsterdamUtcOffset(int64_t utcSeconds);

/// The Europe/Amsterdam wall-clock time of a UTC instant.
DateTime amsterdamFromUtc(int64_t utcSeconds);

}  // namespace salesops::ingest
