// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <queue>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "AddressBook.h"
#include "DemoCatalogue.h"
#include "Random.h"

#include "salesops/core/Date.h"
#include "salesops/ingest/Rows.h"

namespace salesops::demo {

/// Turns sales into orders and decides, when the order is signed, what becomes of it: product, order
/// desk verdict, installation date and whether (and why, and when) it is cancelled. Everything is
/// seen as of the end date: later installations and cancellations are not in the data yet.
class OrderDesk {
 public:
  OrderDesk(Date endDate, const AddressBook& addresses);

  /// Appends the order signed at `visit` (a sale by `rep` in `area`) to `orders`; true when it is
  /// cancelled by the end date.
  bool sign(const ingest::VisitRow& visit, const RepSpec& rep, size_t area, Random& rng,
            std::vector<ingest::OrderRow>& orders);

  /// Moves up to `max` of the cancellations dated before `until` into `out`, oldest first; true when
  /// more are due. The queue only holds orders of the last few months: bounded by orders, not visits.
  bool takeCancellations(DateTime until, size_t max, std::vector<ingest::CancellationRow>& out);

  uint64_t ordersSigned() const { return sequence_; }

 private:
  struct Pending {
    int64_t at;
    uint64_t sequence;
    std::string orderId;
    CancelReason reason;
    bool operator>(const Pending& o) const { return at != o.at ? at > o.at : sequence > o.sequence; }
  };

  enum class Fate { Kept, CancelledBeforeInstall, CancelledAfterInstall };
  /// Queues the order's cancellation if it has one by the end date.
  Fate decideCancellation(const ingest::OrderRow& order, const RepSpec& rep, int installDays, Random& rng);

  Date endDate_;
  const AddressBook& addresses_;
  std::vector<double> productWeights_;
  uint64_t sequence_ = 0;
  std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> queue_;
};

}  // namespace salesops::demo
