// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

#include "salesops/core/Date.h"
#include "salesops/kpi/DataClock.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// How fresh the daily start's data is, per kind, for the manager: "visits up to Wed 2 Dec 21:58,
/// orders up to Wed 2 Dec 20:40, cancellations up to Tue 1 Dec 16:05; imported 07:12". Local
/// (Europe/Amsterdam) wall-clock times.
struct DashboardFreshness {
  std::optional<DateTime> visitsUpTo;         ///< the latest visit (the data clock's); nullopt without visits
  std::optional<DateTime> ordersUpTo;         ///< the latest ordered_at up to the end of today; nullopt: none
  std::optional<DateTime> cancellationsUpTo;  ///< the latest cancelled_at up to the end of today; nullopt: none
  std::optional<DateTime> importedAt;         ///< the latest import of any file; nullopt when none is logged
  bool operator==(const DashboardFreshness&) const = default;
};

/// The latest visit, order and cancellation of `fresh` and the latest import of `importLog` (whose
/// times are UTC) in local time.
DashboardFreshness dashboardFreshness(const Freshness& fresh, std::span<const store::ImportLogEntry> importLog);

}  // namespace salesops::kpi
