// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two KPI reads that are not plain sums: addresses (distinct counts, which cannot be added up
// from a rollup) and active installs at given days (running sums kept in install_rollup).
#include <algorithm>
#include <map>

#include "InstallRollup.h"
#include "KpiSql.h"
#include "SqliteReader.h"

#include "salesops/store/KpiSource.h"
#include "salesops/store/StoreReader.h"

namespace salesops::store {
namespace {

constexpr const char* kRawAddresses =
    "SELECT visited_at, rep, area, postcode, house_number, addition FROM visit v "
    "WHERE visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND channel = 0 AND " SALESOPS_FILTERS("v");

}  // namespace

Result<void> KpiSource::forEachAddress(const FactQuery& q, const std::function<void(const VisitAddress&)>& each) const {
  if (path_ == FactPath::Rollup) return store_.reader().d2dAddresses(q, each);
  if (auto r = needsSqliteFile(store_, "the raw fact path"); !r) return r.error();
  Stmt s = store_.db().prepare(kRawAddresses);
  const FilterJson f(q);
  f.bind(s, q);
  return eachAddress(s, each);
}

Result<std::vector<ActiveInstalls>> KpiSource::activeInstalls(const std::vector<int32_t>& daysIn,
                                                              const std::optional<std::vector<int64_t>>& areas) const {
  std::vector<int32_t> days = daysIn;
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::vector<ActiveInstalls> out;
  if (days.empty()) return out;
  FactQuery filter;
  filter.areas = areas;
  const FilterJson f(filter);

  if (path_ == FactPath::Raw) {
    if (auto r = needsSqliteFile(store_, "the raw fact path"); !r) return r.error();
    // Straight from the definition: installed on or before the day and not cancelled by then.
    Stmt s = store_.db().prepare(
        "SELECT o.area, count(*) FROM orders o LEFT JOIN cancellation c ON c.order_id = o.order_id "
        "WHERE o.installed_at < (?1 + 1) * 86400 AND NOT ifnull(c.cancelled_at < (?1 + 1) * 86400, 0) "
        "AND (?4 IS NULL OR o.area IN (SELECT value FROM json_each(?4))) GROUP BY o.area");
    for (int32_t d : days) {
      filter.fromDay = filter.toDay = d;
      f.bind(s, filter);
      while (s.step() == SQLITE_ROW) out.push_back({d, s.int64(0), s.int64(1)});
      if (!s.done()) return makeError("reading the installs failed: " + s.error());
      s.reset();
    }
    return out;
  }

  return store_.reader().activeInstalls(days, areas);
}

}  // namespace salesops::store
