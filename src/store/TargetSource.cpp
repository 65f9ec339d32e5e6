// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/TargetSource.h"

#include "salesops/store/StoreReader.h"

namespace salesops::store {

Result<StoredTarget> storedTarget(std::string_view week, int level, std::string key, std::string metric,
                                  double target) {
  const auto parsed = IsoWeek::parse(week);
  if (!parsed || level < 0 || level > static_cast<int>(TargetLevel::Rep))
    return makeError("the targets table holds an invalid row (week '" + std::string(week) + "')");
  return StoredTarget{*parsed, static_cast<TargetLevel>(level), std::move(key), std::move(metric), target};
}

Result<std::vector<StoredTarget>> TargetSource::targets(IsoWeek first, IsoWeek last) const {
  return store_.reader().targets(first, last);
}

}  // namespace salesops::store
