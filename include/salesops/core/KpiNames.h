// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace salesops {

/// The names of every count and rate of the KPI definitions, spelled once for SQL, C++, JSON and UI.
/// A targets file may only name one of these.
std::span<const std::string_view> kpiNames();
bool isKpiName(std::string_view name);
/// True for rates (fractions 0..1), false for counts.
bool isRateKpi(std::string_view name);

}  // namespace salesops
