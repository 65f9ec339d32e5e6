// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/Explain.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "salesops/store/StoreReader.h"

namespace salesops::kpi {
namespace {

constexpr std::array kExplainable = {KpiId::contact_rate,     KpiId::conversion,       KpiId::hit_rate,
                                     KpiId::cancel_rate,      KpiId::cancel_rate_14d,  KpiId::pre_install_churn,
                                     KpiId::quote_conversion, KpiId::first_time_right, KpiId::visits_per_hour,
                                     KpiId::orders_per_hour};

/// The query's rows as numerator and denominator per member; an error when the KPI has no value
/// along this dimension (conversion by product: visits have no product). Adds the names of reps and
/// areas to `names`.
Result<std::map<std::string, RateParts>> memberParts(const KpiEngine& engine, KpiQuery q, KpiId kpi,
                                                     std::map<std::string, std::string>& names) {
  auto rows = engine.run(q);
  if (!rows) return rows.error();
  std::map<std::string, RateParts> out;
  for (const KpiRow& r : *rows) {
    const auto p = r.now.parts(kpi);
    if (!p)
      return makeError(std::string(kpiName(kpi)) + " cannot be split by " + std::string(toString(q.by.front())) +
                       ": its numerator and denominator are not both counted along it");
    out[r.dims.front().text] = *p;
    if (!r.dims.front().name.empty()) names[r.dims.front().text] = r.dims.front().name;
  }
  return out;
}

}  // namespace

std::span<const KpiId> explainableKpis() { return kExplainable; }

bool isExplainable(KpiId kpi) { return std::find(kExplainable.begin(), kExplainable.end(), kpi) != kExplainable.end(); }

bool isExplainDimension(Dimension d) { return d != Dimension::Day && d != Dimension::Week && d != Dimension::Month; }

Explanation decompose(std::vector<ExplainInput> inputs) {
  Explanation e;
  for (const ExplainInput& in : inputs) {
    e.baseTotal.numerator += in.base.numerator;
    e.baseTotal.denominator += in.base.denominator;
    e.currentTotal.numerator += in.current.numerator;
    e.currentTotal.denominator += in.current.denominator;
  }
  const double d0 = e.baseTotal.denominator, d1 = e.currentTotal.denominator;
  if (d0 > 0) e.baseRate = e.baseTotal.numerator / d0;
  if (d1 > 0) e.currentRate = e.currentTotal.numerator / d1;
  if (e.baseRate && e.currentRate) e.change = *e.currentRate - *e.baseRate;

  for (ExplainInput& in : inputs) {
    // A member with nothing in either period (a visit nobody met) explains nothing: leave it out.
    if (in.base.numerator == 0 && in.base.denominator == 0 && in.current.numerator == 0 && in.current.denominator == 0)
      continue;
    ExplainMember m;
    m.member = std::move(in.member);
    m.base = in.base;
    m.current = in.current;
    if (in.base.denominator > 0) m.baseRate = in.base.numerator / in.base.denominator;
    if (in.current.denominator > 0) m.currentRate = in.current.numerator / in.current.denominator;
    if (e.change) {
      m.baseShare = in.base.denominator / d0;
      m.currentShare = in.current.denominator / d1;
      if (m.baseRate && m.currentRate) {
        m.rateEffect = (*m.currentRate - *m.baseRate) * (m.baseShare + m.currentShare) / 2;
        m.mixEffect = (m.currentShare - m.baseShare) * (*m.baseRate + *m.currentRate) / 2;
      } else {
        // No rate in one period: nothing to compare its rate with, so its whole contribution to the
        // total (numerator over the total denominator, in each period) is a change of mix.
        m.mixEffect = in.current.numerator / d1 - in.base.numerator / d0;
      }
    }
    e.rateEffect += m.rateEffect;
    e.mixEffect += m.mixEffect;
    e.members.push_back(std::move(m));
  }
  std::sort(e.members.begin(), e.members.end(), [](const ExplainMember& a, const ExplainMember& b) {
    const double ea = std::abs(a.effect()), eb = std::abs(b.effect());
    return ea != eb ? ea > eb : a.member < b.member;
  });
  return e;
}

Result<Explanation> explainChange(const KpiEngine& engine, const ExplainQuery& query) {
  const store::ReadSnapshot snapshot(engine.reader());
  if (!isExplainable(query.kpi))
    return makeError("cannot explain '" + std::string(kpiName(query.kpi)) +
                     "': only rates whose parts add up over members (conversion, contact_rate, hit_rate, "
                     "cancel_rate, cancel_rate_14d, pre_install_churn, quote_conversion, first_time_right, "
                     "visits_per_hour, orders_per_hour)");
  if (!isExplainDimension(query.by))
    return makeError("cannot explain along " + std::string(toString(query.by)) +
                     ": its members differ from one period to the other");
  if (query.period.to < query.period.from) return makeError("the period ends before it starts");

  Period base = query.basePeriod;
  Date baseAsOf;
  if (query.against) {
    const ComparedPeriod c = comparedPeriod(query.period, query.asOf, *query.against);
    base = c.period;
    baseAsOf = c.asOf;
  } else {
    if (base.to < base.from) return makeError("the period compared with ends before it starts");
    baseAsOf = query.asOf.addDays(base.to.days() - query.period.to.days());
  }

  KpiQuery q;
  q.by = {query.by};
  q.filters = query.filters;
  q.only = {query.kpi};
  q.period = query.period;
  q.asOf = query.asOf;
  q.cut = query.cut;
  std::map<std::string, std::string> names;
  auto now = memberParts(engine, q, query.kpi, names);
  if (!now) return now.error();
  q.period = base;
  q.asOf = baseAsOf;
  if (q.cut) q.cut->day = q.cut->day.addDays(base.from.days() - query.period.from.days());
  auto then = memberParts(engine, q, query.kpi, names);
  if (!then) return then.error();

  std::map<std::string, ExplainInput> byMember;
  for (const auto& [member, p] : *then) byMember[member] = {member, p, {}};
  for (const auto& [member, p] : *now) {
    ExplainInput& in = byMember[member];
    in.member = member;
    in.current = p;
  }
  std::vector<ExplainInput> inputs;
  inputs.reserve(byMember.size());
  for (auto& [_, in] : byMember) inputs.push_back(std::move(in));
  Explanation e = decompose(std::move(inputs));
  for (ExplainMember& m : e.members)
    if (const auto it = names.find(m.member); it != names.end()) m.name = it->second;
  e.kpi = query.kpi;
  e.dimension = query.by;
  e.current = query.period;
  e.base = base;
  return e;
}

}  // namespace salesops::kpi
