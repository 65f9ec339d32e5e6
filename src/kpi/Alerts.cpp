// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Alerts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <map>
#include <tuple>

#include "salesops/kpi/KpiDirection.h"
#include "salesops/store/StoreReader.h"

namespace salesops::kpi {
namespace {

// The first four are judged on the period itself, the last on the matured cohort.
constexpr std::array kAlertKpis = {KpiId::conversion, KpiId::contact_rate, KpiId::hit_rate, KpiId::pre_install_churn,
                                   KpiId::cancel_rate_14d};
constexpr size_t kPeriodKpis = 4;
constexpr std::array<Dimension, 3> kAlertDimensions = {Dimension::Area, Dimension::Team, Dimension::Rep};

bool wants(std::span<const AlertKind> kinds, AlertKind k) {
  return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

/// One sample's parts in one channel: of the alert's KPI, and of conversion, which turns contacts
/// into the orders they bring.
struct Side {
  RateParts rate;
  RateParts conversion;
};

std::optional<Side> sideOf(const KpiValues& v, KpiId kpi) {
  const auto rate = v.parts(kpi);
  if (!rate) return std::nullopt;
  return Side{*rate, v.parts(KpiId::conversion).value_or(RateParts{})};
}

RateParts minus(const RateParts& a, const RateParts& b) {
  return {a.numerator - b.numerator, a.denominator - b.denominator};
}
RateParts plus(const RateParts& a, const RateParts& b) {
  return {a.numerator + b.numerator, a.denominator + b.denominator};
}

/// One channel of a member: the member's side and the side it is compared with.
struct Pair {
  std::string channel;
  Side current;
  Side compared;
};

/// Orders per unit of the KPI's numerator: an order is an order, a contact brings the compared
/// sample's conversion in orders, a cancellation loses one.
double ordersPerUnit(KpiId kpi, const Side& compared) {
  if (lowerIsBetter(kpi)) return -1;
  if (kpi == KpiId::contact_rate)
    return compared.conversion.denominator > 0 ? compared.conversion.numerator / compared.conversion.denominator : 0;
  return 1;
}

/// An alert when the test within channels says so; nothing otherwise.
std::optional<Alert> judge(AlertKind kind, Dimension dimension, const std::string& member, KpiId kpi,
                           const std::vector<Pair>& pairs) {
  std::vector<Stratum> strata;
  strata.reserve(pairs.size());
  for (const Pair& p : pairs) strata.push_back({p.current.rate, p.compared.rate});
  Alert a;
  a.test = testWithinStrata(strata);
  if (!a.test.significant()) return std::nullopt;
  a.kind = kind;
  a.dimension = dimension;
  a.member = member;
  a.kpi = kpi;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (!comparable(strata[i])) continue;
    const Pair& p = pairs[i];
    if (!p.channel.empty()) a.channels.push_back(p.channel);
    a.current = plus(a.current, p.current.rate);
    a.compared = plus(a.compared, p.compared.rate);
    // What this channel did beyond the compared rate, on its own denominator.
    const double excess =
        p.current.rate.numerator - p.current.rate.denominator * p.compared.rate.numerator / p.compared.rate.denominator;
    a.excess += excess;
    a.impact += excess * ordersPerUnit(kpi, p.compared);
  }
  a.worse = a.impact < 0;
  return a;
}

/// Tells each loss once, so the top of the list is as many different problems as it can be: a
/// member's hit rate is its contact rate times its conversion, so its hit-rate alert goes when one of
/// those has an alert of the same kind; and an outlier goes when the member's change of the same KPI
/// is an alert (the change is what the spec asks for, the outlier would say it again).
void dropRepeats(std::vector<Alert>& alerts) {
  const auto has = [&](const Alert& a, AlertKind kind, std::initializer_list<KpiId> kpis) {
    return std::any_of(alerts.begin(), alerts.end(), [&](const Alert& b) {
      return b.dimension == a.dimension && b.member == a.member && b.kind == kind &&
             std::find(kpis.begin(), kpis.end(), b.kpi) != kpis.end();
    });
  };
  std::vector<Alert> kept;
  for (const Alert& a : alerts) {
    const bool told = (a.kpi == KpiId::hit_rate && has(a, a.kind, {KpiId::conversion, KpiId::contact_rate})) ||
                      (a.kind == AlertKind::Outlier && has(a, AlertKind::Change, {a.kpi}));
    if (!told) kept.push_back(a);
  }
  alerts = std::move(kept);
}

}  // namespace

std::span<const KpiId> alertKpis() { return kAlertKpis; }
std::span<const Dimension> alertDimensions() { return kAlertDimensions; }

std::string_view excessUnit(KpiId kpi) {
  if (kpi == KpiId::contact_rate) return "contacts";
  if (lowerIsBetter(kpi)) return "cancellations";
  return "orders";
}

Period alertCohort(const Period& period, Date asOf) {
  const Date end = std::min(period.to, asOf.addDays(-kCohortMinAgeDays));
  return {end.addDays(-(kCohortDays - 1)), end};
}

std::string_view toString(AlertKind k) { return k == AlertKind::Change ? "change" : "outlier"; }

std::vector<Alert> alertsFromRows(Dimension dimension, const std::vector<KpiRow>& rows,
                                  std::span<const AlertKind> kinds, std::span<const KpiId> kpis) {
  // Each member's rows, one per channel (or a single row without a channel), in row order.
  std::vector<std::pair<std::string, std::vector<const KpiRow*>>> members;
  std::map<std::string, size_t> index;
  for (const KpiRow& r : rows) {
    if (r.dims.empty()) continue;
    const auto [it, added] = index.try_emplace(r.dims.front().text, members.size());
    if (added) members.push_back({r.dims.front().text, {}});
    members[it->second].second.push_back(&r);
  }
  const auto channelOf = [](const KpiRow& r) { return r.dims.size() > 1 ? r.dims[1].text : std::string(); };

  std::vector<Alert> out;
  for (KpiId kpi : kpis) {
    // The organisation per channel in the current period, so each member can be set against the rest.
    std::map<std::string, Side> total;
    for (const KpiRow& r : rows)
      if (const auto s = sideOf(r.now, kpi)) {
        Side& t = total[channelOf(r)];
        t.rate = plus(t.rate, s->rate);
        t.conversion = plus(t.conversion, s->conversion);
      }
    for (const auto& [member, memberRows] : members) {
      std::vector<Pair> changes, outliers;
      for (const KpiRow* r : memberRows) {
        const auto now = sideOf(r->now, kpi);
        if (!now) continue;
        if (r->prev)
          if (const auto prev = sideOf(*r->prev, kpi)) changes.push_back({channelOf(*r), *now, *prev});
        const Side& t = total[channelOf(*r)];
        outliers.push_back({channelOf(*r), *now, {minus(t.rate, now->rate), minus(t.conversion, now->conversion)}});
      }
      const std::string& name = memberRows.front()->dims.front().name;
      if (wants(kinds, AlertKind::Change) && !changes.empty())
        if (auto a = judge(AlertKind::Change, dimension, member, kpi, changes)) {
          a->memberName = name;
          out.push_back(std::move(*a));
        }
      if (wants(kinds, AlertKind::Outlier))
        if (auto a = judge(AlertKind::Outlier, dimension, member, kpi, outliers)) {
          a->memberName = name;
          out.push_back(std::move(*a));
        }
    }
  }
  return out;
}

void sortAlerts(std::vector<Alert>& alerts) {
  std::sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
    const double ia = std::abs(a.impact), ib = std::abs(b.impact);
    // By name, not catalogue order: the order ties have always had in every output.
    const std::string_view ka = kpiName(a.kpi), kb = kpiName(b.kpi);
    return std::tie(ib, a.kind, a.dimension, a.member, ka) < std::tie(ia, b.kind, b.dimension, b.member, kb);
  });
}

Result<std::vector<Alert>> findAlerts(const KpiEngine& engine, const AlertQuery& query) {
  const store::ReadSnapshot snapshot(engine.reader());
  const std::span<const KpiId> all(kAlertKpis);
  const bool changes = wants(query.kinds, AlertKind::Change);
  // Rates on the period's own visits and orders; cancel_rate_14d on orders old enough to tell.
  const std::array<std::pair<Period, std::span<const KpiId>>, 2> parts = {
      {{query.period, all.first(kPeriodKpis)}, {alertCohort(query.period, query.asOf), all.subspan(kPeriodKpis)}}};
  // Each dimension asks of the same periods and the ones before them: their orders are read once.
  Period days = parts[0].first;
  for (const auto& [period, kpis] : parts) {
    const Period before = comparedPeriod(period, query.asOf, Comparison::Previous).period;
    days = {std::min({days.from, period.from, before.from}), std::max({days.to, period.to, before.to})};
  }
  engine.keepOrders(days);
  std::vector<Alert> out;
  for (Dimension d : kAlertDimensions) {
    for (const auto& [period, kpis] : parts) {
      KpiQuery q;
      q.period = period;
      q.asOf = query.asOf;
      q.by = {d, Dimension::Channel};  // rates are compared within channel
      q.filters = query.filters;
      if (changes) q.compare = Comparison::Previous;
      q.only.assign(kpis.begin(), kpis.end());  // the period's include conversion, for a contact's orders
      auto rows = engine.run(q);
      if (!rows) return rows.error();
      const Period before = comparedPeriod(period, query.asOf, Comparison::Previous).period;
      for (Alert& a : alertsFromRows(d, *rows, query.kinds, kpis)) {
        a.period = period;
        a.comparedPeriod = a.kind == AlertKind::Change ? before : period;
        out.push_back(std::move(a));
      }
    }
  }
  sortAlerts(out);
  dropRepeats(out);
  return out;
}

}  // namespace salesops::kpi
