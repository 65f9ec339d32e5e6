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

namespace {

Result<std::optional<DateTime>> latestAt(Store& store, const char* sql, const char* what, int32_t untilDay) {
  Stmt s = store.db().prepare(sql);
  if (!s.valid()) return makeError(std::string("cannot read the latest ") + what + ": " + store.db().error());
  s.bind(1, (static_cast<int64_t>(untilDay) + 1) * 86400);
  if (s.step() != SQLITE_ROW)
    return makeError(std::string("cannot read the latest ") + what + ": " + store.db().error());
  if (s.isNull(0)) return std::optional<DateTime>();
  return std::optional<DateTime>(DateTime::fromSeconds(s.int64(0)));
}

}  // namespace

Result<std::optional<DateTime>> latestOrderAt(Store& store, int32_t untilDay) {
  // orders_by_time leads with ordered_at: one step down the index.
  return latestAt(store, "SELECT max(ordered_at) FROM orders WHERE ordered_at < ?1", "order", untilDay);
}

Result<std::optional<DateTime>> latestCancellationAt(Store& store, int32_t untilDay) {
  return latestAt(store, "SELECT max(cancelled_at) FROM cancellation WHERE cancelled_at < ?1", "cancellation",
                  untilDay);
}

Result<std::map<int32_t, std::vector<std::string>>> repsByDay(Store& store, int32_t fromDay, int32_t toDay) {
  Stmt s = store.db().prepare(
      "SELECT d.day, c.code FROM rep_day d JOIN rep_code c ON c.id = d.rep WHERE d.day BETWEEN ?1 AND ?2 "
      "ORDER BY d.day, c.code");
  if (!s.valid()) return makeError("cannot read the reps' visit days: " + store.db().error());
  s.bind(1, static_cast<int64_t>(fromDay)).bind(2, static_cast<int64_t>(toDay));
  std::map<int32_t, std::vector<std::string>> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) out[static_cast<int32_t>(s.int64(0))].emplace_back(s.text(1));
  if (rc != SQLITE_DONE) return makeError("cannot read the reps' visit days: " + store.db().error());
  return out;
}

}  // namespace salesops::store
