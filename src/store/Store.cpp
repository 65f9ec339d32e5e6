// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/Store.h"

#include <cstring>
#include <filesystem>
#include <fstream>

#include "Log.h"
#include "Schema.h"
#include "Sqlite.h"

namespace salesops::store {
namespace fs = std::filesystem;
namespace {

constexpr int kBusyTimeoutMs = 15000;

struct Inspection {
  bool empty = true;  ///< no file, a 0-byte file, or an SQLite file with nothing in it
  int version = 0;
};

// Looks at an existing file without writing to it: the magic bytes first, so a file that is not
// SQLite at all never reaches SQLite, then application_id and user_version read-only.
Result<Inspection> inspect(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Inspection{};
  if (fs::is_directory(path, ec)) return makeError(path + " is a folder, not a store file");
  const auto size = fs::file_size(path, ec);
  if (ec) return makeError("cannot read " + path + ": " + ec.message());
  if (size == 0) return Inspection{};
  unsigned char header[100] = {};
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cannot read " + path);
  in.read(reinterpret_cast<char*>(header), sizeof header);
  if (in.gcount() < 16 || std::memcmp(header, "SQLite format 3", 16) != 0)
    return makeError(path + " is not a SalesOps store (not an SQLite database); it was left untouched");
  if (size < 512) return makeError(path + " is damaged (truncated to " + std::to_string(size) + " bytes)");
  // A store cut short (a copy that stopped halfway) still opens: SQLite reads the missing pages as
  // zeros and fails only on the queries that reach them, perhaps halfway through an import. The
  // header holds the size of the file as last written whole (valid when its change counter matches);
  // a WAL with frames may hold a newer state, so without one only.
  const auto bigEndian = [&](size_t at, size_t bytes) {
    uint64_t v = 0;
    for (size_t i = 0; i < bytes; ++i) v = v << 8 | header[at + i];
    return v;
  };
  const uint64_t pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
  const uint64_t wholeSize = bigEndian(28, 4) * pageSize;
  const bool sizeKnown = in.gcount() == 100 && bigEndian(28, 4) > 0 && bigEndian(24, 4) == bigEndian(92, 4);
  const bool walHasFrames = fs::exists(path + "-wal", ec) && fs::file_size(path + "-wal", ec) > 32;
  if (sizeKnown && !walHasFrames && size < wholeSize)
    return makeError(path + " is damaged (truncated: " + std::to_string(size) + " of " + std::to_string(wholeSize) +
                     " bytes); it was left untouched");

  auto db = Db::open(path, SQLITE_OPEN_READONLY);
  if (!db) return db.error();
  Stmt probe = db->prepare("SELECT count(*) FROM sqlite_master");
  if (!probe.valid() || probe.step() != SQLITE_ROW)
    return makeError(path + " is damaged or not a database: " + db->error() + "; it was left untouched");
  const int64_t objects = probe.int64(0);
  const int64_t appId = db->scalar("PRAGMA application_id", -1);
  const int64_t version = db->scalar("PRAGMA user_version", -1);
  if (appId == 0 && version == 0 && objects == 0) return Inspection{};
  if (appId != kApplicationId)
    return makeError(path + " is an SQLite database of another program, not a SalesOps store; it was left untouched");
  if (version > kSchemaVersion)
    return makeError(path + " was written by a newer SalesOps (store version " + std::to_string(version) +
                     ", this program reads up to " + std::to_string(kSchemaVersion) + "); it was left untouched");
  if (version < 1) return makeError(path + " is an incomplete SalesOps store (no schema version)");
  return Inspection{false, static_cast<int>(version)};
}

std::string backupName(const std::string& path, int version) {
  std::string candidate = path + ".v" + std::to_string(version) + ".bak";
  for (int n = 2; fs::exists(candidate); ++n)
    candidate = path + ".v" + std::to_string(version) + "." + std::to_string(n) + ".bak";
  return candidate;
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<Db> db, bool readOnly)
    : path_(std::move(path)), db_(std::move(db)), readOnly_(readOnly) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string& path, OpenMode mode) {
  auto found = inspect(path);
  if (!found) return found.error();
  const bool readOnly = mode == OpenMode::ReadOnly;
  if (readOnly && found->empty) return makeError("no SalesOps store at " + path);
  if (readOnly && found->version < kSchemaVersion)
    return makeError(path + " needs an upgrade to store version " + std::to_string(kSchemaVersion) +
                     "; open it once with write access");

  auto opened = Db::open(path, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!opened) return opened.error();
  auto db = std::make_unique<Db>(std::move(opened.value()));
  if (!readOnly && sqlite3_db_readonly(db->handle(), "main") == 1)
    return makeError(path + " is read-only: cannot write to it (open it read-only or fix its permissions)");
  sqlite3_busy_timeout(db->handle(), kBusyTimeoutMs);

  // WAL lets readers (the window) go on while an import writes. synchronous=NORMAL in WAL mode never
  // corrupts and never loses a commit on a process crash; only a power cut may drop the last commits.
  if (!readOnly) {
    if (auto r = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !r)
      return makeError("cannot open " + path + ": " + r.error().message);
  }
  if (auto r = db->exec("PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY;"); !r)
    return makeError("cannot open " + path + ": " + r.error().message);

  auto store = std::unique_ptr<Store>(new Store(path, std::move(db), readOnly));
  const int from = found->empty ? 0 : found->version;
  if (from < kSchemaVersion) {
    if (from > 0) {
      store->backupPath_ = backupName(path, from);
      Stmt vacuum = store->db_->prepare("VACUUM INTO ?1");
      vacuum.bind(1, std::string_view(store->backupPath_));
      if (!vacuum.run())
        return makeError("cannot back up " + path + " before upgrading it: " + store->db_->error() +
                         "; the store was left untouched");
      log().info("backed up store version {} to {}", from, store->backupPath_);
    }
    if (auto r = store->db_->exec("BEGIN IMMEDIATE"); !r) return makeError("cannot upgrade " + path + ": " + r.error().message);
    if (auto r = migrate(*store->db_, from); !r) {
      (void)store->db_->exec("ROLLBACK");
      return makeError(path + ": " + r.error().message + "; the store was left as it was");
    }
    if (auto r = store->db_->exec("COMMIT"); !r) {
      (void)store->db_->exec("ROLLBACK");
      return makeError("cannot upgrade " + path + ": " + r.error().message);
    }
    if (from > 0) log().info("upgraded store {} from version {} to {}", path, from, kSchemaVersion);
  }
  return store;
}

int Store::schemaVersion() const { return static_cast<int>(db_->scalar("PRAGMA user_version")); }

TableCounts Store::counts() const {
  TableCounts c;
  c.visits = db_->scalar("SELECT count(*) FROM visit");
  c.orders = db_->scalar("SELECT count(*) FROM orders");
  c.cancellations = db_->scalar("SELECT count(*) FROM cancellation");
  c.reps = db_->scalar("SELECT count(*) FROM rep");
  c.areas = db_->scalar("SELECT count(*) FROM area");
  c.targets = db_->scalar("SELECT count(*) FROM target");
  return c;
}

namespace {

constexpr const char* kLogColumns =
    "SELECT id, file_name, file_size, content_hash, kind, imported_at, inserted, updated, unchanged, rejected, "
    "strict, options, generation FROM import_log ";

ImportLogEntry readLogEntry(const Stmt& s) {
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
    return e;
}

}  // namespace

std::vector<ImportLogEntry> Store::importLog() const {
  std::vector<ImportLogEntry> out;
  Stmt s = db_->prepare(std::string(kLogColumns) + "ORDER BY id");
  while (s.step() == SQLITE_ROW) out.push_back(readLogEntry(s));
  return out;
}

int64_t Store::generation() const { return db_->scalar("SELECT value FROM meta WHERE key = 'generation'"); }

std::optional<ImportLogEntry> Store::unchangedSinceImport(const std::string& contentHash, int64_t fileSize,
                                                          FileKind kind, const std::string& options) const {
  Stmt s = db_->prepare(std::string(kLogColumns) +
                        "WHERE content_hash = ?1 AND file_size = ?2 AND kind = ?3 AND options = ?4 AND rejected = 0 "
                        "AND generation = (SELECT value FROM meta WHERE key = 'generation') ORDER BY id DESC LIMIT 1");
  s.bind(1, std::string_view(contentHash)).bind(2, fileSize).bind(3, toString(kind))
      .bind(4, std::string_view(options));
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return readLogEntry(s);
}

std::string Store::integrityCheck() const {
  Stmt s = db_->prepare("PRAGMA integrity_check");
  std::string out;
  while (s.step() == SQLITE_ROW) {
    if (!out.empty()) out += '\n';
    out += s.text(0);
  }
  return out.empty() ? db_->error() : out;
}

}  // namespace salesops::store
