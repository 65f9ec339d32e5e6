// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/KpiNames.h"

#include <algorithm>
#include <array>

namespace salesops {
namespace {

constexpr size_t kCountKpis = 13;
constexpr std::array<std::string_view, 26> kAll = {
    // counts
    "visits", "contacts", "pitches", "quotes", "orders", "cancelled", "pre_install_cancelled", "installed",
    "addresses", "addresses_2x", "addresses_3x", "revenue", "field_hours",
    // rates
    "contact_rate", "conversion", "hit_rate", "cancel_rate", "cancel_rate_14d", "pre_install_churn",
    "quote_conversion", "addresses_per_sale", "first_time_right", "coverage", "penetration", "visits_per_hour",
    "orders_per_hour"};

}  // namespace

std::span<const std::string_view> kpiNames() { return kAll; }

bool isKpiName(std::string_view name) { return std::find(kAll.begin(), kAll.end(), name) != kAll.end(); }

bool isRateKpi(std::string_view name) {
  return std::find(kAll.begin() + kCountKpis, kAll.end(), name) != kAll.end();
}

}  // namespace salesops
