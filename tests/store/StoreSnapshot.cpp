// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSnapshot.h"

#include <cstdio>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "Sqlite.h"

namespace salesops::store::testing {

std::string snapshot(Store& store) {
  Db& db = store.db();
  std::vector<std::string> tables;
  {
    Stmt names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (names.step() == SQLITE_ROW) tables.emplace_back(names.text(0));
  }
  std::string out;
  (void)db.exec("BEGIN");  // one consistent read
  for (const std::string& table : tables) {
    // Test-only SQL: the names come from sqlite_master. The raw API, for the column names.
    sqlite3_stmt* probe = nullptr;
    sqlite3_prepare_v2(db.handle(), ("SELECT * FROM \"" + table + "\"").c_str(), -1, &probe, nullptr);
    const int columns = sqlite3_column_count(probe);
    std::string order;
    std::vector<bool> skip;
    for (int c = 0; c < columns; ++c) {
      order += (c ? ", " : "") + std::to_string(c + 1);
      skip.push_back(std::string_view(sqlite3_column_name(probe, c)) == "imported_at");
    }
    sqlite3_finalize(probe);
    Stmt rows = db.prepare("SELECT * FROM \"" + table + "\" ORDER BY " + order);
    out += "[" + table + "]\n";
    while (rows.step() == SQLITE_ROW) {
      for (int c = 0; c < columns; ++c) {
        if (skip[static_cast<size_t>(c)]) continue;
        out += rows.isNull(c) ? std::string_view("NULL") : rows.text(c);
        out += '|';
      }
      out += '\n';
    }
    if (!rows.done()) out += "ERROR " + db.error() + "\n";
  }
  (void)db.exec("COMMIT");
  return out;
}

std::string snapshotOf(const std::string& path) {
  auto store = Store::open(path, OpenMode::ReadOnly);
  if (!store) return "cannot open: " + store.error().message;
  return snapshot(**store);
}

void writeVisits(const std::string& path, int rows, int firstId, int variant) {
  static const char* const kOutcomes[] = {"not_home", "no_interest", "callback", "quote", "sale"};
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n", f);
  for (int i = 0; i < rows; ++i) {
    const int k = i + variant * 7;
    std::fprintf(f, "V%09d,2026-11-%02d %02d:%02d:00,R%03d,UTR-%02d,%s,d2d,35%02dAB,%d\n", firstId + i, 1 + k % 28,
                 9 + k % 12, k % 60, k % 17, k % 9, kOutcomes[k % 5], 10 + k % 80, 1 + k % 200);
  }
  std::fclose(f);
}

pid_t forkChild(const std::function<int()>& body) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) _exit(body());
  return pid;
}

int waitChild(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  return status;
}

void copyStore(const std::string& from, const std::string& to) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(to + suffix);
  std::filesystem::copy_file(from, to);
}

}  // namespace salesops::store::testing
