// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/CohortSource.h"

#include "salesops/store/StoreReader.h"

namespace salesops::store {

Result<std::vector<CohortCount>> cohortOrders(Store& store, const FactQuery& q, int32_t asOfDay) {
  return store.reader().cohortOrders(q, asOfDay);
}

}  // namespace salesops::store
