// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeTable.h"

namespace salesops::store {

CodeTable::CodeTable(Db& db, const char* table)
    : db_(db), insert_(db.prepare(std::string("INSERT INTO ") + table + "(code) VALUES(?1)")) {
  Stmt all = db.prepare(std::string("SELECT code, id FROM ") + table);
  while (all.step() == SQLITE_ROW) ids_.emplace(std::string(all.text(0)), all.int64(1));
}

Result<int64_t> CodeTable::idOf(std::string_view code) {
  if (auto it = ids_.find(code); it != ids_.end()) return it->second;
  insert_.bind(1, code);
  if (!insert_.run()) return makeError("cannot store code '" + std::string(code) + "': " + db_.error());
  const int64_t id = sqlite3_last_insert_rowid(db_.handle());
  ids_.emplace(std::string(code), id);
  return id;
}

std::string CodeTable::codeOf(int64_t id) const {
  for (const auto& [code, known] : ids_)
    if (known == id) return code;
  return {};
}

}  // namespace salesops::store
