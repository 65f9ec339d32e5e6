// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/CohortSource.h"

#include "InstallRollup.h"
#include "KpiSql.h"

namespace salesops::store {

Result<std::vector<CohortCount>> cohortOrders(Store& store, const FactQuery& q, int32_t asOfDay) {
  // The cancellation as copied onto its order, so this is one range scan of the covering index.
  // A cancellation after as-of is not known yet: the order counts as not cancelled.
  Stmt s = store.db().prepare(
      "SELECT " SALESOPS_DAY_OF("o.ordered_at") ", "
      "CASE WHEN o.cancelled_at < (?6 + 1) * 86400 THEN " SALESOPS_DAY_OF("o.cancelled_at") " END, "
      "CASE WHEN o.cancelled_at < (?6 + 1) * 86400 THEN ifnull(o.cancel_reason, -1) ELSE -1 END, "
      "o.rep, count(*) FROM orders o INDEXED BY orders_by_time "
      "WHERE o.ordered_at >= ?1 * 86400 AND o.ordered_at < (?2 + 1) * 86400 AND " SALESOPS_FILTERS("o")
      " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
  if (!s.valid()) return makeError("cannot read order cohorts: " + store.db().error());
  const FilterJson filters(q);
  filters.bind(s, q);
  s.bind(6, static_cast<int64_t>(asOfDay));
  std::vector<CohortCount> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW)
    out.push_back({s.int32(0), s.isNull(1) ? std::nullopt : std::optional<int32_t>(s.int32(1)), s.int32(2),
                   s.int64(3), s.int64(4)});
  if (rc != SQLITE_DONE) return makeError("cannot read order cohorts: " + store.db().error());
  return out;
}

}  // namespace salesops::store
