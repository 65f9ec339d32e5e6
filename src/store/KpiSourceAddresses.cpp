// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two KPI reads that are not plain sums: addresses (distinct counts, which cannot be added up
// from a rollup) and active installs at given days (running sums kept in install_rollup).
#include <algorithm>
#include <map>

#include "InstallRollup.h"
#include "KpiSql.h"
#include "salesops/store/KpiSource.h"

namespace salesops::store {
namespace {

// The zone clause reads a date range as one short run of visit ids (visits have no time index).
constexpr const char* kZoneAddresses =
    "SELECT visited_at, rep, area, postcode, house_number, addition FROM visit v "
    "WHERE visit_id BETWEEN (SELECT min(first_id) FROM visit_zone WHERE day BETWEEN ?1 AND ?2) "
    "AND (SELECT max(last_id) FROM visit_zone WHERE day BETWEEN ?1 AND ?2) "
    "AND visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND channel = 0 AND " SALESOPS_FILTERS("v");
constexpr const char* kRawAddresses =
    "SELECT visited_at, rep, area, postcode, house_number, addition FROM visit v "
    "WHERE visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND channel = 0 AND " SALESOPS_FILTERS("v");

int32_t floorDiv(int64_t a, int64_t b) { return static_cast<int32_t>((a - ((a % b) + b) % b) / b); }

}  // namespace

Result<void> KpiSource::forEachAddress(const FactQuery& q,
                                       const std::function<void(const VisitAddress&)>& each) const {
  Stmt s = store_.db().prepare(path_ == FactPath::Raw ? kRawAddresses : kZoneAddresses);
  const FilterJson f(q);
  f.bind(s, q);
  VisitAddress a;
  while (s.step() == SQLITE_ROW) {
    const int64_t at = s.int64(0);
    a.day = floorDiv(at, 86400);
    a.hour = static_cast<int32_t>((at - static_cast<int64_t>(a.day) * 86400) / 3600);
    a.rep = s.int64(1);
    a.area = s.int64(2);
    a.postcode = s.text(3);
    a.houseNumber = s.int32(4);
    a.addition = s.text(5);
    each(a);
  }
  if (!s.done()) return makeError("reading the visited addresses failed: " + s.error());
  return {};
}

Result<std::vector<ActiveInstalls>> KpiSource::activeInstalls(
    const std::vector<int32_t>& daysIn, const std::optional<std::vector<int64_t>>& areas) const {
  std::vector<int32_t> days = daysIn;
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::vector<ActiveInstalls> out;
  if (days.empty()) return out;
  FactQuery filter;
  filter.areas = areas;
  const FilterJson f(filter);

  if (path_ == FactPath::Raw) {
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

  // The running sum kept with each change: the last row on or before each day, one seek per area and day.
  std::vector<int64_t> ids;
  if (areas) {
    ids = *areas;
  } else {
    Stmt all = store_.db().prepare("SELECT id FROM area_code");
    while (all.step() == SQLITE_ROW) ids.push_back(all.int64(0));
    if (!all.done()) return makeError("reading the installs failed: " + all.error());
  }
  Stmt at = store_.db().prepare(
      "SELECT active FROM install_rollup WHERE area = ?1 AND day <= ?2 ORDER BY day DESC LIMIT 1");
  for (int32_t d : days)
    for (int64_t area : ids) {
      at.bind(1, area).bind(2, static_cast<int64_t>(d));
      const int rc = at.step();
      if (rc == SQLITE_ROW) out.push_back({d, area, at.int64(0)});
      at.reset();
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return makeError("reading the installs failed: " + store_.db().error());
    }
  return out;
}

}  // namespace salesops::store
