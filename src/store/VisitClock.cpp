// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/VisitClock.h"

#include "Sqlite.h"

namespace salesops::store {

Result<std::optional<DateTime>> latestVisitAt(Store& store, int32_t untilDay) {
  // rep_day keeps each rep-day's last visit (see VisitRollup.h): a range of its primary key, not a
  // scan of the visits.
  Stmt s = store.db().prepare("SELECT max(last_at) FROM rep_day WHERE day <= ?1");
  if (!s.valid()) return makeError("cannot read the latest visit: " + store.db().error());
  s.bind(1, static_cast<int64_t>(untilDay));
  const int rc = s.step();
  if (rc != SQLITE_ROW) return makeError("cannot read the latest visit: " + store.db().error());
  if (s.isNull(0)) return std::optional<DateTime>();
  return std::optional<DateTime>(DateTime::fromSeconds(s.int64(0)));
}

}  // namespace salesops::store
