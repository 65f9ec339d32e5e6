// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteReader.h"

#include "InstallRollup.h"
#include "KpiSql.h"
#include "SqliteQualitySource.h"

namespace salesops::store {
namespace {

int32_t floorDiv(int64_t a, int64_t b) { return static_cast<int32_t>((a - ((a % b) + b) % b) / b); }

// The orders of a slice: one range scan of the covering index orders_by_time (the cancellation is
// copied onto the order).
constexpr const char* kOrderRows =
    "SELECT o.ordered_at, o.rep, o.area, o.channel, o.monthly_fee_cents, o.installed_at, o.first_time_right, "
    "o.cancelled_at, {PRODUCT} FROM orders o INDEXED BY orders_by_time "
    "WHERE o.ordered_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("o");

// The zone clause reads a date range as one short run of visit ids (visits have no time index).
constexpr const char* kZoneAddressRows =
    "SELECT visited_at, rep, area, postcode, house_number, addition FROM visit v "
    "WHERE visit_id BETWEEN (SELECT min(first_id) FROM visit_zone WHERE day BETWEEN ?1 AND ?2) "
    "AND (SELECT max(last_id) FROM visit_zone WHERE day BETWEEN ?1 AND ?2) "
    "AND visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND channel = 0 AND " SALESOPS_FILTERS("v");

std::optional<int64_t> nullableInt(const Stmt& s, int i) {
  return s.isNull(i) ? std::nullopt : std::optional<int64_t>(s.int64(i));
}

}  // namespace

Result<void> eachAddress(Stmt& s, const std::function<void(const VisitAddress&)>& each) {
  VisitAddress a;
  while (s.step() == SQLITE_ROW) {
    const int64_t at = s.int64(0);
    a.day = floorDiv(at, 86400);
    a.hour = static_cast<int32_t>((at - static_cast<int64_t>(a.day) * 86400) / 3600);
    a.rep = s.int64(1);
    a.area = s.int64(2);
    a.postcode = s.text(3);
    a.houseNumber = s.int32(4);
    a.addition = s.text(5);
    each(a);
  }
  if (!s.done()) return makeError("reading the visited addresses failed: " + s.error());
  return {};
}

Result<void> needsSqliteFile(const Store& store, std::string_view what) {
  if (!store.onServer()) return {};
  return makeError(store.path() + ": " + std::string(what) + " works on a SQLite store only so far");
}

const char* const kImportLogSelect =
    "SELECT id, file_name, file_size, content_hash, kind, imported_at, inserted, updated, unchanged, rejected, "
    "strict, options, generation, source FROM import_log ";

ImportLogEntry readImportLogEntry(const Stmt& s) {
  ImportLogEntry e;
  e.id = s.int64(0);
  e.fileName = s.text(1);
  e.fileSize = s.int64(2);
  e.contentHash = s.text(3);
  e.kind = fromString<FileKind>(s.text(4)).value_or(FileKind::Visits);
  e.importedAt = s.int64(5);
  e.inserted = s.int64(6);
  e.updated = s.int64(7);
  e.unchanged = s.int64(8);
  e.rejected = s.int64(9);
  e.strict = s.int64(10) != 0;
  e.options = s.text(11);
  e.generation = s.int64(12);
  e.source = s.text(13);
  return e;
}

Result<std::vector<RepInfo>> SqliteReader::reps() {
  Stmt s =
      db_.prepare("SELECT c.id, c.code, r.team, ifnull(r.name, '') FROM rep_code c LEFT JOIN rep r ON r.rep = c.id");
  std::vector<RepInfo> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), std::string(s.text(1)),
                   s.isNull(2) ? std::nullopt : std::optional<std::string>(s.text(2)), std::string(s.text(3))});
  if (!s.done()) return makeError("reading the reps failed: " + s.error());
  return out;
}

Result<std::vector<AreaInfo>> SqliteReader::areas() {
  Stmt s = db_.prepare(
      "SELECT c.id, c.code, a.city, ifnull(a.homes_passed, 0), a.bundling_threshold, ifnull(a.name, '') "
      "FROM area_code c LEFT JOIN area a ON a.area = c.id");
  std::vector<AreaInfo> out;
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), std::string(s.text(1)),
                   s.isNull(2) ? std::nullopt : std::optional<std::string>(s.text(2)), s.int64(3),
                   s.isNull(4) ? std::nullopt : std::optional<double>(s.real(4)), std::string(s.text(5))});
  if (!s.done()) return makeError("reading the areas failed: " + s.error());
  return out;
}

Result<std::vector<RepDaySpan>> SqliteReader::repDays(int32_t fromDay, int32_t toDay) {
  Stmt s = db_.prepare("SELECT day, rep, last_at - first_at + 300 FROM rep_day WHERE day BETWEEN ?1 AND ?2");
  s.bind(1, static_cast<int64_t>(fromDay)).bind(2, static_cast<int64_t>(toDay));
  std::vector<RepDaySpan> out;
  while (s.step() == SQLITE_ROW) out.push_back({s.int32(0), s.int64(1), s.int64(2)});
  if (!s.done()) return makeError("reading the visits failed: " + s.error());
  return out;
}

Result<std::vector<VisitRollupRow>> SqliteReader::visitRollup(int32_t fromDay, int32_t toDay) {
  Stmt s = db_.prepare(
      "SELECT day, hour, rep, area, channel, visits, not_home, no_interest, callback, quote, sale, already_customer, "
      "contract_lock_in FROM visit_rollup WHERE day BETWEEN ?1 AND ?2");
  s.bind(1, static_cast<int64_t>(fromDay)).bind(2, static_cast<int64_t>(toDay));
  std::vector<VisitRollupRow> out;
  while (s.step() == SQLITE_ROW) {
    VisitRollupRow r{s.int32(0), s.int32(1), s.int64(2), s.int64(3), s.int32(4)};
    for (int i = 0; i < 8; ++i) r.counts[i] = s.int64(5 + i);
    out.push_back(r);
  }
  if (!s.done()) return makeError("reading the visits failed: " + s.error());
  return out;
}

Result<void> SqliteReader::orders(const FactQuery& q, bool withProduct, const std::function<void(OrderRow&&)>& each) {
  std::string sql(kOrderRows);
  sql.replace(sql.find("{PRODUCT}"), 9, withProduct ? "o.product" : "''");
  Stmt s = db_.prepare(sql);
  const FilterJson f(q);
  f.bind(s, q);
  while (s.step() == SQLITE_ROW)
    each({s.int64(0), s.int64(1), s.int64(2), s.int32(3), nullableInt(s, 4), nullableInt(s, 5), nullableInt(s, 6),
          nullableInt(s, 7), std::string(s.text(8))});
  if (!s.done()) return makeError("reading the orders failed: " + s.error());
  return {};
}

Result<void> SqliteReader::d2dAddresses(const FactQuery& q, const std::function<void(const VisitAddress&)>& each) {
  Stmt s = db_.prepare(kZoneAddressRows);
  const FilterJson f(q);
  f.bind(s, q);
  return eachAddress(s, each);
}

Result<std::vector<PostcodeFacts>> SqliteReader::postcodes(const FactQuery& q, int32_t asOfDay, int chars) {
  return sqlitePostcodes(db_, q, asOfDay, chars, false);
}

// The running sum kept with each change: the last row on or before each day, one seek per area and day.
Result<std::vector<ActiveInstalls>> SqliteReader::activeInstalls(const std::vector<int32_t>& days,
                                                                 const std::optional<std::vector<int64_t>>& areas) {
  std::vector<ActiveInstalls> out;
  std::vector<int64_t> ids;
  if (areas) {
    ids = *areas;
  } else {
    Stmt all = db_.prepare("SELECT id FROM area_code");
    while (all.step() == SQLITE_ROW) ids.push_back(all.int64(0));
    if (!all.done()) return makeError("reading the installs failed: " + all.error());
  }
  Stmt at = db_.prepare("SELECT active FROM install_rollup WHERE area = ?1 AND day <= ?2 ORDER BY day DESC LIMIT 1");
  for (int32_t d : days)
    for (int64_t area : ids) {
      at.bind(1, area).bind(2, static_cast<int64_t>(d));
      const int rc = at.step();
      if (rc == SQLITE_ROW) out.push_back({d, area, at.int64(0)});
      at.reset();
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return makeError("reading the installs failed: " + db_.error());
    }
  return out;
}

Result<std::vector<CohortCount>> SqliteReader::cohortOrders(const FactQuery& q, int32_t asOfDay) {
  // The cancellation as copied onto its order, so this is one range scan of the covering index.
  // A cancellation after as-of is not known yet: the order counts as not cancelled.
  Stmt s = db_.prepare(
      "SELECT " SALESOPS_DAY_OF("o.ordered_at") ", "
      "CASE WHEN o.cancelled_at < (?6 + 1) * 86400 THEN " SALESOPS_DAY_OF("o.cancelled_at") " END, "
      "CASE WHEN o.cancelled_at < (?6 + 1) * 86400 THEN ifnull(o.cancel_reason, -1) ELSE -1 END, "
      "o.rep, count(*) FROM orders o INDEXED BY orders_by_time "
      "WHERE o.ordered_at >= ?1 * 86400 AND o.ordered_at < (?2 + 1) * 86400 AND " SALESOPS_FILTERS("o")
      " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
  if (!s.valid()) return makeError("cannot read order cohorts: " + db_.error());
  const FilterJson filters(q);
  filters.bind(s, q);
  s.bind(6, static_cast<int64_t>(asOfDay));
  std::vector<CohortCount> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW)
    out.push_back({s.int32(0), s.isNull(1) ? std::nullopt : std::optional<int32_t>(s.int32(1)), s.int32(2), s.int64(3),
                   s.int64(4)});
  if (rc != SQLITE_DONE) return makeError("cannot read order cohorts: " + db_.error());
  return out;
}

Result<std::vector<StoredTarget>> SqliteReader::targets(IsoWeek first, IsoWeek last) {
  // Weeks are stored as `2026-W05` (fixed width, zero-padded), so text order is week order.
  Stmt s = db_.prepare(
      "SELECT week, level, key, metric, target FROM target WHERE week BETWEEN ?1 AND ?2 "
      "ORDER BY week, level, key, metric");
  const std::string from = first.toString(), to = last.toString();
  s.bind(1, std::string_view(from)).bind(2, std::string_view(to));
  std::vector<StoredTarget> out;
  while (s.step() == SQLITE_ROW) {
    auto target = storedTarget(s.text(0), s.int32(1), std::string(s.text(2)), std::string(s.text(3)), s.real(4));
    if (!target) return target.error();
    out.push_back(std::move(*target));
  }
  if (!s.done()) return makeError("reading the targets failed: " + s.error());
  return out;
}

Result<std::optional<int64_t>> SqliteReader::latestAt(LatestOf what, int32_t untilDay) {
  // rep_day keeps each rep-day's last visit (see VisitRollup.h): a range of its primary key, not a
  // scan of the visits; orders_by_time leads with ordered_at: one step down the index.
  Stmt s = db_.prepare(what == LatestOf::Visit ? "SELECT max(last_at) FROM rep_day WHERE day <= ?1"
                       : what == LatestOf::Order
                           ? "SELECT max(ordered_at) FROM orders WHERE ordered_at < (?1 + 1) * 86400"
                           : "SELECT max(cancelled_at) FROM cancellation WHERE cancelled_at < (?1 + 1) * 86400");
  if (!s.valid()) return makeError(db_.error());
  s.bind(1, static_cast<int64_t>(untilDay));
  if (s.step() != SQLITE_ROW) return makeError(db_.error());
  return nullableInt(s, 0);
}

Result<std::map<int32_t, std::vector<std::string>>> SqliteReader::repsByDay(int32_t fromDay, int32_t toDay) {
  Stmt s = db_.prepare(
      "SELECT d.day, c.code FROM rep_day d JOIN rep_code c ON c.id = d.rep WHERE d.day BETWEEN ?1 AND ?2 "
      "ORDER BY d.day, c.code");
  if (!s.valid()) return makeError("cannot read the reps' visit days: " + db_.error());
  s.bind(1, static_cast<int64_t>(fromDay)).bind(2, static_cast<int64_t>(toDay));
  std::map<int32_t, std::vector<std::string>> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) out[static_cast<int32_t>(s.int64(0))].emplace_back(s.text(1));
  if (rc != SQLITE_DONE) return makeError("cannot read the reps' visit days: " + db_.error());
  return out;
}

std::vector<ImportLogEntry> SqliteReader::importLog() {
  std::vector<ImportLogEntry> out;
  Stmt s = db_.prepare(std::string(kImportLogSelect) + "ORDER BY id");
  while (s.step() == SQLITE_ROW) out.push_back(readImportLogEntry(s));
  return out;
}

int64_t SqliteReader::generation() { return db_.scalar("SELECT value FROM meta WHERE key = 'generation'"); }

TableCounts SqliteReader::counts() {
  TableCounts c;
  c.visits = db_.scalar("SELECT count(*) FROM visit");
  c.orders = db_.scalar("SELECT count(*) FROM orders");
  c.cancellations = db_.scalar("SELECT count(*) FROM cancellation");
  c.reps = db_.scalar("SELECT count(*) FROM rep");
  c.areas = db_.scalar("SELECT count(*) FROM area");
  c.targets = db_.scalar("SELECT count(*) FROM target");
  return c;
}

Result<std::unique_ptr<QualitySource>> SqliteReader::qualitySource() { return sqliteQualitySource(db_, *this); }

Result<bool> SqliteReader::beginSnapshot() {
  if (sqlite3_get_autocommit(db_.handle()) == 0) return false;
  // WAL: the read snapshot starts at the first read and holds until COMMIT.
  if (auto r = db_.exec("BEGIN"); !r) return r.error();
  return true;
}

void SqliteReader::endSnapshot() {
  // Should COMMIT fail (a statement still running), ROLLBACK ends the read transaction anyway, so
  // that the next write on this connection can begin its own.
  if (!db_.exec("COMMIT")) (void)db_.exec("ROLLBACK");
}

}  // namespace salesops::store
