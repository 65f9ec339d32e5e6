// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/CancellationCohorts.h"

#include <algorithm>
#include <map>

#include "RowMapper.h"

#include "salesops/kpi/KpiEngine.h"
#include "salesops/store/CohortSource.h"

namespace salesops::kpi {

Period cohortPeriod(Date to, int weeks) {
  const Date monday = to.addDays(1 - to.isoWeekday());
  return {monday.addDays(-7 * (std::max(weeks, 1) - 1)), to};
}

Result<CancellationCohorts> cancellationCohorts(store::Store& store, const CohortQuery& q) {
  store::KpiSource source(store);
  auto reps = source.reps();
  if (!reps) return reps.error();
  auto areas = source.areas();
  if (!areas) return areas.error();
  const RowMapper mapper(KpiQuery{q.period, q.asOf, {}, q.filters, std::nullopt, {}}, std::move(*reps),
                         std::move(*areas));
  store::FactQuery fq = mapper.filter();
  fq.fromDay = q.period.from.days();
  fq.toDay = q.period.to.days();
  auto rows = store::cohortOrders(store, fq, q.asOf.days());
  if (!rows) return rows.error();

  CancellationCohorts out;
  out.query = q;
  const int maxDay = std::max(q.maxDay, 0);
  std::map<IsoWeek, size_t> index;
  for (IsoWeek w = q.period.from.isoWeek(); w <= q.period.to.isoWeek(); w = w.next()) {
    index[w] = out.cohorts.size();
    Cohort c;
    c.week = w;
    c.curve.resize(static_cast<size_t>(maxDay) + 1);
    for (int d = 0; d <= maxDay; ++d) c.curve[static_cast<size_t>(d)].day = d;
    out.cohorts.push_back(std::move(c));
  }
  std::map<int, int64_t> byReason;
  std::vector<int32_t> lastOrderDay(out.cohorts.size(), q.period.from.days());
  const int32_t asOf = q.asOf.days();
  for (const store::CohortCount& r : *rows) {
    const size_t at = index.at(Date::fromDays(r.orderDay).isoWeek());
    Cohort& c = out.cohorts[at];
    lastOrderDay[at] = std::max(lastOrderDay[at], r.orderDay);
    c.orders += r.orders;
    out.orders += r.orders;
    if (r.cancelDay) {
      c.cancelled += r.orders;
      out.cancelled += r.orders;
      byReason[r.reason] += r.orders;
    }
    for (int d = 0; d <= maxDay && r.orderDay + d <= asOf; ++d) {
      CohortPoint& p = c.curve[static_cast<size_t>(d)];
      p.orders += r.orders;
      // A cancellation dated before its order (a data error) counts from day 0, as in cancel_rate_14d.
      if (r.cancelDay && *r.cancelDay - r.orderDay <= d) p.cancelled += r.orders;
    }
  }
  // A point needs every order of the week to be that old, so each curve is of one set of orders
  // and never falls; the newest weeks' curves end early.
  for (size_t i = 0; i < out.cohorts.size(); ++i) {
    Cohort& c = out.cohorts[i];
    const int days = c.orders == 0 ? 0 : std::clamp(asOf - lastOrderDay[i] + 1, 0, maxDay + 1);
    c.curve.resize(static_cast<size_t>(days));
  }
  for (CancelReason reason : allValues<CancelReason>()) {
    const auto it = byReason.find(static_cast<int>(reason));
    if (it != byReason.end() && it->second > 0) out.reasons.push_back({reason, it->second, out.orders});
  }
  std::stable_sort(
      out.reasons.begin(), out.reasons.end(),
      [](const ReasonCancellations& a, const ReasonCancellations& b) { return a.cancelled > b.cancelled; });
  return out;
}

Result<CancellationsPageData> buildCancellationsPage(store::Store& store, const Period& period, Date asOf,
                                                     const KpiFilters& filters, int weeks, int maxDay) {
  const CohortQuery q{cohortPeriod(period.to, weeks), asOf, filters, maxDay};
  auto cohorts = cancellationCohorts(store, q);
  if (!cohorts) return cohorts.error();
  auto reps = KpiEngine(store).run({q.period,
                                    q.asOf,
                                    {Dimension::Rep},
                                    q.filters,
                                    std::nullopt,
                                    {KpiId::orders, KpiId::cancelled, KpiId::cancel_rate, KpiId::cancel_rate_14d}});
  if (!reps) return reps.error();
  return CancellationsPageData{std::move(*cohorts), std::move(*reps)};
}

}  // namespace salesops::kpi
