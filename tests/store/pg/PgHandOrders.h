// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Four orders written with plain SQL (columns of schema version 1 on: they also go into an older
// schema), whose active installs and cohorts a person can count. Days as days since 1970 (day 10
// starts at 864000); rep 1 is R1, rep 2 R2, area 1 A1.
// O1: ordered day 10, installed day 12, never cancelled: active from day 12.
// O2: ordered day 10, installed day 11, cancelled day 14 (reason 2): active on days 11 to 13.
// O3: ordered day 11, cancelled day 11 before its install that day (reason 1): never active.
// O4: ordered day 12, not installed, cancelled day 20 (reason 0).
namespace salesops::pgtest {

inline constexpr const char* kHandOrders = R"sql(
INSERT INTO salesops.rep_code(id, code) VALUES (1, 'R1'), (2, 'R2');
INSERT INTO salesops.area_code(id, code) VALUES (1, 'A1');
INSERT INTO salesops.orders VALUES
  ('O1', 864000, 1, 1, 0, '', '1234AB', 1, '', 'fiber', 4500, 1036800, 1),
  ('O2', 867600, 1, 1, 0, '', '1234AB', 2, '', 'fiber', 3000, 950400, NULL),
  ('O3', 957600, 2, 1, 0, '', '1234AB', 3, '', 'tv', 2000, 959400, 0),
  ('O4', 1036800, 2, 1, 1, '', '1234AB', 4, '', 'tv', 1000, NULL, NULL);
INSERT INTO salesops.cancellation VALUES ('O2', 1209700, 2, ''), ('O3', 958400, 1, ''), ('O4', 1728000, 0, '');
)sql";

}  // namespace salesops::pgtest
