// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace salesops::kpi {

/// The member that stands for reps without a team and areas without a city (or a row whose rep or
/// area is not in the reps or areas file): in rows, trends and filters alike, so a filter on it
/// finds the rows that show it.
inline constexpr std::string_view kUnknownMember = "(unknown)";

}  // namespace salesops::kpi
