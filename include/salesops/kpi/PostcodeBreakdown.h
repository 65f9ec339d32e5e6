// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// The row of visits and orders that have no postcode (htl, promo bus), listed last.
inline constexpr std::string_view kNoPostcode = "(none)";

/// How fine the postcode rows are: the four digits (PC4) or the whole postcode (PC6).
enum class PostcodeLevel { Pc4, Pc6 };

struct PostcodeQuery {
  Period period;
  Date asOf;  ///< cohort date of cancellations and installs, as in KpiQuery
  KpiFilters filters;
  PostcodeLevel level = PostcodeLevel::Pc4;
};

/// The KPIs of a slice (typically one area and a few weeks, the drill-down) per postcode, PC4 or
/// PC6: one row per postcode with one dimension value, sorted by postcode, kNoPostcode last. The
/// values carry visit, order and address counts, so every rate on them (conversion, hit_rate,
/// contact_rate, cancel_rate, addresses_per_sale...) comes from KpiValues, as everywhere. Field
/// hours are not shared out over postcodes and homes passed are only known per area, so the
/// per-hour paces, coverage and penetration have no value here. The rows add up to the slice's
/// visits and orders as the engine counts them.
Result<std::vector<KpiRow>> postcodeBreakdown(store::Store& store, const PostcodeQuery& query,
                                              store::FactPath path = store::FactPath::Rollup);

}  // namespace salesops::kpi
