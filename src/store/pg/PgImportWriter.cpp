// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgImportWriter.h"

#include <algorithm>
#include <string_view>

#include "../Log.h"
#include "PgCopyText.h"
#include "PgImportRows.h"
#include "PgInstallRollup.h"
#include "PgTables.h"

namespace salesops::store::pg {
namespace {

// Days and hours of local seconds, floored (not truncated) so times before 1970 land on the right day,
// exactly as the SQLite rollups compute them.
#define SALESOPS_PG_DAY(t) "((" t " - ((" t " % 86400) + 86400) % 86400) / 86400)"
#define SALESOPS_PG_HOUR(t) "(((( " t " % 86400) + 86400) % 86400) / 3600)"

constexpr const char* kLock = "hashtext('salesops.import')";
// The columns of a visit that its rollups count.
constexpr const char* kRolled = "t.visited_at, t.rep, t.area, t.channel, t.outcome";

// "a, b" as "alias.a, alias.b".
std::string qualified(const char* alias, std::string_view columns) {
  std::string out;
  while (!columns.empty()) {
    const size_t comma = columns.find(',');
    std::string_view c = columns.substr(0, comma);
    while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
    out += (out.empty() ? "" : ", ") + std::string(alias) + "." + std::string(c);
    columns = comma == std::string_view::npos ? std::string_view() : columns.substr(comma + 1);
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<PgImportWriter>> PgImportWriter::begin(PgConnection& conn,
                                                              const std::function<void()>& waiting) {
  auto w = std::unique_ptr<PgImportWriter>(new PgImportWriter(conn));
  if (auto r = conn.run("BEGIN", {}, "starting the import"); !r) return r.error();
  w->open_ = true;
  auto got = conn.exec(std::string("SELECT pg_try_advisory_xact_lock(") + kLock + ")", {}, "taking the import lock");
  if (!got) return got.error();
  if (got->text(0, 0) != "t") {
    if (waiting) waiting();
    log().info("{}: waiting for another import to finish", conn.name());
    if (auto r =
            conn.run(std::string("SELECT pg_advisory_xact_lock(") + kLock + ")", {}, "waiting for the import lock");
        !r)
      return r.error();
  }
  return w;
}

PgImportWriter::PgImportWriter(PgConnection& conn) : conn_(conn) {}

PgImportWriter::~PgImportWriter() { rollback(); }

Result<void> PgImportWriter::loadCodes(Codes& codes) {
  auto got = conn_.exec(std::string("SELECT id, code FROM salesops.") + codes.table, {}, "reading the interned codes");
  if (!got) return got.error();
  codes.ids.reserve(static_cast<size_t>(got->rows()));
  for (int i = 0; i < got->rows(); ++i) codes.ids.emplace(std::string(got->text(i, 1)), got->int64(i, 0));
  return {};
}

Result<void> PgImportWriter::intern(Codes& codes, const std::vector<std::string>& fresh) {
  if (fresh.empty()) return {};
  const std::vector<PgParam> p = {textArray(fresh)};
  const std::string table = std::string("salesops.") + codes.table;
  // In the order they appeared, so the identity numbers them as the file does. Only imports and
  // `copy` add codes, both under the import lock, so none of these exists; ON CONFLICT keeps a code
  // someone added by hand since loadCodes, and its id is read back with the others.
  if (auto r = conn_.run("INSERT INTO " + table +
                             "(code) SELECT n.c FROM unnest($1::text[]) WITH ORDINALITY AS n(c, i) ORDER BY n.i "
                             "ON CONFLICT (code) DO NOTHING",
                         p, "adding new codes");
      !r)
    return r;
  auto got = conn_.exec(
      "SELECT t.id, t.code FROM " + table + " t JOIN unnest($1::text[]) AS n(c) ON t.code = n.c COLLATE \"C\"", p,
      "reading the ids of new codes");
  if (!got) return got.error();
  for (int i = 0; i < got->rows(); ++i) codes.ids.emplace(std::string(got->text(i, 1)), got->int64(i, 0));
  for (const std::string& c : fresh)
    if (!codes.ids.contains(c))
      return makeError(std::string("the code ").append(c).append(" was not added to ") + table);
  return {};
}

Result<void> PgImportWriter::internNew(FileKind kind, const ingest::RowBatch& batch) {
  const FreshCodes fresh = freshCodes(kind, batch, reps_.ids, areas_.ids);
  if (fresh.reps.empty() && fresh.areas.empty()) return {};
  // Nothing else can run on the connection during a COPY: end it (its rows stay in the table),
  // and write() starts another into the same table after the codes are in.
  if (copying_)
    if (auto r = endCopy(); !r) return r;
  if (auto r = intern(reps_, fresh.reps); !r) return r;
  return intern(areas_, fresh.areas);
}

Result<void> PgImportWriter::endCopy() {
  copying_ = false;
  auto rows = conn_.endCopy();
  if (!rows) return rows.error();
  staged_ += *rows;
  return {};
}

Result<void> PgImportWriter::startCopy(FileKind kind) {
  const PgTable& t = pgTable(kind);
  // The codes known so far, read once under the import lock: only imports add codes.
  if (kind == FileKind::Visits || kind == FileKind::Orders || kind == FileKind::Reps)
    if (auto r = loadCodes(reps_); !r) return r;
  if (kind == FileKind::Visits || kind == FileKind::Orders || kind == FileKind::Areas)
    if (auto r = loadCodes(areas_); !r) return r;
  // Into an empty table every row is new and nothing can come between (the import lock keeps other
  // writers out; ingest rejects ids that repeat in a file): no row to compare, so no upsert. COPY
  // goes straight into the table, saving the staging table and the INSERT ... SELECT that moves its
  // rows, unless the table's row-level security applies to the user (an ops user; not the owner):
  // COPY FROM refuses such a table, and their rows go through the staging table.
  if (kind == FileKind::Visits || kind == FileKind::Orders) {
    const std::string table = std::string("salesops.") + t.table;
    auto got = conn_.exec("SELECT NOT EXISTS (SELECT FROM " + table + "), NOT row_security_active('" + table +
                              "'), pg_has_role(c.relowner, 'USAGE'), NOT EXISTS (SELECT FROM salesops.visit_rollup) "
                              "AND NOT EXISTS (SELECT FROM salesops.rep_day) FROM pg_class c WHERE c.oid = '" +
                              table + "'::regclass",
                          {}, "looking at the target table");
    if (!got) return got.error();
    empty_ = got->text(0, 0) == "t";
    direct_ = empty_ && got->text(0, 1) == "t";
    // The owner may set the table's indexes aside while the rows go in and build them again before
    // the commit: building the primary key of a million visits from the loaded rows takes 0.25 s,
    // keeping it up to date row by row 0.6 s, and the BRIN index 0.2 s more (docs/team-mode.md).
    // Dropping an index locks the table until the commit, which a reader of the empty table waits
    // for; it then sees the whole import, as it would otherwise.
    if (direct_ && got->text(0, 2) == "t")
      if (auto r = setIndexesAside(table); !r) return r;
    rollupsEmpty_ = direct_ && got->text(0, 3) == "t";
  }
  // Every visit's rollups, counted as the rows go by: they are the rollups to add whenever all of the
  // file's visits turn out to be new.
  if (kind == FileKind::Visits) tally_ = std::make_unique<VisitTally>();
  if (direct_) {
    copySql_ = std::string("COPY salesops.") + t.table + " (" + t.columns + ") FROM STDIN";
  } else {
    if (auto r = conn_.run(std::string("CREATE TEMP TABLE stage (") + t.stage + ") ON COMMIT DROP", {},
                           "creating the staging table");
        !r)
      return r;
    copySql_ = "COPY stage FROM STDIN";
  }
  kind_ = kind;
  return {};
}

Result<void> PgImportWriter::setIndexesAside(const std::string& table) {
  // Each index as the statement that makes it again (a primary key or unique constraint as its
  // constraint, so that it stays one) and the one that drops it; none that a foreign key needs.
  auto got = conn_.exec(
      "SELECT CASE WHEN k.oid IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE 'ALTER TABLE " + table +
          " ADD CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid) END, "
          "CASE WHEN k.oid IS NULL THEN 'DROP INDEX salesops.' || quote_ident(x.relname) ELSE 'ALTER TABLE " +
          table +
          " DROP CONSTRAINT ' || quote_ident(k.conname) END "
          "FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid "
          "LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', "
          "'u') "
          "WHERE i.indrelid = '" +
          table +
          "'::regclass AND NOT EXISTS (SELECT FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = "
          "i.indexrelid)",
      {}, "reading the indexes of the target table");
  if (!got) return got.error();
  std::string drop;
  for (int i = 0; i < got->rows(); ++i) {
    indexesAside_.emplace_back(got->text(i, 0));
    drop.append(got->text(i, 1)).append(";");
  }
  return drop.empty() ? Result<void>{} : conn_.run(drop, {}, "setting the indexes aside during the import");
}

Result<void> PgImportWriter::rebuildIndexes() {
  std::string create;
  for (const std::string& sql : indexesAside_) create.append(sql).append(";");
  indexesAside_.clear();
  return create.empty() ? Result<void>{} : conn_.run(create, {}, "building the indexes of the imported rows");
}

Result<WriteCounts> PgImportWriter::write(FileKind kind, ingest::RowBatch& batch) {
  if (kind_ && *kind_ != kind) return makeError("one import writes one kind of file");
  if (!kind_)
    if (auto r = startCopy(kind); !r) return r.error();
  if (auto r = internNew(kind, batch); !r) return r.error();
  if (!copying_) {
    if (auto r = conn_.beginCopy(copySql_); !r) return r.error();
    copying_ = true;
  }
  buffer_.clear();
  encodeRows(kind, batch, reps_.ids, areas_.ids, tally_.get(), buffer_);
  if (auto r = conn_.putCopyData(buffer_); !r) return r.error();
  return WriteCounts{};
}

Result<WriteCounts> PgImportWriter::finish() {
  if (!kind_) return WriteCounts{};
  if (copying_)
    if (auto r = endCopy(); !r) return r.error();
  if (auto r = rebuildIndexes(); !r) return r.error();
  const FileKind kind = *kind_;
  const PgTable& t = pgTable(kind);
  WriteCounts counts;
  if (empty_) {
    // Every row is new. Staged (an ops user): one plain INSERT, no key to look up, in file order as
    // COPY would have written them.
    if (!direct_)
      if (auto r = conn_.run(std::string("INSERT INTO salesops.") + t.table + " (" + t.columns + ") " + t.select, {},
                             "adding the new rows");
          !r)
        return r.error();
    counts.inserted = staged_;
    changed_ = counts.inserted > 0;
    if (kind == FileKind::Visits && changed_)
      if (auto r = addTalliedRollups(); !r) return r.error();
    if (kind == FileKind::Orders && changed_)
      if (auto r = deriveFromOrders(conn_); !r) return r.error();
    return counts;
  }
  // Temporary tables are never analysed automatically: without statistics the upsert's joins are
  // planned for a handful of rows. The joins are on the key, so only its columns are sampled (half
  // the time of all columns). And the sorts and hashes over a whole file stay in memory with more
  // than the default 4 MB of work_mem (for this transaction only).
  if (auto r = conn_.run("ANALYZE stage (" + std::string(t.conflict) + "); SET LOCAL work_mem = '128MB'", {},
                         "analysing the staged rows");
      !r)
    return r.error();
  // Two set-based statements rather than one INSERT ... ON CONFLICT: its speculative insertion costs
  // about twice a plain insert per row (measured, docs/team-mode.md). The import lock keeps other
  // imports out between them; ingest has rejected ids that repeat within the file.
  const std::string rows = std::string("(") + t.select + ") AS excluded(" + t.columns + ")";
  const std::string sameKey = "(" + qualified("t", t.conflict) + ") = (" + qualified("excluded", t.conflict) + ")";
  const bool visits = kind == FileKind::Visits;
  // First one join of the file with the stored rows counts the keys that exist and the rows that
  // change, so that the statements with nothing to do are left out: a file that changes nothing
  // needs no INSERT (whose NOT EXISTS is a second join as long as the first), one of new rows only
  // no key look-up. For visits the join also keeps the old values of the changing visits
  // (old_visit), which the rollups take off; with the key, so that the UPDATE visits only these
  // rows instead of joining the whole file with the visits again (for a file of a million unchanged
  // visits that join took 9 s).
  std::string match = "SELECT count(*), count(*) FILTER (WHERE " + std::string(t.changed) + ") FROM salesops." +
                      t.table + " t, " + rows + " WHERE " + sameKey;
  if (visits) {
    if (auto r = conn_.run("CREATE TEMP TABLE old_visit ON COMMIT DROP AS SELECT t.visit_id, " + std::string(kRolled) +
                               " FROM salesops.visit t WITH NO DATA; CREATE TEMP TABLE new_visit ON COMMIT DROP AS "
                               "SELECT " +
                               kRolled + " FROM salesops.visit t WITH NO DATA",
                           {}, "finding the visits that change");
        !r)
      return r.error();
    match = "WITH j AS (SELECT t.visit_id, " + std::string(kRolled) + ", " + t.changed + " AS changes FROM salesops." +
            t.table + " t, " + rows + " WHERE " + sameKey +
            "), o AS (INSERT INTO old_visit SELECT visit_id, visited_at, rep, area, channel, outcome FROM j "
            "WHERE changes) SELECT count(*), count(*) FILTER (WHERE changes) FROM j";
  }
  auto matched = conn_.exec(match, {}, "finding the rows that change");
  if (!matched) return matched.error();
  const int64_t existing = matched->int64(0, 0), changing = matched->int64(0, 1);
  if (changing > 0) {
    std::string update = std::string("UPDATE salesops.") + t.table + " AS t SET " + t.assign + " FROM " + rows +
                         " WHERE " + sameKey + " AND " + t.changed;
    if (visits)
      update = "WITH up AS (" + update + " AND excluded.visit_id IN (SELECT visit_id FROM old_visit) RETURNING " +
               kRolled + ") INSERT INTO new_visit SELECT * FROM up";
    if (visits)
      if (auto r = conn_.run("ANALYZE old_visit", {}, "finding the visits that change"); !r) return r.error();
    auto updated = conn_.exec(update, {}, "updating the changed rows");
    if (!updated) return updated.error();
    counts.updated = updated->affected();
  }
  // Only new rows: their rollups were counted by the writer (as into an empty table).
  const bool allNew = existing == 0 && tally_ != nullptr;
  if (existing < staged_) {
    // New rows in key order: the key's B-tree then takes them page after page.
    std::string insert =
        std::string("INSERT INTO salesops.") + t.table + " AS t (" + t.columns + ") SELECT * FROM " + rows +
        (existing == 0
             ? std::string()
             : " WHERE NOT EXISTS (SELECT FROM salesops." + std::string(t.table) + " t WHERE " + sameKey + ")") +
        " ORDER BY " + qualified("excluded", t.conflict);
    if (visits && !allNew)
      insert = "WITH ins AS (" + insert + " RETURNING " + kRolled + ") INSERT INTO new_visit SELECT * FROM ins";
    auto inserted = conn_.exec(insert, {}, "adding the new rows");
    if (!inserted) return inserted.error();
    counts.inserted = inserted->affected();
  }
  counts.unchanged = staged_ - counts.inserted - counts.updated;
  changed_ = counts.inserted + counts.updated > 0;
  if (visits && changed_)
    if (auto r = allNew ? addTalliedRollups() : updateVisitRollups(counts.updated > 0); !r) return r.error();
  if ((kind == FileKind::Orders || kind == FileKind::Cancellations) && changed_)
    if (auto r = deriveFromOrders(conn_); !r) return r.error();
  return counts;
}

namespace {

// Adding counts to visit_rollup (aliased r) and widening rep_day (aliased d) by the row proposed.
constexpr const char* kAddCounts =
    " ON CONFLICT (day, hour, rep, area, channel) DO UPDATE SET "
    "visits = r.visits + excluded.visits, not_home = r.not_home + excluded.not_home, "
    "no_interest = r.no_interest + excluded.no_interest, "
    "already_customer = r.already_customer + excluded.already_customer, "
    "contract_lock_in = r.contract_lock_in + excluded.contract_lock_in, "
    "callback = r.callback + excluded.callback, quote = r.quote + excluded.quote, sale = r.sale + excluded.sale";
constexpr const char* kWidenDays =
    " ON CONFLICT (day, rep) DO UPDATE SET first_at = least(d.first_at, excluded.first_at), "
    "last_at = greatest(d.last_at, excluded.last_at)";

// visit_rollup holds counts: adds those of `changes` (rows of sign, visited_at, rep, area, channel,
// outcome; sign -1 takes a visit's old values off), in one GROUP BY.
std::string addRollupCounts(std::string_view changes) {
  return "INSERT INTO salesops.visit_rollup AS r SELECT " SALESOPS_PG_DAY("v.visited_at") ", " SALESOPS_PG_HOUR(
             "v.visited_at") ", v.rep, v.area, v.channel, sum(v.sign), "
                             "sum(CASE WHEN v.outcome = 0 THEN v.sign ELSE 0 END), "
                             "sum(CASE WHEN v.outcome = 1 THEN v.sign ELSE 0 END), "
                             "sum(CASE WHEN v.outcome = 2 THEN v.sign ELSE 0 END), "
                             "sum(CASE WHEN v.outcome = 3 THEN v.sign ELSE 0 END), "
                             "sum(CASE WHEN v.outcome = 4 THEN v.sign ELSE 0 END), "
                             "sum(CASE WHEN v.outcome = 5 THEN v.sign ELSE 0 END), "
                             "sum(CASE WHEN v.outcome = 6 THEN v.sign ELSE 0 END) FROM (" +
         std::string(changes) + ") v GROUP BY 1, 2, 3, 4, 5" + kAddCounts;
}

// rep_day holds first and last times: widens them by the visits of `added` (visited_at, rep).
std::string widenRepDays(std::string_view added) {
  return "INSERT INTO salesops.rep_day AS d SELECT " SALESOPS_PG_DAY(
             "visited_at") ", rep, min(visited_at), max(visited_at) FROM " +
         std::string(added) + " GROUP BY 1, 2" + kWidenDays;
}

}  // namespace

Result<void> PgImportWriter::updateVisitRollups(bool anyChanged) {
  // Only new visits (nothing changed, old_visit is empty): add them. Leaving out the subtraction's
  // statements matters: with no rep-day left, the re-read below still scanned every visit.
  if (!anyChanged)
    return conn_.run(addRollupCounts("SELECT 1 AS sign, * FROM new_visit") + ";" + widenRepDays("new_visit"), {},
                     "updating the visit rollups");
  // Add the new visits, subtract the old values of changed ones, and drop the groups that reach
  // zero (as a rebuild would not have them).
  const std::string counts = addRollupCounts(
                                 "SELECT 1 AS sign, * FROM new_visit UNION ALL "
                                 "SELECT -1, visited_at, rep, area, channel, outcome FROM old_visit") +
                             "; DELETE FROM salesops.visit_rollup WHERE visits = 0 AND day IN (SELECT " SALESOPS_PG_DAY(
                                 "visited_at") " FROM old_visit)";
  // First and last times cannot be subtracted: the rep-days a changed visit left are read again
  // from the visits (few), then the new visits widen theirs.
  constexpr const char* kLeftDays =
      "CREATE TEMP TABLE left_day ON COMMIT DROP AS "
      "SELECT DISTINCT " SALESOPS_PG_DAY("visited_at") " AS day, rep FROM old_visit;"
      "DELETE FROM salesops.rep_day d USING left_day l WHERE d.day = l.day AND d.rep = l.rep;"
      "INSERT INTO salesops.rep_day "
      "SELECT " SALESOPS_PG_DAY("v.visited_at") ", v.rep, min(v.visited_at), max(v.visited_at) "
      "FROM salesops.visit v WHERE v.visited_at >= (SELECT min(day) FROM left_day) * 86400 "
      "AND v.visited_at < ((SELECT max(day) FROM left_day) + 1) * 86400 "
      "AND (" SALESOPS_PG_DAY("v.visited_at") ", v.rep) IN (SELECT day, rep FROM left_day) GROUP BY 1, 2";
  return conn_.run(counts + ";" + kLeftDays + ";" + widenRepDays("new_visit"), {}, "updating the visit rollups");
}

Result<void> PgImportWriter::addTalliedRollups() {
  // Added to what the rollups hold, exactly as updateVisitRollups adds the new visits; when they hold
  // nothing yet and the rows went straight into the visits, the counts go straight in too.
  const bool direct = rollupsEmpty_;
  if (!direct)
    if (auto r = conn_.run("CREATE TEMP TABLE new_rollup (day integer, hour integer, rep bigint, area bigint, "
                           "channel smallint, visits bigint, not_home bigint, no_interest bigint, "
                           "already_customer bigint, contract_lock_in bigint, callback bigint, quote bigint, "
                           "sale bigint) ON COMMIT DROP; CREATE TEMP TABLE new_rep_day (day integer, rep bigint, "
                           "first_at bigint, last_at bigint) ON COMMIT DROP",
                           {}, "counting the visit rollups");
        !r)
      return r;
  buffer_.clear();
  CopyLine l(buffer_);
  const std::string rollup = direct ? "salesops.visit_rollup" : "new_rollup";
  const std::string repDay = direct ? "salesops.rep_day" : "new_rep_day";
  for (const auto& [g, c] : tally_->counts) {
    l.num(g.day).num(g.hour).num(g.rep).num(g.area).num(g.channel);
    for (int64_t n : c) l.num(n);
    l.end();
  }
  if (auto r = conn_.beginCopy("COPY " + rollup + " FROM STDIN"); !r) return r;
  if (auto r = conn_.putCopyData(buffer_); !r) return r;
  if (auto r = conn_.endCopy(); !r) return r.error();
  buffer_.clear();
  for (const auto& [d, t] : tally_->days) l.num(d.day).num(d.rep).num(t.first).num(t.second).end();
  if (auto r = conn_.beginCopy("COPY " + repDay + " FROM STDIN"); !r) return r;
  if (auto r = conn_.putCopyData(buffer_); !r) return r;
  if (auto r = conn_.endCopy(); !r) return r.error();
  if (direct) return {};
  return conn_.run(std::string("INSERT INTO salesops.visit_rollup AS r SELECT * FROM new_rollup") + kAddCounts +
                       "; INSERT INTO salesops.rep_day AS d SELECT * FROM new_rep_day" + kWidenDays,
                   {}, "adding the visit rollups");
}

Result<void> PgImportWriter::commit(const ImportLogEntry* e) {
  if (copying_) return makeError("the import was not finished");
  auto gen = conn_.exec(changed_ ? "UPDATE salesops.meta SET value = value + 1 WHERE key = 'generation' RETURNING value"
                                 : "SELECT value FROM salesops.meta WHERE key = 'generation'",
                        {}, "counting the data generation");
  if (!gen) return gen.error();
  if (e) {
    const std::vector<PgParam> p = {e->fileName,
                                    std::to_string(e->fileSize),
                                    e->contentHash,
                                    std::string(toString(e->kind)),
                                    std::to_string(e->importedAt),
                                    std::to_string(e->inserted),
                                    std::to_string(e->updated),
                                    std::to_string(e->unchanged),
                                    std::to_string(e->rejected),
                                    std::string(e->strict ? "true" : "false"),
                                    e->options,
                                    std::string(gen->text(0, 0)),
                                    e->source};
    if (auto r = conn_.run("INSERT INTO salesops.import_log(file_name, file_size, content_hash, kind, imported_at, "
                           "inserted, updated, unchanged, rejected, strict, options, generation, source) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                           p, "recording the import");
        !r)
      return r;
  }
  if (auto r = conn_.run("COMMIT", {}, "committing the import"); !r) {
    open_ = false;
    return r;
  }
  open_ = false;
  return {};
}

void PgImportWriter::rollback() {
  if (!open_) return;
  if (copying_) {
    PQputCopyEnd(conn_.handle(), "import cancelled");
    while (PGresult* r = PQgetResult(conn_.handle())) PQclear(r);
    copying_ = false;
  }
  (void)conn_.run("ROLLBACK");
  open_ = false;
}

}  // namespace salesops::store::pg
