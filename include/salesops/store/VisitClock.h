// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

namespace salesops::store {

/// The latest visit time on or before the end of `untilDay` (days since 1970, local), or nullopt
/// for a store without visits by then. Visits dated later are data errors (see check), not data.
Result<std::optional<DateTime>> latestVisitAt(Store& store, int32_t untilDay);

}  // namespace salesops::store
