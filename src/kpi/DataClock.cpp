// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/DataClock.h"

#include "salesops/store/VisitClock.h"

namespace salesops::kpi {

bool DataClock::inProgress(const Period& p) const { return !lastCompleteDay || p.to > *lastCompleteDay; }

std::optional<DataCut> DataClock::cut(const Period& p) const {
  if (!latest || !inProgress(p)) return std::nullopt;
  // A day that is over is complete whatever its last hour; today's data stops at its latest visit.
  return DataCut{latest->date(), latest->date() < today ? 23 : latest->hour()};
}

Result<DataClock> readDataClock(store::Store& store, Date today) {
  auto latest = store::latestVisitAt(store, today.days());
  if (!latest) return latest.error();
  DataClock clock{today, *latest, std::nullopt};
  if (*latest) clock.lastCompleteDay = (*latest)->date() < today ? (*latest)->date() : (*latest)->date().addDays(-1);
  return clock;
}

}  // namespace salesops::kpi
