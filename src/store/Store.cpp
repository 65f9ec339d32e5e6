// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/Store.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/statvfs.h>
#include <thread>
#include <unistd.h>

#include "Log.h"
#include "Schema.h"
#include "Sqlite.h"
#include "SqliteReader.h"

#include "salesops/store/ConnectionString.h"
#include "salesops/store/StoreFiles.h"
#include "salesops/store/StoreReader.h"
#include "salesops/store/StoreWriter.h"
#ifdef SALESOPS_WITH_POSTGRESQL
#include "pg/PgReader.h"
#endif

namespace salesops::store {
namespace fs = std::filesystem;
namespace {

constexpr int kBusyTimeoutMs = 15000;

struct Inspection {
  bool empty = true;  ///< no file, a 0-byte file, or an SQLite file with nothing in it
  int version = 0;
};

// Why a file with this application_id and user_version is not a store this build may open; empty when
// it may (0 and 0: a new file, or another program's: the caller decides from its contents).
std::string refusal(const std::string& path, int64_t appId, int64_t version) {
  if (appId == 0 && version == 0) return {};
  if (appId != kApplicationId)
    return path + " is an SQLite database of another program, not a SalesOps store; it was left untouched";
  if (version > kSchemaVersion)
    return path + " was written by a newer SalesOps (store version " + std::to_string(version) +
           ", this program reads up to " + std::to_string(kSchemaVersion) + "); it was left untouched";
  if (version < 1) return path + " is an incomplete SalesOps store (no schema version)";
  return {};
}

// Percent-encodes what a file: URI gives a meaning to, so any file name opens as itself.
std::string fileUri(const std::string& path, const char* query) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[static_cast<unsigned char>(c) >> 4];
      uri += kHex[static_cast<unsigned char>(c) & 15];
    } else {
      uri += c;
    }
  }
  return uri + "?" + query;
}

// The schema can be read: SQLite has opened the store's write-ahead log, if any, as it must to read.
int probe(const Db& db) {
  Stmt s = db.prepare("SELECT count(*) FROM sqlite_master");
  return s.valid() && s.step() == SQLITE_ROW ? SQLITE_OK : db.code();
}

// Reading a store in WAL mode needs its -shm index, which SQLite creates next to it. In a read-only
// folder or mount, or on a full disk, it cannot: then, if no -wal holds commits, the main file is the
// whole store and no one is writing it (a writer keeps its -wal while connected), so it is read
// immutable: without the index and without locks. With a -wal of commits it cannot be read safely.
Result<Db> openForReading(const std::string& path, bool walHoldsCommits) {
  int code = SQLITE_OK;
  auto db = Db::open(path, SQLITE_OPEN_READONLY, &code);
  // A reader can meet a lock for a moment while another program's import restarts the WAL or
  // checkpoints it: it waits as a writer does instead of calling the store unreadable.
  if (db) {
    sqlite3_busy_timeout(db->handle(), kBusyTimeoutMs);
    code = probe(*db);
  }
  if (code == SQLITE_OK) return db;
  if (!isWriteRefusal(code) || walHoldsCommits) {
    const std::string why = db ? db->failure() : db.error().message;
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT)
      return makeError(path + " is damaged or not a database: " + (db ? db->error() : why) + "; it was left untouched");
    return makeError("cannot read " + path + ": " + why + "; it was left untouched");
  }
  auto immutable = Db::open(fileUri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &code);
  if (immutable && probe(*immutable) == SQLITE_OK) return immutable;
  const std::string why = immutable ? immutable->failure() : immutable.error().message;
  return makeError("cannot read " + path + ": " + why + "; it was left untouched");
}

bool walHasFrames(const std::string& path) {
  std::error_code ec;
  return fs::exists(path + "-wal", ec) && fs::file_size(path + "-wal", ec) > 32;
}

// Looks at an existing file without writing to it: the magic bytes first, so a file that is not
// SQLite at all never reaches SQLite, then application_id and user_version from the header, so a
// store to refuse is refused before SQLite opens it (even reading leaves -wal and -shm files behind).
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
  const bool wholeHeader = in.gcount() == 100;
  const bool sizeKnown = wholeHeader && bigEndian(28, 4) > 0 && bigEndian(24, 4) == bigEndian(92, 4);
  const bool framesInWal = walHasFrames(path);
  if (sizeKnown && !framesInWal && size < wholeSize)
    return makeError(path + " is damaged (truncated: " + std::to_string(size) + " of " + std::to_string(wholeSize) +
                     " bytes); it was left untouched");
  // user_version and application_id at offsets 60 and 68 are what the pragmas read, unless a newer
  // page 1 waits in the WAL.
  if (wholeHeader && !framesInWal) {
    if (auto why = refusal(path, static_cast<int64_t>(bigEndian(68, 4)), static_cast<int64_t>(bigEndian(60, 4)));
        !why.empty())
      return makeError(why);
  }

  auto db = openForReading(path, framesInWal);
  if (!db) return db.error();
  const int64_t objects = db->scalar("SELECT count(*) FROM sqlite_master", -1);
  const int64_t appId = db->scalar("PRAGMA application_id", -1);
  const int64_t version = db->scalar("PRAGMA user_version", -1);
  if (appId == 0 && version == 0) {
    if (objects == 0) return Inspection{};
    return makeError(refusal(path, -1, 0));
  }
  if (auto why = refusal(path, appId, version); !why.empty()) return makeError(why);
  return Inspection{false, static_cast<int>(version)};
}

// Removes a store file and its -wal, -shm and -journal when it goes out of scope, unless kept. Declared
// before the connection that writes them, so the connection is closed first.
class FilesRemovedUnlessKept {
 public:
  explicit FilesRemovedUnlessKept(std::string path) : path_(std::move(path)) {}
  FilesRemovedUnlessKept(const FilesRemovedUnlessKept&) = delete;
  FilesRemovedUnlessKept& operator=(const FilesRemovedUnlessKept&) = delete;
  ~FilesRemovedUnlessKept() {
    if (path_.empty()) return;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path_ + suffix, ec);
  }
  void keep() { path_.clear(); }

 private:
  std::string path_;
};

// Makes the empty file a new store starts as, so that this call knows the file is its own (O_EXCL:
// not one another program created a moment ago) and may remove it if the store cannot be finished.
// The system's own reason is kept: SQLite, whose create falls back to a read-only open, reports a
// folder without write access as "no such file". False when the file exists after all (made by another
// program since it was looked for).
Result<bool> createEmptyFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd >= 0) {
    ::close(fd);
    return true;
  }
  const int error = errno;
  if (error == EEXIST) return false;
  const std::string folder = fs::absolute(fs::path(path)).parent_path().string();
  std::string why;
  if (error == ENOENT)
    why = "the folder " + folder + " does not exist";
  else if (error == ENOTDIR)
    why = folder + " is not a folder";
  else if (error == EACCES || error == EPERM)
    why = "no write access to the folder " + folder;
  else
    why = describeFailure(SQLITE_CANTOPEN, error, std::strerror(error));
  return makeError("cannot create a store at " + path + ": " + why);
}

std::string backupName(const std::string& path, int version) {
  std::string candidate = path + ".v" + std::to_string(version) + ".bak";
  for (int n = 2; fs::exists(candidate); ++n)
    candidate = path + ".v" + std::to_string(version) + "." + std::to_string(n) + ".bak";
  return candidate;
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<Db> db, bool readOnly)
    : path_(std::move(path)), db_(std::move(db)), reader_(std::make_unique<SqliteReader>(*db_)), readOnly_(readOnly) {}

Store::Store(std::string name, std::unique_ptr<StoreReader> server)
    : path_(std::move(name)),
      reader_(std::move(server)),
      readOnly_(true),
      readOnlyReason_("a team server: import with `salesops-cli --db URL import`") {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string& path, OpenMode mode) {
  if (isServerConnection(path)) return openServer(path, mode);
  auto found = inspect(path);
  // The size check reads the file's length and its header at two moments: another program's
  // checkpoint in between (it grows the file and rewrites the header) looks like a truncated store.
  // A store really cut short still is one a moment later.
  for (int again = 0; again < 3 && !found && found.error().message.find(" is damaged (truncated") != std::string::npos;
       ++again) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    found = inspect(path);
  }
  if (!found) return found.error();
  // The one rule for every program: only Create makes a store. A mistyped path anywhere else is an
  // error, and nothing is created there (not even an empty file).
  if (found->empty && mode != OpenMode::Create) return makeError("no SalesOps store at " + path);
  // A store this call creates and then cannot finish (a full disk halfway through the schema) is
  // removed again with its -wal and -shm: a half-made file would later read as "damaged".
  std::error_code ec;
  bool creating = false;
  if (mode == OpenMode::Create && !fs::exists(path, ec)) {
    auto made = createEmptyFile(path);
    if (!made) return made.error();
    creating = *made;
  }
  FilesRemovedUnlessKept createdFiles(creating ? path : std::string());

  std::unique_ptr<Db> db;
  std::string readOnlyReason = mode == OpenMode::ReadOnly ? "opened read-only" : "";
  if (mode != OpenMode::ReadOnly) {
    // Writing is tried, not predicted: the file, its folder (for -wal and -shm), the mount and the
    // disk all have a say, and only SQLite's first write-ahead-log access asks them all.
    int code = SQLITE_OK;
    std::string why;
    auto opened = Db::open(path, SQLITE_OPEN_READWRITE | (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0), &code);
    if (!opened) {
      why = opened.error().message;
      if (const std::string prefix = "cannot open " + path + ": "; why.rfind(prefix, 0) == 0)
        why.erase(0, prefix.size());
    } else if (sqlite3_db_readonly(opened->handle(), "main") == 1) {
      code = SQLITE_READONLY;  // SQLite fell back to reading: the file itself takes no writes
      struct statvfs volume {};
      const bool readOnlyMount = statvfs(path.c_str(), &volume) == 0 && (volume.f_flag & ST_RDONLY) != 0;
      why = describeFailure(code, readOnlyMount ? EROFS : 0, "");
    } else {
      sqlite3_busy_timeout(opened->handle(), kBusyTimeoutMs);
      // WAL lets readers (the window) go on while an import writes. synchronous=NORMAL in WAL mode never
      // corrupts and never loses a commit on a process crash; only a power cut may drop the last commits.
      if (!opened->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;") || probe(*opened) != SQLITE_OK) {
        code = opened->code() == SQLITE_OK ? SQLITE_CANTOPEN : opened->code();
        why = opened->failure();
      }
    }
    if (code == SQLITE_OK) {
      db = std::make_unique<Db>(std::move(opened.value()));
    } else {
      if (!isWriteRefusal(code)) return makeError("cannot open " + path + ": " + why);
      if (found->empty) return makeError("cannot create a store at " + path + ": " + why);
      readOnlyReason = why;  // writing is impossible: the store can still be read
    }
  }
  const bool readOnly = !db;
  if (readOnly) {
    if (found->version < kSchemaVersion)
      return makeError(path + " needs an upgrade to store version " + std::to_string(kSchemaVersion) +
                       " and cannot be written (" + readOnlyReason + "); open it once with write access");
    auto opened = openForReading(path, walHasFrames(path));
    if (!opened) return opened.error();
    db = std::make_unique<Db>(std::move(opened.value()));
    sqlite3_busy_timeout(db->handle(), kBusyTimeoutMs);
  }
  if (auto r = db->exec("PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY;"); !r)
    return makeError("cannot open " + path + ": " + r.error().message);

  auto store = std::unique_ptr<Store>(new Store(path, std::move(db), readOnly));
  store->readOnlyReason_ = readOnlyReason;
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
    // A new store that cannot be finished is removed again (createdFiles); an older one stays as it was.
    const auto failed = [&](const std::string& why) {
      (void)store->db_->exec("ROLLBACK");
      return makeError(from == 0 ? "cannot create a store at " + path + ": " + why
                                 : "cannot upgrade " + path + ": " + why + "; the store was left as it was");
    };
    if (auto r = store->db_->exec("BEGIN IMMEDIATE"); !r) return failed(store->db_->failure());
    if (auto r = migrate(*store->db_, from); !r) return failed(r.error().message);
    if (auto r = store->db_->exec("COMMIT"); !r) return failed(store->db_->failure());
    if (from > 0) log().info("upgraded store {} from version {} to {}", path, from, kSchemaVersion);
  }
  createdFiles.keep();
  return store;
}

// A team server opens for reading only: writing is the import's (PgStore), and a lead may not write
// at all. An older server schema is upgraded as PgStore::open does, by whoever may.
Result<std::unique_ptr<Store>> Store::openServer(const std::string& conninfo, OpenMode mode) {
#ifdef SALESOPS_WITH_POSTGRESQL
  if (mode == OpenMode::Create)
    return makeError(redactConnection(conninfo) +
                     ": a team server is set up with `salesops-cli --db URL server init`, not created by reading it");
  auto server = PgStore::open(conninfo, mode);
  if (!server) return server.error();
  const PgStore& s = **server;
  auto store = std::unique_ptr<Store>(new Store(s.name(), nullptr));
  store->signedInAs_ = s.signedInAs();
  store->visibleTeams_ = s.teams();
  store->restricted_ = s.role() == ServerRole::Lead;
  store->serverSchemaVersion_ = s.schemaVersion();
  store->reader_ = std::make_unique<pg::PgReader>(std::move(*server));
  return store;
#else
  (void)mode;
  return makeError(redactConnection(conninfo) +
                   ": this program was built without PostgreSQL support (SALESOPS_POSTGRESQL=OFF)");
#endif
}

int Store::schemaVersion() const {
  return db_ ? static_cast<int>(db_->scalar("PRAGMA user_version")) : serverSchemaVersion_;
}

TableCounts Store::counts() const { return reader_->counts(); }

std::vector<ImportLogEntry> Store::importLog() const { return reader_->importLog(); }

int64_t Store::generation() const { return reader_->generation(); }

namespace {
// The imports a file could be unchanged since; ?1 is its content hash, or NULL for any content.
constexpr const char* kUnchangedSince =
    "WHERE (?1 IS NULL OR content_hash = ?1) AND file_size = ?2 AND kind = ?3 AND options = ?4 AND rejected = 0 "
    "AND generation = (SELECT value FROM meta WHERE key = 'generation') ORDER BY id DESC LIMIT 1";
}  // namespace

std::optional<ImportLogEntry> Store::unchangedSinceImport(const std::string& contentHash, int64_t fileSize,
                                                          FileKind kind, const std::string& options) const {
  if (!db_) return std::nullopt;  // a team server is read only here
  Stmt s = db_->prepare(std::string(kImportLogSelect) + kUnchangedSince);
  s.bind(1, std::string_view(contentHash)).bind(2, fileSize).bind(3, toString(kind)).bind(4, std::string_view(options));
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return readImportLogEntry(s);
}

bool Store::mayBeUnchanged(int64_t fileSize, FileKind kind, const std::string& options) const {
  if (!db_) return false;
  Stmt s = db_->prepare(std::string(kImportLogSelect) + kUnchangedSince);
  s.bindNull(1).bind(2, fileSize).bind(3, toString(kind)).bind(4, std::string_view(options));
  return s.step() == SQLITE_ROW;
}

std::optional<ImportLogEntry> Store::importOfContent(const std::string& contentHash, int64_t fileSize) const {
  if (!db_) return std::nullopt;
  Stmt s = db_->prepare(std::string(kImportLogSelect) +
                        "WHERE content_hash = ?1 AND file_size = ?2 ORDER BY id DESC LIMIT 1");
  s.bind(1, std::string_view(contentHash)).bind(2, fileSize);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return readImportLogEntry(s);
}

bool Store::mayHaveImported(int64_t fileSize) const {
  if (!db_) return false;
  Stmt s = db_->prepare("SELECT 1 FROM import_log WHERE file_size = ?1 LIMIT 1");
  s.bind(1, fileSize);
  return s.step() == SQLITE_ROW;
}

std::string Store::integrityCheck() const {
  if (!db_) return "ok";  // a server keeps its own pages consistent; there is no file to check
  Stmt s = db_->prepare("PRAGMA integrity_check");
  std::string out;
  while (s.step() == SQLITE_ROW) {
    if (!out.empty()) out += '\n';
    out += s.text(0);
  }
  return out.empty() ? db_->error() : out;
}

std::vector<ingest::ProtectedFile> Store::protectedFiles() const {
  return db_ ? storeFiles(path_) : std::vector<ingest::ProtectedFile>{};
}

Result<std::unique_ptr<ImportWriter>> Store::beginImport(const std::function<void()>& /*waiting*/) {
  if (!db_) return makeError(path_ + ": " + readOnlyReason_);
  auto writer = StoreWriter::begin(*this);
  if (!writer) return writer.error();
  return std::unique_ptr<ImportWriter>(std::move(*writer));
}

}  // namespace salesops::store
