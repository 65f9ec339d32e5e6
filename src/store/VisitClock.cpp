// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/VisitClock.h"

#include "salesops/store/StoreReader.h"

namespace salesops::store {
namespace {

Result<std::optional<DateTime>> latest(Store& store, LatestOf what, const char* name, int32_t untilDay) {
  auto at = store.reader().latestAt(what, untilDay);
  if (!at) return makeError(std::string("cannot read the latest ") + name + ": " + at.error().message);
  if (!*at) return std::optional<DateTime>();
  return std::optional<DateTime>(DateTime::fromSeconds(**at));
}

}  // namespace

Result<std::optional<DateTime>> latestVisitAt(Store& store, int32_t untilDay) {
  return latest(store, LatestOf::Visit, "visit", untilDay);
}

Result<std::optional<DateTime>> latestOrderAt(Store& store, int32_t untilDay) {
  return latest(store, LatestOf::Order, "order", untilDay);
}

Result<std::optional<DateTime>> latestCancellationAt(Store& store, int32_t untilDay) {
  return latest(store, LatestOf::Cancellation, "cancellation", untilDay);
}

Result<std::map<int32_t, std::vector<std::string>>> repsByDay(Store& store, int32_t fromDay, int32_t toDay) {
  return store.reader().repsByDay(fromDay, toDay);
}

}  // namespace salesops::store
