// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/CancellationSource.h"

#include "KpiSql.h"

namespace salesops::store {

Result<std::vector<ReasonCount>> cancellationReasons(Store& store, const FactQuery& q, int32_t asOfDay) {
  Stmt s = store.db().prepare(
      // The cancellation as copied onto its order: one scan of the covering index, no join.
      "SELECT o.cancel_reason, o.rep, count(*) FROM orders o INDEXED BY orders_by_time "
      "WHERE o.ordered_at >= ?1 * 86400 AND o.ordered_at < (?2 + 1) * 86400 AND o.cancelled_at < (?6 + 1) * 86400 "
      "AND " SALESOPS_FILTERS("o") " GROUP BY 1, 2 ORDER BY 1, 2");
  if (!s.valid()) return makeError("cannot read cancellations: " + store.db().error());
  FilterJson filters(q);
  filters.bind(s, q);
  s.bind(6, static_cast<int64_t>(asOfDay));
  std::vector<ReasonCount> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) out.push_back({s.int32(0), s.int64(1), s.int64(2)});
  if (rc != SQLITE_DONE) return makeError("cannot read cancellations: " + store.db().error());
  return out;
}

}  // namespace salesops::store
