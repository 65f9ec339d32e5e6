// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

namespace salesops::store {

/// One row of the targets table.
struct StoredTarget {
  IsoWeek week;
  TargetLevel level = TargetLevel::All;
  std::string key;     ///< team name or rep id; empty for level `all`
  std::string metric;  ///< a KPI name
  double target = 0;   ///< rates as fractions
  bool operator==(const StoredTarget&) const = default;
};

/// A targets row as read from either store, checked: the importer writes only valid weeks and
/// levels, anything else is not ours to guess at.
Result<StoredTarget> storedTarget(std::string_view week, int level, std::string key, std::string metric, double target);

/// The read side of the targets table, for target progress.
class TargetSource {
 public:
  explicit TargetSource(Store& store) : store_(store) {}

  /// The targets of the ISO weeks `first` to `last` (inclusive), by week, level, key and metric.
  Result<std::vector<StoredTarget>> targets(IsoWeek first, IsoWeek last) const;

 private:
  Store& store_;
};

}  // namespace salesops::store
