// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/pg/PgStore.h"

#include "../Log.h"
#include "PgConnection.h"
#include "PgImportLog.h"
#include "PgImportWriter.h"
#include "PgSchema.h"

namespace salesops::store {

PgStore::PgStore(std::unique_ptr<pg::PgConnection> conn) : conn_(std::move(conn)) {}
PgStore::~PgStore() = default;

const std::string& PgStore::name() const { return conn_->name(); }

Result<std::unique_ptr<PgStore>> PgStore::open(const std::string& conninfo, OpenMode mode) {
  auto conn = pg::PgConnection::connect(conninfo);
  if (!conn) return conn.error();
  auto store = std::unique_ptr<PgStore>(new PgStore(std::move(*conn)));
  pg::PgConnection& c = *store->conn_;
  auto version = pg::readSchemaVersion(c);
  if (!version) return version.error();
  if (*version > pg::kPgSchemaVersion)
    return makeError(c.name() + ": the SalesOps schema on the server is version " + std::to_string(*version) +
                     ", newer than this program knows (" + std::to_string(pg::kPgSchemaVersion) +
                     "); nothing was changed. Upgrade SalesOps");
  if (*version == 0 && mode != OpenMode::Create)
    return makeError("no SalesOps store at " + c.name() +
                     " (an empty database: set it up with `salesops-cli --db URL server init`)");
  if (*version < pg::kPgSchemaVersion) {
    if (mode == OpenMode::ReadOnly)
      return makeError(c.name() + ": the SalesOps schema on the server is version " + std::to_string(*version) +
                       ", older than this program's " + std::to_string(pg::kPgSchemaVersion) +
                       "; an ops user must upgrade it first (`salesops-cli --db URL server init`)");
    // One transaction, under a lock so that two programs upgrading at once do it once.
    if (auto r = c.run("BEGIN; SELECT pg_advisory_xact_lock(hashtext('salesops.migrate'))"); !r) return r.error();
    auto again = pg::readSchemaVersion(c);
    Result<void> migrated = again ? pg::migratePg(c, *again) : Result<void>(again.error());
    if (!migrated) {
      (void)c.run("ROLLBACK");
      return makeError(migrated.error().message + "; nothing was changed");
    }
    if (auto r = c.run("COMMIT", {}, "committing the schema upgrade"); !r) return r.error();
    log().info("team server {}: schema upgraded from version {} to {}", c.name(), *again, pg::kPgSchemaVersion);
  }
  store->schemaVersion_ = pg::kPgSchemaVersion;
  store->foundVersion_ = *version;
  if (auto r = store->readAccess(); !r) return r.error();
  if (store->role_ == ServerRole::None)
    return makeError(store->user_ + " has no SalesOps role on " + c.name() +
                     ": ask the store's owner for `salesops-cli --db URL server grant " + store->user_ + " ...`");
  return store;
}

Result<void> PgStore::readAccess() {
  auto who = conn_->exec(
      "SELECT current_user, "
      "  pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'salesops'), 'USAGE'), "
      "  pg_has_role(current_user, 'salesops_ops', 'USAGE'), pg_has_role(current_user, 'salesops_lead', 'USAGE')",
      {}, "reading who is signed in");
  if (!who) return who.error();
  user_ = std::string(who->text(0, 0));
  role_ = who->text(0, 1) == "t"   ? ServerRole::Owner
          : who->text(0, 2) == "t" ? ServerRole::Ops
          : who->text(0, 3) == "t" ? ServerRole::Lead
                                   : ServerRole::None;
  teams_.clear();
  if (role_ != ServerRole::Lead) return {};
  auto teams = conn_->exec("SELECT team FROM salesops.team_access WHERE username = current_user ORDER BY team", {},
                           "reading the user's teams");
  if (!teams) return teams.error();
  for (int i = 0; i < teams->rows(); ++i) teams_.emplace_back(teams->text(i, 0));
  return {};
}

std::string PgStore::signedInAs() const {
  switch (role_) {
    case ServerRole::Owner:
      return user_ + " (owner: all teams)";
    case ServerRole::Ops:
      return user_ + " (ops: all teams)";
    case ServerRole::Lead: {
      std::string list;
      for (const std::string& t : teams_) list += (list.empty() ? "" : ", ") + t;
      return user_ + " (lead: " + (list.empty() ? "no teams" : list) + ")";
    }
    case ServerRole::None:
      break;
  }
  return user_ + " (no access: ask an ops user for `server grant`)";
}

Result<TableCounts> PgStore::counts() {
  auto r = conn_->exec(
      "SELECT (SELECT count(*) FROM salesops.visit), (SELECT count(*) FROM salesops.orders), "
      "(SELECT count(*) FROM salesops.cancellation), (SELECT count(*) FROM salesops.rep), "
      "(SELECT count(*) FROM salesops.area), (SELECT count(*) FROM salesops.target)",
      {}, "counting rows");
  if (!r) return r.error();
  return TableCounts{r->int64(0, 0), r->int64(0, 1), r->int64(0, 2), r->int64(0, 3), r->int64(0, 4), r->int64(0, 5)};
}

namespace {
// The latest import a file could be unchanged since ($1: its content hash, or NULL for any content),
// as on SQLite (Store.cpp).
constexpr const char* kUnchangedSince =
    "SELECT " SALESOPS_PG_IMPORT_LOG_COLUMNS
    " FROM salesops.import_log "
    "WHERE ($1::text IS NULL OR content_hash = $1) AND file_size = $2 AND kind = $3 AND options = $4 "
    "AND rejected = 0 AND generation = (SELECT value FROM salesops.meta WHERE key = 'generation') "
    "ORDER BY id DESC LIMIT 1";
}  // namespace

// The latest import of exactly this content ($1: its hash, or NULL for any content), whatever its kind
// or options, as Store::importOfContent on SQLite: a watched folder imports each content once.
constexpr const char* kImportOfContent =
    "SELECT " SALESOPS_PG_IMPORT_LOG_COLUMNS
    " FROM salesops.import_log "
    "WHERE ($1::text IS NULL OR content_hash = $1) AND file_size = $2 ORDER BY id DESC LIMIT 1";

std::optional<ImportLogEntry> PgStore::unchangedSinceImport(const std::string& contentHash, int64_t fileSize,
                                                            FileKind kind, const std::string& options) const {
  auto r = conn_->exec(kUnchangedSince, {contentHash, std::to_string(fileSize), std::string(toString(kind)), options});
  if (!r || r->rows() == 0) return std::nullopt;
  return pg::importLogEntry(*r, 0);
}

std::optional<ImportLogEntry> PgStore::importOfContent(const std::string& contentHash, int64_t fileSize) const {
  auto r = conn_->exec(kImportOfContent, {contentHash, std::to_string(fileSize)});
  if (!r || r->rows() == 0) return std::nullopt;
  return pg::importLogEntry(*r, 0);
}

bool PgStore::mayHaveImported(int64_t fileSize) const {
  auto r = conn_->exec(kImportOfContent, {std::nullopt, std::to_string(fileSize)});
  return r && r->rows() > 0;
}

bool PgStore::mayBeUnchanged(int64_t fileSize, FileKind kind, const std::string& options) const {
  auto r = conn_->exec(kUnchangedSince, {std::nullopt, std::to_string(fileSize), std::string(toString(kind)), options});
  return r && r->rows() > 0;
}

Result<std::unique_ptr<ImportWriter>> PgStore::beginImport(const std::function<void()>& waiting) {
  if (role_ == ServerRole::Lead)
    return makeError(user_ + " is a team lead on " + name() + " (read only): only ops users import");
  auto w = pg::PgImportWriter::begin(*conn_, waiting);
  if (!w) return w.error();
  return std::unique_ptr<ImportWriter>(std::move(*w));
}

}  // namespace salesops::store
