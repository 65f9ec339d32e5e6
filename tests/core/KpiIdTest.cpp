// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/KpiId.h"

namespace salesops {
namespace {

TEST(KpiId, EveryIdIsTheCatalogueEntryAtItsPosition) {
  const auto catalogue = kpiCatalogue();
  ASSERT_EQ(catalogue.size(), 27u);
  ASSERT_EQ(kKpiIdCount, catalogue.size());
  for (std::size_t i = 0; i < catalogue.size(); ++i) {
    const auto id = static_cast<KpiId>(i);
    EXPECT_EQ(kpiName(id), catalogue[i].name);
    EXPECT_EQ(&kpiDefinition(id), &catalogue[i]);
  }
}

TEST(KpiId, DefinitionOfAnIdIsThatKpis) {
  EXPECT_EQ(kpiDefinition(KpiId::conversion).formula, "orders / contacts");
  EXPECT_EQ(kpiDefinition(KpiId::visits).kind, KpiKind::Count);
  EXPECT_EQ(kpiDefinition(KpiId::bundling_date).kind, KpiKind::Date);
  EXPECT_FALSE(kpiDefinition(KpiId::visits_per_hour).fraction);
  EXPECT_EQ(static_cast<int>(KpiId::conversion), 14);  // 13 counts before it, then contact_rate
}

TEST(KpiId, ParsesCatalogueNamesOnly) {
  EXPECT_EQ(kpiIdFromName("conversion"), KpiId::conversion);
  EXPECT_EQ(kpiIdFromName("cancel_rate_14d"), KpiId::cancel_rate_14d);
  EXPECT_EQ(kpiIdFromName("bundling_date"), KpiId::bundling_date);
  EXPECT_EQ(kpiIdFromName("convrsion"), std::nullopt);
  EXPECT_EQ(kpiIdFromName("Conversion"), std::nullopt);  // names are exact, as in SQL and JSON
  EXPECT_EQ(kpiIdFromName(""), std::nullopt);
  EXPECT_EQ(kpiIdFromName("cancel_rate_14"), std::nullopt);
}

}  // namespace
}  // namespace salesops
