// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "Sqlite.h"

namespace salesops::store {

/// Interns rep ids or area codes as small integers, so each visit row stores two integers instead of
/// two strings. The whole table is cached for the length of one write transaction (it holds
/// hundreds or thousands of codes, not millions) and discarded with it.
class CodeTable {
 public:
  /// `table` is a compile-time name (rep_code or area_code), never a value.
  CodeTable(Db& db, const char* table);

  /// The id of `code`, adding it when new.
  Result<int64_t> idOf(std::string_view code);
  /// The code of `id` (a scan: for the few rows a dry run reports, not for every row).
  std::string codeOf(int64_t id) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Db& db_;
  Stmt insert_;
  std::unordered_map<std::string, int64_t, Hash, std::equal_to<>> ids_;
};

}  // namespace salesops::store
