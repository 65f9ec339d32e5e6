// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/kpi/KpiRow.h"

namespace salesops::kpi {

/// One step of the sales funnel: visits -> contacts -> pitches -> quotes -> orders -> installed.
struct FunnelStep {
  KpiId kpi = KpiId::visits;  ///< the catalogue count of the step
  int64_t count = 0;
  /// count / the first step's count (visits): how much of the whole is left.
  std::optional<double> shareOfVisits;
  /// count / the step before's count (its n): where deals are lost. None for the first step.
  std::optional<double> stepConversion;
  int64_t previous = 0;  ///< the step before's count, the step conversion's denominator
};

/// The funnel of one row's counts. Every step is a plain ratio of two catalogue counts over all
/// channels (docs/kpis.md "Funnel"); orders / quotes is quote_conversion, the others have no
/// catalogue name. Needs the visit and order sources (and installed) read.
std::vector<FunnelStep> funnelSteps(const KpiValues& v);

/// The doorstep outcomes of a conversation that made no quote, in the order of data-formats.md.
inline constexpr std::array<Outcome, 4> kLostOutcomes = {Outcome::NoInterest, Outcome::AlreadyCustomer,
                                                         Outcome::ContractLockIn, Outcome::Callback};

/// How one row's conversations ended at the door, each as a share of its contacts.
struct DoorstepOutcome {
  Outcome outcome = Outcome::NoInterest;
  int64_t count = 0;
  std::optional<double> shareOfContacts;  ///< count / contacts; none without contacts
};
/// kLostOutcomes, then quotes (quote or sale), which add up to the row's contacts.
struct DoorstepOutcomes {
  std::array<DoorstepOutcome, 4> lost;
  int64_t quotes = 0;
  int64_t contacts = 0;  ///< the shares' n
};
DoorstepOutcomes doorstepOutcomes(const KpiValues& v);

/// A member (rep) whose cancel_rate_14d stands out against the rest of the selection: its
/// cancellations within 14 days above what the rest's rate would have given it.
struct CancelOutlier {
  std::optional<double> rate;      ///< the member's cancel_rate_14d
  std::optional<double> restRate;  ///< the other members' together
  /// cancelled_14d - orders_14d x restRate: orders lost beyond the rest's rate (negative: better).
  double excess = 0;
  /// Two-proportion z-test of the member against the rest is significantly higher (kpis.md's test).
  bool significant = false;
};

/// For each row, its cancel_rate_14d against all other rows together (the rows are the members
/// of one breakdown, e.g. reps of the filter). Same order as `rows`.
std::vector<CancelOutlier> cancelOutliers(const std::vector<KpiRow>& rows);
/// The row indices with significant outliers first (most excess first), then the others by orders,
/// most first: the order a list of reps is read in when cancellations matter.
std::vector<size_t> outliersFirst(const std::vector<KpiRow>& rows, const std::vector<CancelOutlier>& outliers);

}  // namespace salesops::kpi
