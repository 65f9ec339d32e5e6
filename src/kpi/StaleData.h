// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/store/QualityQueries.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// What the two stale checks of DataQuality found (see their descriptions there).
struct StaleRows {
  store::QualityRows visits;   ///< stale_visits: one row per working day without visits
  store::QualityRows exports;  ///< missing_exports: one row per kind of export that did not arrive
};

/// Reads the store's freshness as seen on `asOf` and finds what is stale.
Result<StaleRows> findStaleData(store::Store& store, Date asOf, int maxExamples);

}  // namespace salesops::kpi
