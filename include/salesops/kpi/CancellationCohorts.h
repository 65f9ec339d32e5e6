// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

struct CohortQuery {
  Period period;  ///< the order days; each ISO week touching it is one cohort
  Date asOf;      ///< cancellations dated after it are not known yet
  KpiFilters filters;
  int maxDay = 28;  ///< the curve's last day after ordering
};

/// Day `day` of a cohort curve: how many of the cohort's orders were cancelled at most `day` days
/// after their order day. A curve has the point only when every order of the cohort is at least
/// `day` days old at as-of, so all its points share one denominator and the curve never falls. It
/// is the rule of cancel_rate_14d: day 14 of a week old enough is that week's cancel_rate_14d.
struct CohortPoint {
  int day = 0;
  int64_t orders = 0;     ///< the denominator (n)
  int64_t cancelled = 0;  ///< the numerator
  /// cancelled / orders; nullopt when no order is that old.
  std::optional<double> share() const {
    return orders > 0 ? std::optional<double>(static_cast<double>(cancelled) / static_cast<double>(orders))
                      : std::nullopt;
  }
};

/// The orders of one ISO week (those inside the query's period).
struct Cohort {
  IsoWeek week;
  int64_t orders = 0;
  int64_t cancelled = 0;  ///< cancelled by as-of: the numerator of the week's cancel_rate
  /// Days 0..maxDay, ending with the age at as-of of the week's newest order; empty without orders.
  std::vector<CohortPoint> curve;
  std::optional<double> cancelRate() const {
    return orders > 0 ? std::optional<double>(static_cast<double>(cancelled) / static_cast<double>(orders))
                      : std::nullopt;
  }
};

/// The orders of the whole query cancelled by as-of for one reason. The share of all orders they
/// are adds up, over the reasons, to the cancel rate.
struct ReasonCancellations {
  CancelReason reason = CancelReason::Other;
  int64_t cancelled = 0;
  int64_t orders = 0;  ///< every order of the query (the denominator)
  std::optional<double> share() const {
    return orders > 0 ? std::optional<double>(static_cast<double>(cancelled) / static_cast<double>(orders))
                      : std::nullopt;
  }
};

struct CancellationCohorts {
  CohortQuery query;
  std::vector<Cohort> cohorts;  ///< every ISO week touching the period, oldest first
  int64_t orders = 0;
  int64_t cancelled = 0;
  /// Reasons with at least one cancellation, most cancellations first.
  std::vector<ReasonCancellations> reasons;
  /// cancelled / orders: the query's cancel_rate.
  std::optional<double> cancelRate() const {
    return orders > 0 ? std::optional<double>(static_cast<double>(cancelled) / static_cast<double>(orders))
                      : std::nullopt;
  }
};

/// The `weeks` ISO weeks ending with the week of `to`, up to `to`: the order weeks the
/// Cancellations page follows whatever the length of the chosen period.
Period cohortPeriod(Date to, int weeks = 8);

/// The Cancellations page: the cohorts of cohortPeriod(period.to, weeks) and the cancel KPIs of each
/// rep over the same orders. The window draws it; the daily start's reasons are its reasons.
struct CancellationsPageData {
  CancellationCohorts cohorts;
  std::vector<KpiRow> reps;  ///< orders, cancelled, cancel_rate and cancel_rate_14d by rep
};
Result<CancellationsPageData> buildCancellationsPage(store::Store& store, const Period& period, Date asOf,
                                                     const KpiFilters& filters, int weeks = 8, int maxDay = 28);

/// Cohort cancellation curves per order week and cancellations per reason, with the filters
/// matched exactly as the KPI engine matches them.
Result<CancellationCohorts> cancellationCohorts(store::Store& store, const CohortQuery& query);

}  // namespace salesops::kpi
