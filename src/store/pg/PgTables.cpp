// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTables.h"

namespace salesops::store::pg {
namespace {

// The rep and area columns arrive as the interned ids of rep_code and area_code: the writer interns
// the codes itself while it encodes the rows (PgImportWriter::intern), so the upsert needs no join.
// Keys are staged in the "C" collation of the tables' keys: the new rows are sorted in key order by
// byte comparison (the database's default collation sorts through strcoll, several times slower,
// and may order the keys differently from the key's B-tree).
constexpr PgTable kVisit{
    "visit",
    "visit_id text COLLATE \"C\", visited_at bigint, rep bigint, area bigint, "
    "channel smallint, outcome smallint, postcode text, "
    "house_number integer, addition text",
    "visit_id, visited_at, rep, area, channel, outcome, postcode, house_number, addition",
    "SELECT s.visit_id, s.visited_at, s.rep, s.area, s.channel, s.outcome, s.postcode, s.house_number, s.addition "
    "FROM stage s",
    "visit_id",
    "visited_at = excluded.visited_at, rep = excluded.rep, area = excluded.area, channel = excluded.channel, "
    "outcome = excluded.outcome, postcode = excluded.postcode, house_number = excluded.house_number, "
    "addition = excluded.addition",
    "(t.visited_at, t.rep, t.area, t.channel, t.outcome, t.postcode, t.house_number, t.addition) IS DISTINCT FROM "
    "(excluded.visited_at, excluded.rep, excluded.area, excluded.channel, excluded.outcome, excluded.postcode, "
    "excluded.house_number, excluded.addition)"};

constexpr PgTable kOrders{
    "orders",
    "order_id text COLLATE \"C\", ordered_at bigint, rep bigint, area bigint, "
    "channel smallint, visit_id text, postcode text, "
    "house_number integer, addition text, product text, monthly_fee_cents bigint, installed_at bigint, "
    "first_time_right smallint",
    "order_id, ordered_at, rep, area, channel, visit_id, postcode, house_number, addition, product, "
    "monthly_fee_cents, installed_at, first_time_right",
    "SELECT s.order_id, s.ordered_at, s.rep, s.area, s.channel, s.visit_id, s.postcode, s.house_number, s.addition, "
    "s.product, s.monthly_fee_cents, s.installed_at, s.first_time_right FROM stage s",
    "order_id",
    "ordered_at = excluded.ordered_at, rep = excluded.rep, area = excluded.area, channel = excluded.channel, "
    "visit_id = excluded.visit_id, postcode = excluded.postcode, house_number = excluded.house_number, "
    "addition = excluded.addition, product = excluded.product, monthly_fee_cents = excluded.monthly_fee_cents, "
    "installed_at = excluded.installed_at, first_time_right = excluded.first_time_right",
    "(t.ordered_at, t.rep, t.area, t.channel, t.visit_id, t.postcode, t.house_number, t.addition, t.product, "
    "t.monthly_fee_cents, t.installed_at, t.first_time_right) IS DISTINCT FROM (excluded.ordered_at, excluded.rep, "
    "excluded.area, excluded.channel, excluded.visit_id, excluded.postcode, excluded.house_number, "
    "excluded.addition, excluded.product, excluded.monthly_fee_cents, excluded.installed_at, "
    "excluded.first_time_right)"};

constexpr PgTable kCancellation{
    "cancellation",
    "order_id text COLLATE \"C\", cancelled_at bigint, reason smallint, reason_text text",
    "order_id, cancelled_at, reason, reason_text",
    "SELECT s.order_id, s.cancelled_at, s.reason, s.reason_text FROM stage s",
    "order_id",
    "cancelled_at = excluded.cancelled_at, reason = excluded.reason, reason_text = excluded.reason_text",
    "(t.cancelled_at, t.reason, t.reason_text) IS DISTINCT FROM "
    "(excluded.cancelled_at, excluded.reason, excluded.reason_text)"};

constexpr PgTable kRep{
    "rep",
    "rep bigint, name text, team text, active_from bigint, active_to bigint",
    "rep, name, team, active_from, active_to",
    "SELECT s.rep, s.name, s.team, s.active_from, s.active_to FROM stage s",
    "rep",
    "name = excluded.name, team = excluded.team, active_from = excluded.active_from, active_to = excluded.active_to",
    "(t.name, t.team, t.active_from, t.active_to) IS DISTINCT FROM "
    "(excluded.name, excluded.team, excluded.active_from, excluded.active_to)"};

constexpr PgTable kArea{"area",
                        "area bigint, name text, city text, homes_passed bigint, "
                        "bundling_threshold double precision",
                        "area, name, city, homes_passed, bundling_threshold",
                        "SELECT s.area, s.name, s.city, s.homes_passed, s.bundling_threshold FROM stage s",
                        "area",
                        "name = excluded.name, city = excluded.city, homes_passed = excluded.homes_passed, "
                        "bundling_threshold = excluded.bundling_threshold",
                        "(t.name, t.city, t.homes_passed, t.bundling_threshold) IS DISTINCT FROM "
                        "(excluded.name, excluded.city, excluded.homes_passed, excluded.bundling_threshold)"};

constexpr PgTable kTarget{"target",
                          "week text, level smallint, key text, metric text, target double precision",
                          "week, level, key, metric, target",
                          "SELECT s.week, s.level, s.key, s.metric, s.target FROM stage s",
                          "week, level, key, metric",
                          "target = excluded.target",
                          "t.target IS DISTINCT FROM excluded.target"};

}  // namespace

const PgTable& pgTable(FileKind kind) {
  switch (kind) {
    case FileKind::Visits:
      return kVisit;
    case FileKind::Orders:
      return kOrders;
    case FileKind::Cancellations:
      return kCancellation;
    case FileKind::Reps:
      return kRep;
    case FileKind::Areas:
      return kArea;
    case FileKind::Targets:
      break;
  }
  return kTarget;
}

}  // namespace salesops::store::pg
