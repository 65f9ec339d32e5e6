// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How an import's rows go to the team server (PgImportWriter): as COPY text with their rep and area
// codes already interned, the codes the server does not know yet, and the visit rollups counted on
// the way.

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/ingest/Rows.h"

namespace salesops::store::pg {

/// Interned ids of one code table (rep_code or area_code) by code.
using CodeIds = std::unordered_map<std::string, int64_t>;

/// The visit rollups of a file's visits, counted by the program as it encodes them: the rollups to add
/// when all of them turn out to be new. A few tens of thousands of groups for a million visits, where
/// the same GROUP BY on the server reads the million again.
struct VisitTally {
  struct Group {
    int64_t day, hour, rep, area, channel;
    bool operator==(const Group&) const = default;
  };
  struct Day {
    int64_t day, rep;
    bool operator==(const Day&) const = default;
  };
  struct Hash {
    static size_t mix(size_t h, int64_t v) { return (h ^ static_cast<size_t>(v)) * 0x100000001b3ULL; }
    size_t operator()(const Group& g) const {
      return mix(mix(mix(mix(mix(0xcbf29ce484222325ULL, g.day), g.hour), g.rep), g.area), g.channel);
    }
    size_t operator()(const Day& d) const { return mix(mix(0xcbf29ce484222325ULL, d.day), d.rep); }
  };
  std::unordered_map<Group, std::array<int64_t, 8>, Hash> counts;   ///< visits, then one per outcome 0..6
  std::unordered_map<Day, std::pair<int64_t, int64_t>, Hash> days;  ///< first and last time

  /// Counts one visit of local time `t`.
  void add(int64_t t, int64_t rep, int64_t area, int channel, int outcome);
};

/// The rows as COPY text, their rep and area codes as interned ids (internNew has added every one);
/// visits are counted into `tally` too.
void encodeRows(FileKind kind, const ingest::RowBatch& b, const CodeIds& reps, const CodeIds& areas, VisitTally* tally,
                std::string& out);

/// The codes of a batch's rows that `reps` and `areas` do not hold yet, each once, in order of
/// appearance (so that the ids follow the file).
struct FreshCodes {
  std::vector<std::string> reps, areas;
};
FreshCodes freshCodes(FileKind kind, const ingest::RowBatch& b, const CodeIds& reps, const CodeIds& areas);

/// A text[] literal of `values`: each element double-quoted, with its quotes and backslashes escaped.
std::string textArray(const std::vector<std::string>& values);

}  // namespace salesops::store::pg
