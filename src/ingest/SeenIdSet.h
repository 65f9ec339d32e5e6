// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace salesops::ingest {

/// The ids seen so far in one file, to reject duplicates, as a flat open-addressing table of 64-bit
/// XXH3 hashes: 8 bytes per slot and no per-id allocation, so a 10,000,000-row file needs one
/// 128 MiB table (2^24 slots) instead of gigabytes of strings.
///
/// Two different ids collide with probability 2^-64 per pair; for n ids the chance that any pair
/// collides (and a good row is wrongly rejected as a duplicate) is about n^2 / 2^65: 2.7e-6 for
/// 10 million ids, 2.7e-10 for 100,000. Storing the ids themselves would rule it out, at ten
/// times the memory.
class SeenIdSet {
 public:
  SeenIdSet();

  /// Makes room for `expected` ids at once, so a large file does not grow the table step by step
  /// (each step briefly holds the old and the new table).
  void reserve(size_t expected);

  static uint64_t hash(std::string_view id);
  /// Starts loading the slot of `hash` into the cache: a 128 MiB table misses the cache on
  /// almost every id, so callers hash an id first, validate the rest of its row, then insert.
  void prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }

  /// True when `id` was not seen before (and is now); false for a duplicate.
  bool insert(std::string_view id) { return insertHash(hash(id)); }
  bool insertHash(uint64_t hash);

  size_t size() const { return size_; }
  size_t capacity() const { return mask_ + 1; }

 private:
  void rehash(size_t slots);

  struct Free {
    void operator()(uint64_t* p) const;
  };
  std::unique_ptr<uint64_t[], Free> slots_;  // 0 = empty
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace salesops::ingest
