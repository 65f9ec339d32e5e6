// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/pg/StoreCopy.h"

#include <charconv>
#include <cstdlib>

#include "../InstallRollup.h"
#include "../Sqlite.h"
#include "PgConnection.h"
#include "PgCopyText.h"
#include "PgInstallRollup.h"

namespace salesops::store {
namespace {

using pg::CopyLine;
using pg::PgConnection;

// The tables both stores hold with the same columns and encodings (see pg/PgSchema.cpp), codes
// before the tables that refer to them. Each column's type: i integer, r real, t text, b boolean
// (an integer 0/1 on SQLite). The install rollups differ (the server's keeps the rep, for row-level
// security) and the SQLite store's other derived data (visit_zone, the cancellation on each order)
// has no counterpart on the server: each end derives them after a copy, as its import does.
struct CopyTable {
  const char* name;
  const char* columns;
  const char* types;
};
constexpr CopyTable kTables[] = {
    {"rep_code", "id, code", "it"},
    {"area_code", "id, code", "it"},
    {"rep", "rep, name, team, active_from, active_to", "ittii"},
    {"area", "area, name, city, homes_passed, bundling_threshold", "ittir"},
    {"visit", "visit_id, visited_at, rep, area, channel, outcome, postcode, house_number, addition", "tiiiiitit"},
    {"orders",
     "order_id, ordered_at, rep, area, channel, visit_id, postcode, house_number, addition, product, "
     "monthly_fee_cents, installed_at, first_time_right",
     "tiiiittittiii"},
    {"cancellation", "order_id, cancelled_at, reason, reason_text", "tiit"},
    {"target", "week, level, key, metric, target", "tittr"},
    {"import_log",
     "id, file_name, file_size, content_hash, kind, imported_at, inserted, updated, unchanged, rejected, strict, "
     "options, generation, source",
     "itittiiiiibtit"},
    {"meta", "key, value", "ti"},
    {"visit_rollup",
     "day, hour, rep, area, channel, visits, not_home, no_interest, already_customer, contract_lock_in, callback, "
     "quote, sale",
     "iiiiiiiiiiiii"},
    {"rep_day", "day, rep, first_at, last_at", "iiii"},
};
// Identity columns on the server, whose sequences must continue after the copied ids.
constexpr const char* kIdentities[] = {"rep_code", "area_code", "import_log"};
// Rows sent to the server per COPY message.
constexpr size_t kCopyChunk = 1 << 20;

class Progress {
 public:
  Progress(const CopyProgress& report, uint64_t total) : report_(report), total_(total) {}
  void add(uint64_t rows) {
    done_ += rows;
    if (report_) report_(done_, total_);
  }

 private:
  const CopyProgress& report_;
  uint64_t total_;
  uint64_t done_ = 0;
};

Result<void> refuseLead(PgStore& s, const char* what) {
  if (s.role() == ServerRole::Owner || s.role() == ServerRole::Ops) return {};
  return makeError(s.user() + " may not copy " + what + " " + s.name() +
                   ": a copy needs an ops user or the store's owner (a lead sees only their teams' rows)");
}

// A copy writes the tables with COPY and sets the id sequences after it; the server allows both to
// the tables' owner only (COPY FROM is refused on a table with row-level security to anyone else).
Result<void> refuseAllButOwner(PgStore& s) {
  if (s.role() == ServerRole::Owner) return {};
  return makeError(s.user() + " may not copy a store into " + s.name() +
                   ": only the store's owner (who ran `server init`) can; an ops user may copy it out");
}

// The meta table always holds its rows (the generation); every other table must be empty.
std::string nonEmptyQuery(const std::string& prefix) {
  std::string q = "SELECT ''";
  for (const CopyTable& t : kTables) {
    if (std::string_view(t.name) == "meta") continue;
    q += std::string(" || CASE WHEN EXISTS (SELECT 1 FROM ") + prefix + t.name + ") THEN '" + t.name + " ' ELSE '' END";
  }
  return q;
}

Result<void> refuseNonEmpty(std::string tables, const std::string& name) {
  if (tables.empty()) return {};
  tables.pop_back();
  return makeError(name + " is not empty (it holds rows in " + tables +
                   "); copy writes only into an empty store: choose a new file or an empty database");
}

Result<uint64_t> sqliteTotal(Db& db) {
  uint64_t total = 0;
  for (const CopyTable& t : kTables) {
    Stmt s = db.prepare(std::string("SELECT count(*) FROM ") + t.name);
    if (s.step() != SQLITE_ROW) return makeError("cannot count the rows of " + std::string(t.name) + ": " + s.error());
    total += static_cast<uint64_t>(s.int64(0));
  }
  return total;
}

Result<int64_t> sendTable(Db& from, PgConnection& to, const CopyTable& t, Progress& progress) {
  Stmt s = from.prepare(std::string("SELECT ") + t.columns + " FROM " + t.name);
  if (!s.valid()) return makeError("cannot read " + std::string(t.name) + ": " + from.error());
  if (auto r = to.beginCopy(std::string("COPY salesops.") + t.name + " (" + t.columns + ") FROM STDIN"); !r)
    return r.error();
  const std::string_view types = t.types;
  std::string buffer;
  CopyLine line(buffer);
  int64_t rows = 0, sent = 0;
  while (s.step() == SQLITE_ROW) {
    for (size_t c = 0; c < types.size(); ++c) {
      const int col = static_cast<int>(c);
      if (s.isNull(col)) {
        line.null();
        continue;
      }
      switch (types[c]) {
        case 'i':
          line.num(s.int64(col));
          break;
        case 'r':
          line.real(s.real(col));
          break;
        case 'b':
          line.text(s.int64(col) != 0 ? "t" : "f");
          break;
        default:
          line.text(s.text(col));
      }
    }
    line.end();
    ++rows;
    if (buffer.size() >= kCopyChunk) {
      if (auto r = to.putCopyData(buffer); !r) return r.error();
      buffer.clear();
      progress.add(static_cast<uint64_t>(rows - sent));
      sent = rows;
    }
  }
  if (!s.done()) {
    (void)to.endCopy();
    return makeError("cannot read " + std::string(t.name) + ": " + s.error());
  }
  if (auto r = to.putCopyData(buffer); !r) return r.error();
  if (auto r = to.endCopy(); !r) return r.error();
  progress.add(static_cast<uint64_t>(rows - sent));
  return rows;
}

Result<CopiedRows> copyAllToServer(Db& from, PgConnection& to, const std::string& targetName,
                                   const CopyProgress& report) {
  auto busy = to.exec(nonEmptyQuery("salesops."), {}, "looking at the target");
  if (!busy) return busy.error();
  if (auto r = refuseNonEmpty(std::string(busy->text(0, 0)), targetName); !r) return r.error();
  auto total = sqliteTotal(from);
  if (!total) return total.error();
  Progress progress(report, *total);
  if (auto r = to.run("DELETE FROM salesops.meta", {}, "clearing the new store's generation"); !r) return r.error();
  CopiedRows copied;
  for (const CopyTable& t : kTables) {
    auto rows = sendTable(from, to, t, progress);
    if (!rows) return makeError("copying " + std::string(t.name) + ": " + rows.error().message);
    copied.emplace_back(t.name, *rows);
  }
  for (const char* table : kIdentities) {
    const std::string t = std::string("salesops.") + table;
    std::string sql = "SELECT setval(pg_get_serial_sequence('";
    sql.append(t).append("', 'id'), coalesce(max(id), 0) + 1, false) FROM ").append(t);
    if (auto r = to.run(sql, {}, "continuing the ids"); !r) return r.error();
  }
  if (auto r = pg::deriveFromOrders(to); !r) return r.error();
  return copied;
}

// Binds one field of COPY's text format to `s` as the column's type on SQLite.
void bindField(Stmt& s, int i, char type, const std::optional<std::string>& f) {
  if (!f) {
    s.bindNull(i);
    return;
  }
  switch (type) {
    case 'i': {
      int64_t v = 0;
      std::from_chars(f->data(), f->data() + f->size(), v);
      s.bind(i, v);
      break;
    }
    case 'r':
      s.bind(i, std::strtod(f->c_str(), nullptr));
      break;
    case 'b':
      s.bind(i, int64_t{*f == "t" ? 1 : 0});
      break;
    default:
      s.bind(i, std::string_view(*f));
  }
}

Result<int64_t> receiveTable(PgConnection& from, Db& to, const CopyTable& t, Progress& progress) {
  const std::string_view types = t.types;
  std::string placeholders;
  for (size_t i = 0; i < types.size(); ++i) placeholders += i ? ", ?" : "?";
  Stmt insert = to.prepare(std::string("INSERT INTO ") + t.name + " (" + t.columns + ") VALUES (" + placeholders + ")");
  if (!insert.valid()) return makeError("cannot write " + std::string(t.name) + ": " + to.error());
  int64_t rows = 0;
  auto r = from.copyOut(std::string("COPY (SELECT ") + t.columns + " FROM salesops." + t.name + ") TO STDOUT",
                        [&](std::string_view line) -> Result<void> {
                          const auto fields = pg::splitCopyLine(line);
                          if (fields.size() != types.size())
                            return makeError("the server sent " + std::to_string(fields.size()) + " columns, not " +
                                             std::to_string(types.size()));
                          for (size_t i = 0; i < fields.size(); ++i)
                            bindField(insert, static_cast<int>(i + 1), types[i], fields[i]);
                          const bool ok = insert.step() == SQLITE_DONE;
                          insert.reset();
                          if (!ok) return makeError(to.failure());
                          if (++rows % 8192 == 0) progress.add(8192);
                          return {};
                        });
  if (!r) return r.error();
  progress.add(static_cast<uint64_t>(rows % 8192));
  return rows;
}

Result<CopiedRows> copyAllFromServer(PgConnection& from, Db& to, const std::string& targetName,
                                     const CopyProgress& report) {
  Stmt busy = to.prepare(nonEmptyQuery(""));
  if (busy.step() != SQLITE_ROW) return makeError("cannot look at " + targetName + ": " + busy.error());
  if (auto r = refuseNonEmpty(std::string(busy.text(0)), targetName); !r) return r.error();
  std::string sum = "SELECT 0";
  for (const CopyTable& t : kTables) sum += std::string(" + (SELECT count(*) FROM salesops.") + t.name + ")";
  auto total = from.exec(sum, {}, "counting the rows to copy");
  if (!total) return total.error();
  Progress progress(report, static_cast<uint64_t>(total->int64(0, 0)));
  if (auto r = to.exec("DELETE FROM meta"); !r) return r.error();
  CopiedRows copied;
  for (const CopyTable& t : kTables) {
    auto rows = receiveTable(from, to, t, progress);
    if (!rows) return makeError("copying " + std::string(t.name) + ": " + rows.error().message);
    copied.emplace_back(t.name, *rows);
  }
  // What only the SQLite store keeps, derived from the copied rows as its import keeps it.
  if (auto r = syncOrderCancellations(to); !r) return r.error();
  if (auto r = rebuildInstallRollup(to); !r) return r.error();
  if (auto r = to.exec("INSERT INTO visit_zone SELECT (visited_at - ((visited_at % 86400) + 86400) % 86400) / 86400, "
                       "min(visit_id), max(visit_id) FROM visit GROUP BY 1");
      !r)
    return r.error();
  return copied;
}

}  // namespace

Result<CopiedRows> copyToServer(Store& from, PgStore& to, const CopyProgress& progress) {
  if (auto r = refuseAllButOwner(to); !r) return r.error();
  PgConnection& conn = to.connection();
  Db& db = from.db();
  // A read transaction: one snapshot of the source even while an import writes it.
  if (auto r = db.exec("BEGIN"); !r) return makeError("cannot read " + from.path() + ": " + r.error().message);
  if (auto r = conn.run("BEGIN; SELECT pg_advisory_xact_lock(hashtext('salesops.import'))", {}, "starting the copy");
      !r) {
    (void)db.exec("ROLLBACK");
    return r.error();
  }
  auto copied = copyAllToServer(db, conn, to.name(), progress);
  (void)db.exec("ROLLBACK");
  if (!copied) {
    (void)conn.run("ROLLBACK");
    return makeError(copied.error().message + "; nothing was copied");
  }
  if (auto r = conn.run("COMMIT", {}, "committing the copy"); !r) return r.error();
  return copied;
}

Result<CopiedRows> copyFromServer(PgStore& from, Store& to, const CopyProgress& progress) {
  if (auto r = refuseLead(from, "out of"); !r) return r.error();
  if (to.readOnly()) return makeError(to.path() + ": the store is read-only (" + to.readOnlyReason() + ")");
  PgConnection& conn = from.connection();
  Db& db = to.db();
  if (auto r = conn.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", {}, "starting the copy"); !r)
    return r.error();
  if (auto r = db.exec("BEGIN IMMEDIATE"); !r) {
    (void)conn.run("ROLLBACK");
    return makeError("cannot write " + to.path() + ": " + r.error().message);
  }
  auto copied = copyAllFromServer(conn, db, to.path(), progress);
  (void)conn.run("ROLLBACK");
  if (!copied) {
    (void)db.exec("ROLLBACK");
    return makeError(copied.error().message + "; nothing was copied");
  }
  if (auto r = db.exec("COMMIT"); !r)
    return makeError("cannot commit the copy into " + to.path() + ": " + db.failure());
  return copied;
}

}  // namespace salesops::store
