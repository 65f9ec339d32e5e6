// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sqlite.h"

// install_rollup holds, per area and day, the change in orders that are installed and not
// cancelled: +1 on the install day, -1 on the cancellation day (or on the install day itself when
// the order was cancelled before it was installed), and `active`, the running sum up to and
// including that day: the area's active installs on that day (one index seek per area and day), which penetration and
// the bundling projection need for every area over all time: a few thousand rows instead of every order. A macro so the
// schema's backfill and the writer's rebuild are the same text (adjacent literals concatenate).
#define SALESOPS_DAY_OF(t) "((" t ") - (((" t ") % 86400) + 86400) % 86400) / 86400"
#define SALESOPS_INSTALL_ROLLUP_SELECT \
  "SELECT area, day, delta, sum(delta) OVER (PARTITION BY area ORDER BY day) FROM ("                     \
  "SELECT area, day, sum(delta) AS delta FROM ("                                                         \
  " SELECT area, " SALESOPS_DAY_OF("installed_at") " AS day, 1 AS delta FROM orders"                     \
  "  WHERE installed_at IS NOT NULL"                                                                     \
  " UNION ALL"                                                                                           \
  " SELECT o.area, max(" SALESOPS_DAY_OF("o.installed_at") ", " SALESOPS_DAY_OF("c.cancelled_at") "), -1" \
  "  FROM orders o JOIN cancellation c ON c.order_id = o.order_id WHERE o.installed_at IS NOT NULL"       \
  ") GROUP BY area, day HAVING sum(delta) <> 0)"

// orders.cancelled_at and orders.cancel_reason copy the order's cancellation (NULL without one), so
// the KPI engine reads each order's cohort facts from one covering index without joining
// cancellation. Cancellations are only ever added or changed, never deleted, so copying the changed
// ones is enough: one pass over the cancellations, run when orders or cancellations were imported.
#define SALESOPS_SYNC_ORDER_CANCELLATIONS                                                         \
  "UPDATE orders SET cancelled_at = c.cancelled_at, cancel_reason = c.reason FROM cancellation c" \
  " WHERE c.order_id = orders.order_id"                                                           \
  " AND (orders.cancelled_at IS NOT c.cancelled_at OR orders.cancel_reason IS NOT c.reason)"

namespace salesops::store {

/// Copies each cancellation onto its order (see SALESOPS_SYNC_ORDER_CANCELLATIONS); call inside the
/// import's transaction when orders or cancellations changed, before rebuildInstallRollup.
Result<void> syncOrderCancellations(Db& db);

/// Rebuilds install_rollup from orders and cancellations; call inside the import's transaction
/// when either changed. A full rebuild (about a quarter second for 700,000 orders) is simpler and
/// surely right, and only order and cancellation files pay for it, never visit files.
Result<void> rebuildInstallRollup(Db& db);

}  // namespace salesops::store
