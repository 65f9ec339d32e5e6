// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/store/KpiSource.h"

namespace salesops::store {

/// Orders of one order day, one rep and one fate: not cancelled by as-of, or cancelled on a given
/// day for a given reason. What cancellation cohort curves and their breakdowns are made of.
struct CohortCount {
  int32_t orderDay = 0;              ///< days since 1970 (local)
  std::optional<int32_t> cancelDay;  ///< nullopt: no cancellation dated on or before as-of
  int reason = -1;                   ///< CancelReason when cancelled, else -1
  int64_t rep = 0;                   ///< rep_code id
  int64_t orders = 0;
};

/// The orders of the slice (ordered in q.fromDay..q.toDay, filters as in q; groupBy is ignored),
/// counted per order day, cancellation day (only cancellations dated on or before `asOfDay`),
/// reason and rep, ordered by those keys.
Result<std::vector<CohortCount>> cohortOrders(Store& store, const FactQuery& q, int32_t asOfDay);

}  // namespace salesops::store
