// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include <string>

#include "InstallRollup.h"

namespace salesops::store {
namespace {

// Version 1: the imported data and the import log.
// Rows are compact (integer keys for rep and area, enums as integers, times as local seconds) because
// the import writes hundreds of thousands of them per second. Text ids are the primary keys of
// WITHOUT ROWID tables, so one B-tree serves both the upsert look-up and the row itself. Visits have
// no index on time: it would be a second B-tree insert per visit (it made the import 45% slower);
// queries by date use the rollups and the day zones of version 2 instead.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE rep_code(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE area_code(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE rep(
  rep INTEGER PRIMARY KEY REFERENCES rep_code(id),
  name TEXT NOT NULL, team TEXT NOT NULL, active_from INTEGER, active_to INTEGER);
CREATE TABLE area(
  area INTEGER PRIMARY KEY REFERENCES area_code(id),
  name TEXT NOT NULL, city TEXT NOT NULL, homes_passed INTEGER NOT NULL, bundling_threshold REAL);
CREATE TABLE visit(
  visit_id TEXT PRIMARY KEY,
  visited_at INTEGER NOT NULL,
  rep INTEGER NOT NULL, area INTEGER NOT NULL, channel INTEGER NOT NULL, outcome INTEGER NOT NULL,
  postcode TEXT NOT NULL, house_number INTEGER NOT NULL, addition TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE orders(
  order_id TEXT PRIMARY KEY,
  ordered_at INTEGER NOT NULL,
  rep INTEGER NOT NULL, area INTEGER NOT NULL, channel INTEGER NOT NULL,
  visit_id TEXT NOT NULL, postcode TEXT NOT NULL, house_number INTEGER NOT NULL, addition TEXT NOT NULL,
  product TEXT NOT NULL, monthly_fee_cents INTEGER, installed_at INTEGER, first_time_right INTEGER
) WITHOUT ROWID;
CREATE INDEX orders_by_time ON orders(ordered_at);
CREATE TABLE cancellation(
  order_id TEXT PRIMARY KEY,
  cancelled_at INTEGER NOT NULL, reason INTEGER NOT NULL, reason_text TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE target(
  week TEXT NOT NULL, level INTEGER NOT NULL, key TEXT NOT NULL, metric TEXT NOT NULL, target REAL NOT NULL,
  PRIMARY KEY(week, level, key, metric)
) WITHOUT ROWID;
CREATE TABLE import_log(
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL, file_size INTEGER NOT NULL, content_hash TEXT NOT NULL, kind TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  inserted INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL, rejected INTEGER NOT NULL,
  strict INTEGER NOT NULL,
  options TEXT NOT NULL,        -- what else shaped the rows: the user's column mapping
  generation INTEGER NOT NULL   -- meta.generation right after this import
);
CREATE INDEX import_log_by_hash ON import_log(content_hash);
-- generation counts the commits that changed any data: equal generations mean equal data.
CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO meta VALUES('generation', 0);
)sql";

// Version 2: daily rollups of visits, kept by the import in the same transaction, so dashboard
// queries read thousands of rollup rows instead of scanning millions of visits. Outcomes are kept
// one column each so every visit KPI (contacts, pitches, quotes) is derived in one place, the engine.
// Days and hours are floored (not truncated) so times before 1970 land on the right day, as in C++.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE visit_rollup(
  day INTEGER NOT NULL, hour INTEGER NOT NULL, rep INTEGER NOT NULL, area INTEGER NOT NULL,
  channel INTEGER NOT NULL,
  visits INTEGER NOT NULL,
  not_home INTEGER NOT NULL, no_interest INTEGER NOT NULL, already_customer INTEGER NOT NULL,
  contract_lock_in INTEGER NOT NULL, callback INTEGER NOT NULL, quote INTEGER NOT NULL, sale INTEGER NOT NULL,
  PRIMARY KEY(day, hour, rep, area, channel)
) WITHOUT ROWID;
CREATE TABLE rep_day(
  day INTEGER NOT NULL, rep INTEGER NOT NULL, first_at INTEGER NOT NULL, last_at INTEGER NOT NULL,
  PRIMARY KEY(day, rep)
) WITHOUT ROWID;
-- For each day, a range of visit ids that holds every visit of that day (a block-range index, as
-- PostgreSQL's BRIN): exports number visits in time order, so a day's visits are one short run of
-- the visit table and a date range is read as an id range. Ranges only widen; a visit that moves to
-- another day leaves a range that is too wide, never too narrow.
CREATE TABLE visit_zone(day INTEGER PRIMARY KEY, first_id TEXT NOT NULL, last_id TEXT NOT NULL);
INSERT INTO visit_rollup
  SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400,
         (((visited_at % 86400) + 86400) % 86400) / 3600, rep, area, channel, count(*),
         sum(outcome = 0), sum(outcome = 1), sum(outcome = 2), sum(outcome = 3), sum(outcome = 4),
         sum(outcome = 5), sum(outcome = 6)
  FROM visit GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rep_day
  SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, rep, min(visited_at), max(visited_at)
  FROM visit GROUP BY 1, 2;
INSERT INTO visit_zone
  SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, min(visit_id), max(visit_id)
  FROM visit GROUP BY 1;
-- Each order's cancellation (date and reason) on the order itself, kept by the import in the same
-- transaction (see InstallRollup.h), and an index that covers every column the KPI engine and the
-- dashboard read, so a date range of orders is one index range scan with no per-order look-ups.
ALTER TABLE orders ADD COLUMN cancelled_at INTEGER;
ALTER TABLE orders ADD COLUMN cancel_reason INTEGER;
)sql" SALESOPS_SYNC_ORDER_CANCELLATIONS R"sql(;
DROP INDEX orders_by_time;
CREATE INDEX orders_by_time ON orders(
  ordered_at, rep, area, channel, monthly_fee_cents, installed_at, first_time_right, cancelled_at, cancel_reason,
  product);
-- Active installs per area and day, for penetration (see InstallRollup.h).
CREATE TABLE install_rollup(
  area INTEGER NOT NULL, day INTEGER NOT NULL, delta INTEGER NOT NULL, active INTEGER NOT NULL,
  PRIMARY KEY(area, day)
) WITHOUT ROWID;
INSERT INTO install_rollup )sql" SALESOPS_INSTALL_ROLLUP_SELECT ";";

// Version 3: where each import came from (the import command, the window, a watched folder), so
// the Imports page can say how a file arrived. Imports recorded before say nothing ('').
constexpr const char* kVersion3 = R"sql(
ALTER TABLE import_log ADD COLUMN source TEXT NOT NULL DEFAULT '';
)sql";

constexpr const char* kSteps[] = {kVersion1, kVersion2, kVersion3};
static_assert(std::size(kSteps) == kSchemaVersion);

}  // namespace

Result<void> migrateTo(Db& db, int fromVersion, int toVersion) {
  for (int v = fromVersion; v < toVersion; ++v) {
    if (auto r = db.exec(kSteps[v]); !r)
      return makeError("schema upgrade to version " + std::to_string(v + 1) + " failed: " + r.error().message);
  }
  return db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                 "; PRAGMA user_version = " + std::to_string(toVersion) + ";");
}

Result<void> migrate(Db& db, int fromVersion) { return migrateTo(db, fromVersion, kSchemaVersion); }

}  // namespace salesops::store
