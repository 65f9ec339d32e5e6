// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/KpiId.h"

namespace salesops::kpi {

/// What rows can be grouped by; the names are those of the command line (`--by week`).
enum class Dimension { Day, Week, Month, Area, City, Team, Rep, Channel, Hour, Weekday, Product };

std::string_view toString(Dimension d);
std::optional<Dimension> dimensionFromString(std::string_view name);
std::span<const Dimension> allDimensions();

/// The period a query is compared with.
enum class Comparison {
  Previous,  ///< same length, ending the day before
  LastWeek,  ///< 7 days earlier
  LastYear,  ///< 52 weeks (364 days) earlier, so weekdays line up
};
std::string_view toString(Comparison c);
std::optional<Comparison> comparisonFromString(std::string_view name);

/// Each a set; empty = all. Names are matched exactly; `(unknown)` selects reps without a team or
/// areas without a city.
struct KpiFilters {
  std::vector<std::string> areas;
  std::vector<std::string> cities;
  std::vector<std::string> teams;
  std::vector<std::string> reps;
  std::vector<Channel> channels;
};

/// Where the data of a period in progress stops (see DataClock): the period counts its days up to
/// `day`, and of `day` the hours 0..throughHour. A compared period is cut at the same weekday and
/// hour, so a part of a period is compared with the same part of the one before.
struct DataCut {
  Date day;
  int throughHour = 23;
  auto operator<=>(const DataCut&) const = default;
};

struct KpiQuery {
  Period period;
  /// Cohort date for cancellations and installs; the command line passes today by default.
  Date asOf;
  std::vector<Dimension> by;
  KpiFilters filters;
  std::optional<Comparison> compare;
  /// The KPIs wanted; empty = all. Dashboards name what they show so the engine skips the sources
  /// nobody asked for (the address scan above all).
  std::vector<KpiId> only;
  /// Set for a period in progress: nothing after the cut counts, in the period or the compared one.
  std::optional<DataCut> cut = std::nullopt;
};

/// The period compared with and its as-of, shifted by the same number of days, so both periods
/// are measured equally long after their end.
struct ComparedPeriod {
  Period period;
  Date asOf;
  int offsetDays = 0;  ///< current.from - compared.from
};
ComparedPeriod comparedPeriod(const Period& current, Date asOf, Comparison c);

}  // namespace salesops::kpi
