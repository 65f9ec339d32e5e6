// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"

namespace salesops::store::pg {

/// Rebuilds salesops.install_rollup from the orders and cancellations; call inside the transaction
/// that changed either (the import, the schema upgrade that adds the table, a copy onto the server).
///
/// The server's counterpart of the SQLite store's install_rollup (../InstallRollup.h): per area and
/// day the change in orders installed and not cancelled, +1 on the install day and -1 on the
/// cancellation day (or the install day when the order was cancelled before it). It also keeps the
/// order's rep, because row-level security shows a lead only their teams' orders: the active
/// installs of an area on day D are the sum of its deltas up to D over the rows the reader may see.
/// Penetration and the bundling outlook read it instead of every order (1.5 s at 716,000 orders).
Result<void> rebuildInstallRollup(PgConnection& conn);

}  // namespace salesops::store::pg
