// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole import of one file into a fresh store, as `salesops-cli import` runs it. The first byte
// picks the options (strict, kind or detection, batch size); the rest is the file. Each run checks
// the store against the report: all or nothing, the table of the kind holds exactly the inserted
// rows, the rollups agree with the raw visits, the log holds the import, and the reject file reads
// back with one record per rejected row.
#include <filesystem>
#include <spdlog/spdlog.h>
#include <stdlib.h>
#include <string>

#include "FuzzInput.h"
#include "Sqlite.h"
#include "TestStores.h"

#include "salesops/ingest/CsvReader.h"
#include "salesops/store/Importer.h"
#include "salesops/store/Store.h"

using namespace salesops;
using namespace salesops::store;

namespace {

int64_t rowsOf(const TableCounts& c, FileKind kind) {
  switch (kind) {
    case FileKind::Visits:
      return c.visits;
    case FileKind::Orders:
      return c.orders;
    case FileKind::Cancellations:
      return c.cancellations;
    case FileKind::Reps:
      return c.reps;
    case FileKind::Areas:
      return c.areas;
    case FileKind::Targets:
      return c.targets;
  }
  return -1;
}

// Records of a reject file, read in its own separator (the input's).
int64_t recordsIn(const std::string& path, char delimiter) {
  ingest::CsvReader reader;
  if (!reader.open(path)) return -1;
  reader.setDelimiter(delimiter);
  ingest::CsvRecord record;
  int64_t n = 0;
  for (;;) {
    auto more = reader.next(record);
    if (!more) return -1;
    if (!*more) return n;
    ++n;
  }
}

void checkNothingWritten(Store& store) {
  SALESOPS_FUZZ_CHECK(store.counts() == TableCounts{});
  SALESOPS_FUZZ_CHECK(store.importLog().empty());
  SALESOPS_FUZZ_CHECK(store.generation() == 0);
}

// One store for the whole run, emptied before each input (creating the schema every time would
// take half of each run). It lives in a temporary folder: Store::open makes a file of any path, so
// ":memory:" would leave a file of that name in the working folder.
Store& emptyStore() {
  // Declared before the store, so destroyed after it: the folder goes once the store is closed.
  static const struct Folder {
    std::string path = (std::filesystem::temp_directory_path() / "salesops-fuzz-XXXXXX").string();
    Folder() { SALESOPS_FUZZ_CHECK(mkdtemp(path.data()) != nullptr); }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    ~Folder() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  } folder;
  static std::unique_ptr<Store> store = [] {
    auto opened = Store::open(folder.path + "/store.sqlite", OpenMode::Create);
    SALESOPS_FUZZ_CHECK(opened);
    return std::move(opened.value());
  }();
  std::string sql = "BEGIN;";
  {
    Stmt tables = store->db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta'");
    while (tables.step() == SQLITE_ROW) sql += "DELETE FROM " + std::string(tables.text(0)) + ";";
  }
  sql += "UPDATE meta SET value = 0; COMMIT;";
  SALESOPS_FUZZ_CHECK(store->db().exec(sql));
  return *store;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The importer logs each file at info level; millions of runs need no log. The layers clone
  // their loggers from the default one, so silencing it silences them.
  spdlog::default_logger()->set_level(spdlog::level::off);
  spdlog::set_level(spdlog::level::off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t mode = data[0];
  const std::string input = fuzz::writeInput("input.csv", data + 1, size - 1);
  const std::string rejects = fuzz::scratchPath("input.rejected.csv");
  std::remove(rejects.c_str());

  ImportOptions options;
  options.rejectFile.emplace(rejects);
  options.strict = mode & 1;
  if (const int kind = (mode >> 1) & 7; kind < 6) options.kind = static_cast<FileKind>(kind);
  options.batchRows = (mode >> 4) ? (mode >> 4) : 8192;  // tiny batches cross batch boundaries

  Store& store = emptyStore();
  auto result = importFile(store, input, options);
  if (!result) {
    SALESOPS_FUZZ_CHECK(!result.error().message.empty());
    checkNothingWritten(store);
    return 0;
  }
  const ImportReport& r = *result;
  SALESOPS_FUZZ_CHECK(r.errors.size() == std::min<size_t>(static_cast<size_t>(r.rejected), options.maxErrors));
  if (r.rejected > 0) SALESOPS_FUZZ_CHECK(recordsIn(rejects, r.delimiter) == r.rejected + 1);
  if (r.status == ImportReport::Status::Refused) {
    SALESOPS_FUZZ_CHECK(options.strict && r.rejected > 0);
    checkNothingWritten(store);
    return 0;
  }
  SALESOPS_FUZZ_CHECK(r.status == ImportReport::Status::Imported);
  // A fresh store and no duplicate ids within a file: every accepted row is new.
  SALESOPS_FUZZ_CHECK(r.updated == 0 && r.unchanged == 0);
  const TableCounts counts = store.counts();
  SALESOPS_FUZZ_CHECK(rowsOf(counts, r.kind) == r.inserted);
  TableCounts others = counts;
  switch (r.kind) {
    case FileKind::Visits:
      others.visits = 0;
      break;
    case FileKind::Orders:
      others.orders = 0;
      break;
    case FileKind::Cancellations:
      others.cancellations = 0;
      break;
    case FileKind::Reps:
      others.reps = 0;
      break;
    case FileKind::Areas:
      others.areas = 0;
      break;
    case FileKind::Targets:
      others.targets = 0;
      break;
  }
  SALESOPS_FUZZ_CHECK(others == TableCounts{});
  const auto log = store.importLog();
  SALESOPS_FUZZ_CHECK(log.size() == 1 && log[0].inserted == r.inserted && log[0].rejected == r.rejected);
  SALESOPS_FUZZ_CHECK(store::testing::rollupMismatch(store).empty());
  SALESOPS_FUZZ_CHECK(store.integrityCheck() == "ok");
  return 0;
}
