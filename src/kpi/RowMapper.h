// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/KpiSource.h"

namespace salesops::kpi {

/// Turns the store's ids and days into the dimension values of a query, and the query's filter
/// names into id sets for the store. Filters never reach SQL as text: names are matched here.
class RowMapper {
 public:
  RowMapper(const KpiQuery& q, std::vector<store::RepInfo> reps, std::vector<store::AreaInfo> areas);

  /// The store keys the query's dimensions need.
  unsigned keyBits() const { return keyBits_; }
  /// The filters as id sets, for a FactQuery.
  const store::FactQuery& filter() const { return filter_; }
  /// The row's dimension values for a fact (its day already moved into the current period).
  std::vector<DimValue> dims(const store::FactKey& key) const;
  /// The day a row's penetration is measured on: the end of its day, week or month, never after `to`.
  Date measureDay(int32_t day, Date to) const;
  /// The areas a row covers: those passing the filter, narrowed by the row's area or city.
  std::vector<const store::AreaInfo*> rowAreas(const std::vector<DimValue>& dims) const;
  /// Whether a row's selection includes the d2d channel (the filter's channels and the row's own).
  bool atTheDoor(const std::vector<DimValue>& dims) const;

 private:
  const store::RepInfo* rep(int64_t id) const;
  const store::AreaInfo* area(int64_t id) const;

  std::vector<Dimension> by_;
  unsigned keyBits_ = 0;
  store::FactQuery filter_;
  std::vector<store::RepInfo> reps_;
  std::vector<store::AreaInfo> areas_;
  std::unordered_map<int64_t, size_t> repIndex_, areaIndex_;
};

}  // namespace salesops::kpi
