// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"

namespace salesops::store::pg {

/// What the server derives from the orders and their cancellations, brought up to date inside the
/// transaction that changed either (the import of an order or cancellation file, the upgrade to
/// schema version 4, a copy onto the server): the links between orders and cancellations, then the
/// install rollup.
Result<void> deriveFromOrders(PgConnection& conn);

/// orders.cancelled_at and orders.cancel_reason copy the order's cancellation (NULL without one), as
/// on SQLite, so that the KPI engine reads a period's orders with their cancellations from one index
/// range; cancellation.rep copies its order's rep (NULL for an unknown order), which row-level
/// security tells a lead's cancellations by. Cancellations are only ever added or changed, never
/// deleted, and orders never deleted: copying what differs is enough.
Result<void> linkOrdersAndCancellations(PgConnection& conn);

/// The server's counterpart of the SQLite store's install_rollup (../InstallRollup.h): per area and
/// day the change in orders installed and not cancelled, +1 on the install day and -1 on the
/// cancellation day (or the install day when the order was cancelled before it), and `active`, the
/// running sum of the changes. It also keeps the order's rep, because row-level security shows a
/// lead only their teams' orders: the active installs of an area on day D are the sum, over the
/// reps the reader may see, of `active` on each rep's latest day up to D.
/// Penetration and the bundling outlook read it instead of every order (1.5 s at 716,000 orders).
/// Rebuilds it from the orders; call after linkOrdersAndCancellations.
Result<void> rebuildInstallRollup(PgConnection& conn);

}  // namespace salesops::store::pg
