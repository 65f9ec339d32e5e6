// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/store/KpiSource.h"

namespace salesops::store {

/// Cancelled orders of a cohort, counted per reason and rep.
struct ReasonCount {
  int reason = 0;  ///< CancelReason
  int64_t rep = 0;
  int64_t cancelled = 0;
};

/// The orders of the slice (ordered in q.fromDay..q.toDay, filters as in q) cancelled on or before
/// `asOfDay`, per reason and rep. Cohort counting, as every cancellation KPI: by order date.
Result<std::vector<ReasonCount>> cancellationReasons(Store& store, const FactQuery& q, int32_t asOfDay);

}  // namespace salesops::store
