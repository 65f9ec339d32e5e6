// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// What the Trends page asks for: one KPI over the filter bar's period by day, week or month,
/// optionally one line per member of a dimension and the compared period.
struct TrendRequest {
  DashboardQuery query;
  std::string kpi{kpiName(KpiId::conversion)};  ///< a name, as the user chose it
  Dimension grain = Dimension::Week;
  std::optional<Dimension> split;
  std::optional<Comparison> compare;
  int topN = 5;
  /// Start at the first day, week or month with data: for a window the program chose (trendWindow),
  /// whose first weeks may lie before the store's data begins. A period a user chose stays whole.
  bool fromFirstData = false;
};

/// One line: a member of the split (empty for everything, `other` for the rest summed), with the
/// engine's values per period of TrendData::periods (nullopt: no row for that period).
struct TrendSeries {
  std::string member;
  std::string label = {};  ///< how people see `member` (memberLabel), "Jeroen de Vries (R001)"; empty for "All"/other
  bool other = false;
  std::vector<std::optional<KpiValues>> now;
  std::vector<std::optional<KpiValues>> prev;
};

struct TrendData {
  TrendRequest request;
  /// Every day, ISO week or month of the period, as the engine labels them (`2026-W45`).
  std::vector<std::string> periods;
  std::vector<TrendSeries> series;
  /// Members beyond the top N. They are one `other` series when the engine can filter on the split
  /// (then every KPI, rates and distinct addresses too, is measured rather than added up); by
  /// product it cannot, so the rest is left out.
  int restCount = 0;
  bool restSummed = false;
  /// Every member of the split's dimension in the store, sorted (teams, cities, areas, reps), for
  /// colours that stay the same whatever the period or filters; empty by product.
  std::vector<std::string> allMembers;
};

/// The Trends page: the engine's values for a trend, the top N members by volume (a rate's
/// denominator, a count's value, over the whole period) and, where possible, the rest as one more
/// engine query. The window draws it and `salesops-cli export chart trend` exports it.
Result<TrendData> buildTrend(store::Store& store, const TrendRequest& request);

/// The period a trend shows for the filter bar's `period`: the period itself when it holds enough
/// days, weeks or months for a line, else the 8 weeks of days, 12 ISO weeks or 12 months ending
/// with its last day. The daily start's default (one day) then still gives the Trends page a trend.
Period trendWindow(const Period& period, Dimension grain);

/// The period labels of `grain` covering `period`, in order.
std::vector<std::string> periodLabels(const Period& period, Dimension grain);

}  // namespace salesops::kpi
