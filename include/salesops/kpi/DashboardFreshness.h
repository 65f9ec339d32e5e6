// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

#include "salesops/core/Date.h"
#include "salesops/kpi/DataClock.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// How fresh the daily start's data is, in one line for the manager: "visits up to Wed 2 Dec
/// 21:58, imported 07:12". Local (Europe/Amsterdam) wall-clock times.
struct DashboardFreshness {
  std::optional<DateTime> visitsUpTo;  ///< the latest visit (the data clock's); nullopt without visits
  std::optional<DateTime> importedAt;  ///< the latest import of any file; nullopt when none is logged
  bool operator==(const DashboardFreshness&) const = default;
};

/// The latest visit of `clock` and the latest import of `importLog` (whose times are UTC) in local time.
DashboardFreshness dashboardFreshness(const DataClock& clock, std::span<const store::ImportLogEntry> importLog);

}  // namespace salesops::kpi
