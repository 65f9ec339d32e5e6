// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/DataClock.h"

#include <algorithm>

#include "salesops/ingest/AmsterdamTime.h"
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

const KindFreshness& Freshness::of(FileKind kind) const {
  return *std::find_if(kinds.begin(), kinds.end(), [kind](const KindFreshness& k) { return k.kind == kind; });
}

std::optional<store::ImportLogEntry> Freshness::lastImport() const {
  std::optional<store::ImportLogEntry> out;
  for (const KindFreshness& k : kinds)
    if (k.lastImport && (!out || k.lastImport->id > out->id)) out = k.lastImport;
  return out;
}

Date importDay(int64_t importedAtUtc) { return ingest::amsterdamFromUtc(importedAtUtc).date(); }

Result<Freshness> readFreshness(store::Store& store, Date today) {
  auto clock = readDataClock(store, today);
  if (!clock) return clock.error();
  auto orders = store::latestOrderAt(store, today.days());
  if (!orders) return orders.error();
  auto cancellations = store::latestCancellationAt(store, today.days());
  if (!cancellations) return cancellations.error();
  Freshness f{*clock, {}};
  for (FileKind kind : {FileKind::Visits, FileKind::Orders, FileKind::Cancellations, FileKind::Reps, FileKind::Areas,
                        FileKind::Targets})
    f.kinds.push_back({kind, std::nullopt, std::nullopt});
  f.kinds[0].latest = clock->latest;
  f.kinds[1].latest = *orders;
  f.kinds[2].latest = *cancellations;
  // The log is short (a few files a day): the latest entry per kind, read in id order.
  for (store::ImportLogEntry& e : store.importLog()) {
    for (KindFreshness& k : f.kinds)
      if (k.kind == e.kind) k.lastImport = e;
  }
  return f;
}

}  // namespace salesops::kpi
