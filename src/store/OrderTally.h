// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include "salesops/core/Enums.h"
#include "salesops/store/KpiSource.h"

namespace salesops::store {

/// One order's share of OrderFacts, counted as of the end of `asOfDay`: the one place where the
/// row-by-row order reads spell out the conditions of kOrders (KpiSource.cpp), NULL read as "no".
class OrderTally {
 public:
  explicit OrderTally(int32_t asOfDay)
      : asOfEnd_((static_cast<int64_t>(asOfDay) + 1) * 86400),
        oldBefore_((static_cast<int64_t>(asOfDay) - 13) * 86400) {}

  void add(OrderFacts& g, int64_t orderedAt, int64_t channel, std::optional<int64_t> feeCents,
           std::optional<int64_t> installedAt, std::optional<int64_t> firstTimeRight,
           std::optional<int64_t> cancelledAt) const {
    const bool cancelled = cancelledAt && *cancelledAt < asOfEnd_;
    ++g.orders;
    g.d2dOrders += channel == static_cast<int64_t>(Channel::D2d);
    g.cancelled += cancelled;
    g.preInstallCancelled += cancelled && (!installedAt || *cancelledAt < *installedAt);
    g.installed += installedAt && *installedAt < asOfEnd_ && !cancelled;
    if (!cancelled && feeCents) g.revenueCents += *feeCents;
    if (firstTimeRight) {
      ++g.ftrKnown;
      g.ftrTrue += *firstTimeRight == 1;
    }
    if (orderedAt < oldBefore_) {
      ++g.orders14d;
      g.cancelled14d += cancelledAt && floorDay(*cancelledAt) - floorDay(orderedAt) <= 14;
    }
  }

  static int64_t floorDay(int64_t t) { return (t - ((t % 86400) + 86400) % 86400) / 86400; }

 private:
  int64_t asOfEnd_;    ///< kOrders' ?6: the first second after the as-of day
  int64_t oldBefore_;  ///< kOrders' ?7: orders before it are at least 14 days old at as-of
};

}  // namespace salesops::store
