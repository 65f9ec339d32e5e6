// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "OrderTally.h"

#include "salesops/store/KpiSource.h"

namespace salesops::store {

/// The drill-down's postcode breakdown put together from its three reads (visit counts, d2d
/// addresses, orders), the same way whichever store ran them: each store's SQL only fetches rows.
class PostcodeGroups {
 public:
  explicit PostcodeGroups(int32_t asOfDay) : tally_(asOfDay) {}

  /// A postcode's visit counts in this order: visits, not home, no interest, callback, quote, sale,
  /// d2d visits, d2d not home, already customer, contract lock-in.
  void visits(const std::string& postcode, const std::array<int64_t, 10>& c) {
    VisitFacts& v = groups_[postcode].visits;
    v.visits = c[0];
    v.notHome = c[1];
    v.noInterest = c[2];
    v.callback = c[3];
    v.quote = c[4];
    v.sale = c[5];
    v.d2dVisits = c[6];
    v.d2dNotHome = c[7];
    v.alreadyCustomer = c[8];
    v.contractLockIn = c[9];
  }
  /// A postcode's distinct d2d addresses, and of those the ones visited twice and three times or more.
  void addresses(const std::string& postcode, int64_t all, int64_t twice, int64_t thrice) {
    PostcodeFacts& g = groups_[postcode];
    g.addresses = all;
    g.addresses2x = twice;
    g.addresses3x = thrice;
  }
  void order(const std::string& postcode, int64_t orderedAt, int64_t channel, std::optional<int64_t> feeCents,
             std::optional<int64_t> installedAt, std::optional<int64_t> firstTimeRight,
             std::optional<int64_t> cancelledAt) {
    tally_.add(groups_[postcode].orders, orderedAt, channel, feeCents, installedAt, firstTimeRight, cancelledAt);
  }
  /// Every postcode met, in byte order.
  std::vector<PostcodeFacts> take() {
    std::vector<PostcodeFacts> out;
    out.reserve(groups_.size());
    for (auto& [postcode, g] : groups_) {
      g.postcode = postcode;
      out.push_back(std::move(g));
    }
    groups_.clear();
    return out;
  }

 private:
  OrderTally tally_;
  std::map<std::string, PostcodeFacts> groups_;
};

}  // namespace salesops::store
