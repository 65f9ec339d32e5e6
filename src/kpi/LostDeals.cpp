// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/LostDeals.h"

#include <algorithm>
#include <numeric>

#include "salesops/kpi/Significance.h"

namespace salesops::kpi {
namespace {

std::optional<double> ratio(int64_t num, int64_t den) {
  return den > 0 ? std::optional<double>(static_cast<double>(num) / static_cast<double>(den)) : std::nullopt;
}

}  // namespace

std::vector<FunnelStep> funnelSteps(const KpiValues& v) {
  const std::pair<KpiId, int64_t> counts[] = {{KpiId::visits, v.visits},   {KpiId::contacts, v.contacts},
                                              {KpiId::pitches, v.pitches}, {KpiId::quotes, v.quotes},
                                              {KpiId::orders, v.orders},   {KpiId::installed, v.installed}};
  std::vector<FunnelStep> out;
  for (size_t i = 0; i < std::size(counts); ++i) {
    FunnelStep s{counts[i].first, counts[i].second, ratio(counts[i].second, v.visits), std::nullopt, 0};
    if (i > 0) {
      s.previous = counts[i - 1].second;
      s.stepConversion = ratio(s.count, s.previous);
    }
    out.push_back(s);
  }
  return out;
}

DoorstepOutcomes doorstepOutcomes(const KpiValues& v) {
  DoorstepOutcomes out;
  out.contacts = v.contacts;
  out.quotes = v.quotes;
  const int64_t counts[] = {v.noInterest, v.alreadyCustomer, v.contractLockIn, v.callbacks};
  for (size_t i = 0; i < kLostOutcomes.size(); ++i)
    out.lost[i] = {kLostOutcomes[i], counts[i], ratio(counts[i], v.contacts)};
  return out;
}

std::vector<CancelOutlier> cancelOutliers(const std::vector<KpiRow>& rows) {
  int64_t orders = 0, cancelled = 0;
  for (const KpiRow& r : rows) {
    orders += r.now.orders14d;
    cancelled += r.now.cancelled14d;
  }
  std::vector<CancelOutlier> out;
  for (const KpiRow& r : rows) {
    CancelOutlier o;
    const int64_t restOrders = orders - r.now.orders14d, restCancelled = cancelled - r.now.cancelled14d;
    o.rate = ratio(r.now.cancelled14d, r.now.orders14d);
    o.restRate = ratio(restCancelled, restOrders);
    if (o.restRate)
      o.excess = static_cast<double>(r.now.cancelled14d) - static_cast<double>(r.now.orders14d) * *o.restRate;
    const Significance s =
        testSignificance({static_cast<double>(r.now.cancelled14d), static_cast<double>(r.now.orders14d)},
                         {static_cast<double>(restCancelled), static_cast<double>(restOrders)});
    o.significant = s.verdict == Verdict::SignificantUp;
    out.push_back(o);
  }
  return out;
}

std::vector<size_t> outliersFirst(const std::vector<KpiRow>& rows, const std::vector<CancelOutlier>& outliers) {
  std::vector<size_t> order(rows.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const CancelOutlier &oa = outliers[a], &ob = outliers[b];
    if (oa.significant != ob.significant) return oa.significant;
    if (oa.significant) return oa.excess > ob.excess;
    return rows[a].now.orders > rows[b].now.orders;
  });
  return order;
}

}  // namespace salesops::kpi
