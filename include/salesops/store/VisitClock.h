// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

namespace salesops::store {

/// The latest visit time on or before the end of `untilDay` (days since 1970, local), or nullopt
/// for a store without visits by then. Visits dated later are data errors (see check), not data.
Result<std::optional<DateTime>> latestVisitAt(Store& store, int32_t untilDay);

/// The same for orders (ordered_at) and cancellations (cancelled_at): how fresh each export is.
Result<std::optional<DateTime>> latestOrderAt(Store& store, int32_t untilDay);
Result<std::optional<DateTime>> latestCancellationAt(Store& store, int32_t untilDay);

/// The reps (their ids) who visited on each day from `fromDay` to `toDay`, by day; days without
/// visits are absent.
Result<std::map<int32_t, std::vector<std::string>>> repsByDay(Store& store, int32_t fromDay, int32_t toDay);

}  // namespace salesops::store
