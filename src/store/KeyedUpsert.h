// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "Sqlite.h"

#include "salesops/store/StoreWriter.h"

namespace salesops::store {

/// Upserts a batch of rows keyed by id with the re-import rules: a new id is inserted, a known id
/// with other values updated, an identical row left alone. Traits give the SQL and the row mapping:
///   using Row;  kTable, kColumns; kSelectOne and kUpdate (binding the row as ?1..?N, key first);
///   bindKey(Stmt&, const Row&); bindRow(Stmt&, const Row&, int offset); Row read(const Stmt&);
/// and, for text-keyed big tables, kRangeScan = true with kSelectRange (?1..?2 inclusive, ordered by key)
/// and key(const Row&) -> std::string_view.
///
/// Why the range scan: looking up every row of a re-imported file by its key costs a B-tree descent
/// each (about 650,000 a second here); reading the batch's key range in order costs a cursor step
/// (about 3,500,000 a second). Exports are sorted or clustered by id, so the range holds the batch.
/// When it does not (ids scattered over a large table) the scan stops after a few times the batch
/// size and the rest is looked up row by row, so the worst case stays the point-lookup cost.
template <class Traits>
class KeyedUpsert {
 public:
  using Row = typename Traits::Row;

  explicit KeyedUpsert(Db& db)
      : db_(db),
        one_(db.prepare(Traits::kSelectOne)),
        insert_(db.prepare(insertSql(1))),
        insertMany_(db.prepare(insertSql(kRowsPerInsert))),
        update_(db.prepare(Traits::kUpdate)) {
    if constexpr (Traits::kRangeScan) range_ = db.prepare(Traits::kSelectRange);
  }

  bool valid() const { return one_.valid() && insert_.valid() && insertMany_.valid() && update_.valid(); }

  /// `onChange(const Row* old, const Row& now)` is called for every insert (old = nullptr) and update.
  template <class OnChange>
  Result<WriteCounts> upsert(std::vector<Row>& rows, OnChange&& onChange) {
    WriteCounts counts;
    if (rows.empty()) return counts;
    existing_.assign(rows.size(), std::nullopt);
    size_t looked = 0;  // rows[order_[0..looked)] have their stored version (or none) in existing_
    order_.resize(rows.size());
    std::iota(order_.begin(), order_.end(), 0u);
    if constexpr (Traits::kRangeScan) {
      const auto byKey = [&](uint32_t a, uint32_t b) { return Traits::key(rows[a]) < Traits::key(rows[b]); };
      if (!std::is_sorted(order_.begin(), order_.end(), byKey)) std::sort(order_.begin(), order_.end(), byKey);
      auto scanned = scanRange(rows);
      if (!scanned) return scanned.error();
      looked = *scanned;
    }
    for (size_t i = looked; i < order_.size(); ++i) {
      Row& row = rows[order_[i]];
      Traits::bindKey(one_, row);
      const int rc = one_.step();
      if (rc == SQLITE_ROW) existing_[order_[i]] = Traits::read(one_);
      one_.reset();
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return makeError("reading the store failed: " + db_.error());
    }
    size_t pending = 0;  // new rows bound into insertMany_ so far
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      const std::optional<Row>& old = existing_[i];
      if (old && *old == row) {
        ++counts.unchanged;
        continue;
      }
      onChange(old ? &*old : nullptr, row);
      if (old) {
        Traits::bindRow(update_, row, 0);
        if (!update_.run()) return makeError("writing the store failed: " + db_.error());
        ++counts.updated;
        continue;
      }
      ++counts.inserted;
      newRows_[pending] = &row;
      Traits::bindRow(insertMany_, row, static_cast<int>(pending) * Traits::kColumns);
      if (++pending == kRowsPerInsert) {
        if (!insertMany_.run()) return makeError("writing the store failed: " + db_.error());
        pending = 0;
      }
    }
    insertMany_.clearBindings();
    for (size_t i = 0; i < pending; ++i) {
      Traits::bindRow(insert_, *newRows_[i], 0);
      if (!insert_.run()) return makeError("writing the store failed: " + db_.error());
    }
    return counts;
  }

 private:
  // Reads the stored rows in the batch's key range in key order and pairs them with the sorted
  // batch. Returns how many of the sorted rows were settled; the rest need a point look-up.
  Result<size_t> scanRange(std::vector<Row>& rows) {
    const size_t n = order_.size();
    range_.bind(1, Traits::key(rows[order_.front()])).bind(2, Traits::key(rows[order_.back()]));
    const size_t limit = 4 * n + 256;
    size_t i = 0, steps = 0;
    int rc = SQLITE_DONE;
    while (i < n && (rc = range_.step()) == SQLITE_ROW) {
      if (++steps > limit) break;
      const std::string_view stored = range_.text(0);
      while (i < n && Traits::key(rows[order_[i]]) < stored) ++i;  // not in the store
      if (i < n && Traits::key(rows[order_[i]]) == stored) existing_[order_[i++]] = Traits::read(range_);
    }
    const bool complete = i == n || rc == SQLITE_DONE;
    range_.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return makeError("reading the store failed: " + db_.error());
    return complete ? n : i;
  }

  // New rows go in sixteen to a statement: one step and one reset per sixteen rows instead of per
  // row (a quarter more rows a second for visits here).
  static constexpr size_t kRowsPerInsert = 16;

  static std::string insertSql(size_t rows) {
    std::string sql = std::string("INSERT INTO ") + Traits::kTable;
    if constexpr (requires { Traits::kInsertColumns; }) sql += std::string(" ") + Traits::kInsertColumns;
    sql += " VALUES";
    for (size_t r = 0; r < rows; ++r) {
      sql += r ? ", (" : "(";
      for (int c = 0; c < Traits::kColumns; ++c) sql += c ? ", ?" : "?";
      sql += ')';
    }
    return sql;
  }

  Db& db_;
  Stmt one_, insert_, insertMany_, update_, range_;
  const Row* newRows_[kRowsPerInsert] = {};
  std::vector<uint32_t> order_;
  std::vector<std::optional<Row>> existing_;
};

}  // namespace salesops::store
