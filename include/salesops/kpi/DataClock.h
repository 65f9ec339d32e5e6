// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
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

/// How fresh one kind of data is: its latest moment in the data and its latest import.
struct KindFreshness {
  FileKind kind = FileKind::Visits;
  /// Visits, orders and cancellations: the latest visited_at, ordered_at or cancelled_at up to the
  /// end of today (later ones are data errors, see check). nullopt for no such data, and always for
  /// reps, areas and targets, which have no moment.
  std::optional<DateTime> latest;
  std::optional<store::ImportLogEntry> lastImport;  ///< nullopt: never imported (demo data, a copy)
};

/// How fresh the store's data is, for the daily start's freshness line and `check`'s stale findings:
/// the data clock (the last complete data day) and each kind of data.
struct Freshness {
  DataClock clock;
  std::vector<KindFreshness> kinds;  ///< every FileKind, in the order of the enum
  const KindFreshness& of(FileKind kind) const;
  /// The latest import of any kind; nullopt when the store has none.
  std::optional<store::ImportLogEntry> lastImport() const;
};

/// Reads the freshness of every kind of data as seen on `today`.
Result<Freshness> readFreshness(store::Store& store, Date today);

/// The local (Europe/Amsterdam) day of an import log time (UTC seconds).
Date importDay(int64_t importedAtUtc);

}  // namespace salesops::kpi
