// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/demo/DemoSink.h"

namespace salesops::demo {

/// What to generate. The same options always give byte-identical data, on every platform.
struct DemoOptions {
  int64_t visits = 20000;  ///< exactly this many visits (plus 3 with dataQualityIssues)
  int days = 56;           ///< length of the period, ending at endDate
  uint64_t seed = 42;
  Date endDate;  ///< the last day with data (the command line passes yesterday)
  /// Plant the problems `salesops-cli check` looks for (see kDataQualityIssues); off for clean data.
  bool dataQualityIssues = false;
};

/// Largest batch handed to a DemoSink.
inline constexpr size_t kMaxBatchRows = 10000;

/// Story 1: this area's conversion falls to about a third in the last kConversionDropDays days of the
/// period (the days ending at endDate), while its contact rate stays the same.
inline constexpr std::string_view kConversionDropArea = "UTR-03";
inline constexpr int kConversionDropDays = 7;
/// Story 2: this rep's orders are cancelled about four times as often as others' (~35% against ~7%),
/// mostly `wrong_expectation` within the 14-day cooling-off period.
inline constexpr std::string_view kHighCancelRep = "R007";

/// With DemoOptions::dataQualityIssues, one row each is added after the clean data: a visit by
/// unknown rep `R099`; a visit in unknown area `XXX-99`; a visit 3 days after endDate; an order whose
/// visit_id is unknown; an order on a visit whose outcome is `not_home`; a cancellation of unknown
/// order `O99999999`; a cancellation dated before its (otherwise uncancelled) order. And the first
/// order gets an installed_at 3 days before its ordered_at.
inline constexpr int kDataQualityIssues = 8;
inline constexpr std::string_view kUnknownRep = "R099";
inline constexpr std::string_view kUnknownArea = "XXX-99";
inline constexpr std::string_view kUnknownOrder = "O99999999";
inline constexpr std::string_view kUnknownVisit = "V999999999";

/// Generates reps, areas, targets, visits, orders and cancellations into `sink`. Fails on invalid
/// options (negative visits, days < 1, more than 999,999,999 visits) or on the first sink error.
Result<void> generate(const DemoOptions& options, DemoSink& sink);

}  // namespace salesops::demo
