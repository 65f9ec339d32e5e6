// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/DashboardFreshness.h"

#include <algorithm>

#include "salesops/ingest/AmsterdamTime.h"

namespace salesops::kpi {

DashboardFreshness dashboardFreshness(const Freshness& fresh, std::span<const store::ImportLogEntry> importLog) {
  DashboardFreshness f{fresh.clock.latest, fresh.of(FileKind::Orders).latest, fresh.of(FileKind::Cancellations).latest,
                       std::nullopt};
  // The log is in import order, but a clock set back must not make an older import look newest.
  const auto latest = std::max_element(importLog.begin(), importLog.end(),
                                       [](const auto& a, const auto& b) { return a.importedAt < b.importedAt; });
  if (latest != importLog.end()) f.importedAt = ingest::amsterdamFromUtc(latest->importedAt);
  return f;
}

}  // namespace salesops::kpi
