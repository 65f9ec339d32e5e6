// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/PostcodeBreakdown.h"

#include "FactSums.h"
#include "RowMapper.h"

namespace salesops::kpi {

Result<std::vector<KpiRow>> postcodeBreakdown(store::Store& store, const PostcodeQuery& query, store::FactPath path) {
  if (query.period.to < query.period.from) return makeError("the period ends before it starts");
  const store::KpiSource source(store, path);
  auto reps = source.reps();
  if (!reps) return reps.error();
  auto areas = source.areas();
  if (!areas) return areas.error();
  // The mapper turns the filter names into id sets, exactly as for the engine's queries.
  const KpiQuery asEngineQuery{query.period, query.asOf, {}, query.filters, std::nullopt, {}};
  const RowMapper mapper(asEngineQuery, std::move(*reps), std::move(*areas));
  store::FactQuery fq = mapper.filter();
  fq.fromDay = query.period.from.days();
  fq.toDay = query.period.to.days();
  auto facts = source.postcodes(
      fq, query.asOf.days(), query.level == PostcodeLevel::Pc6 ? store::PostcodeLevel::Pc6 : store::PostcodeLevel::Pc4);
  if (!facts) return facts.error();

  std::vector<KpiRow> out;
  out.reserve(facts->size());
  std::optional<KpiRow> none;
  for (const store::PostcodeFacts& f : *facts) {
    KpiRow row;
    row.dims.push_back({f.postcode.empty() ? std::string(kNoPostcode) : f.postcode, {}});
    KpiValues& v = row.now;
    v.sources = kVisitSource | kOrderSource | kAddressSource;
    v.atTheDoor = mapper.atTheDoor({});
    addVisitFacts(v, f.visits);
    addOrderFacts(v, f.orders);
    v.addresses = f.addresses;
    v.addresses2x = f.addresses2x;
    v.addresses3x = f.addresses3x;
    if (f.postcode.empty())
      none = std::move(row);
    else
      out.push_back(std::move(row));
  }
  if (none) out.push_back(std::move(*none));
  return out;
}

}  // namespace salesops::kpi
