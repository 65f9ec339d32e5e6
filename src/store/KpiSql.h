// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SQL pieces shared by the KPI fact queries. Statements are assembled only from the fixed fragments
// here, chosen by key bits; every value (days, ids) is a bound parameter.

#include <string>

#include "Sqlite.h"

#include "salesops/store/KpiSource.h"

// Filters as sets: ?3 reps, ?4 areas, ?5 channels, each a JSON array of ids or NULL for "all".
#define SALESOPS_FILTERS(a)                          \
  "(?3 IS NULL OR " a                                \
  ".rep IN (SELECT value FROM json_each(?3))) AND "  \
  "(?4 IS NULL OR " a                                \
  ".area IN (SELECT value FROM json_each(?4))) AND " \
  "(?5 IS NULL OR " a ".channel IN (SELECT value FROM json_each(?5)))"

namespace salesops::store {

/// The column expression of each key in one statement; nullptr where the source has no such key.
struct KeyColumns {
  const char* day;
  const char* hour;
  const char* rep;
  const char* area;
  const char* channel;
  const char* product;
};

/// `sql` with `{KEYS}` replaced by six key columns: the expression for each grouped key, a constant
/// for the others, so every statement reads its key from columns 0..5 and groups by 1..6.
inline std::string withKeys(const char* sql, const KeyColumns& k, unsigned groupBy) {
  const auto pick = [&](unsigned bit, const char* expr, const char* none) {
    return std::string((groupBy & bit) && expr ? expr : none);
  };
  const std::string keys = pick(kKeyDay, k.day, "0") + ", " + pick(kKeyHour, k.hour, "0") + ", " +
                           pick(kKeyRep, k.rep, "0") + ", " + pick(kKeyArea, k.area, "0") + ", " +
                           pick(kKeyChannel, k.channel, "0") + ", " + pick(kKeyProduct, k.product, "''");
  std::string out(sql);
  const auto at = out.find("{KEYS}");
  if (at != std::string::npos) out.replace(at, 6, keys);
  return out;
}

/// A JSON array of ids: numbers only, so nothing in it needs escaping.
inline std::string jsonIds(const std::vector<int64_t>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + std::to_string(ids[i]);
  return out + "]";
}

/// Holds the filter arrays while a statement uses them (text is bound without a copy).
class FilterJson {
 public:
  explicit FilterJson(const FactQuery& q)
      : reps_(q.reps ? jsonIds(*q.reps) : ""),
        areas_(q.areas ? jsonIds(*q.areas) : ""),
        channels_(q.channels ? jsonIds(*q.channels) : "") {}

  /// Binds ?1 and ?2 (days) and ?3..?5 (the filters).
  void bind(Stmt& s, const FactQuery& q) const {
    s.bind(1, static_cast<int64_t>(q.fromDay)).bind(2, static_cast<int64_t>(q.toDay));
    bindSet(s, 3, q.reps.has_value(), reps_);
    bindSet(s, 4, q.areas.has_value(), areas_);
    bindSet(s, 5, q.channels.has_value(), channels_);
  }

 private:
  static void bindSet(Stmt& s, int i, bool set, const std::string& json) {
    if (set)
      s.bind(i, std::string_view(json));
    else
      s.bindNull(i);
  }
  std::string reps_, areas_, channels_;
};

}  // namespace salesops::store
