// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// How far the data goes on the day the figures are read. The one rule of docs/kpis.md, "the last
/// complete data day": the day of the latest visit once that day is over (before today), else the
/// day before it. A period ending after it is in progress.
struct DataClock {
  Date today;                           ///< the local date the figures are read on
  std::optional<DateTime> latest;       ///< the latest visit on or before the end of today
  std::optional<Date> lastCompleteDay;  ///< nullopt: no visits at all

  /// True when `p` ends after the last complete data day (always for a store without visits).
  bool inProgress(const Period& p) const;
  /// For a period in progress with data, where its data stops: the latest visit's hour on a day
  /// not yet over, the whole day once it is. nullopt for a complete period.
  std::optional<DataCut> cut(const Period& p) const;
};

/// Reads the latest visit up to the end of `today`.
Result<DataClock> readDataClock(store::Store& store, Date today);

}  // namespace salesops::kpi
