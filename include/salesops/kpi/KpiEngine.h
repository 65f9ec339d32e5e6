// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "salesops/core/Result.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/KpiSource.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// The KPI engine: a query in, plain rows out, sorted by the query's dimensions (hour and weekday
/// as numbers). Without dimensions there is exactly one row, the total.
///
/// Dimensions that do not apply to a source leave its KPIs without a value: visits have no product
/// (by product, visit counts and the rates on them are empty); penetration and bundling_date
/// describe areas, so they are empty by rep, team, channel, product, hour or weekday, and rep,
/// team and channel filters do not narrow them. By day, week or month, penetration is measured at
/// the end of the row's day, week or month (never after the period's end).
///
/// With a comparison, the compared period's values are matched to the current rows with their days
/// moved forward by the offset (by day against last week: 2026-11-03 is compared with 2026-10-27).
class KpiEngine {
 public:
  explicit KpiEngine(store::Store& store, store::FactPath path = store::FactPath::Rollup) : source_(store, path) {}

  Result<std::vector<KpiRow>> run(const KpiQuery& query) const;

  /// Keeps the orders of `days` in memory for the runs that follow (store::KpiSource::keepOrders):
  /// for a caller about to ask many questions of overlapping periods, as the dashboard does.
  void keepOrders(const Period& days) const { source_.keepOrders(days.from.days(), days.to.days()); }

  /// The store's reader, for one ReadSnapshot over several runs (each run holds one of its own):
  /// `const store::ReadSnapshot snapshot(engine.reader());`
  store::StoreReader& reader() const { return source_.reader(); }

 private:
  store::KpiSource source_;
};

}  // namespace salesops::kpi
