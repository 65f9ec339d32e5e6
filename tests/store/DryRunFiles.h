// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two order files of the dry-run tests, on SQLite (DryRunTest.cpp) and on the team store
// (pg/PgDryRunTest.cpp).

#include <string>

namespace salesops::store::testing {

inline const std::string kInstalled =
    "order_id,ordered_at,rep_id,area,product,monthly_fee,installed_at\n"
    "O1,2026-11-02 10:00,R001,UTR-01,glas,42.50,2026-11-16 09:30\n"
    "O2,2026-11-02 11:00,R001,UTR-01,glas,42.50,2026-11-17 13:00\n"
    "O3,2026-11-03 12:00,R002,UTR-01,glas,39.00,\n";
// An older export: O1 and O2 still pending, O2 at the old price, O3 as it was, O4 new, one bad row.
inline const std::string kOlder =
    "order_id,ordered_at,rep_id,area,product,monthly_fee,installed_at\n"
    "O1,2026-11-02 10:00,R001,UTR-01,glas,42.50,\n"
    "O2,2026-11-02 11:00,R001,UTR-01,glas,45.00,\n"
    "O3,2026-11-03 12:00,R002,UTR-01,glas,39.00,\n"
    "O4,2026-11-04 12:00,R002,UTR-01,glas,39.00,\n"
    "O5,2026-11-31 12:00,R002,UTR-01,glas,39.00,\n";

}  // namespace salesops::store::testing
