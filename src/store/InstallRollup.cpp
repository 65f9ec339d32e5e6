// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstallRollup.h"

namespace salesops::store {

Result<void> syncOrderCancellations(Db& db) {
  if (auto r = db.exec(SALESOPS_SYNC_ORDER_CANCELLATIONS); !r)
    return makeError("copying the cancellations to their orders failed: " + r.error().message);
  return {};
}

Result<void> rebuildInstallRollup(Db& db) {
  if (auto r = db.exec("DELETE FROM install_rollup; INSERT INTO install_rollup " SALESOPS_INSTALL_ROLLUP_SELECT); !r)
    return makeError("updating the install rollup failed: " + r.error().message);
  return {};
}

}  // namespace salesops::store
