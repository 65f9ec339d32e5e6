// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <set>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/KpiNames.h"
#include "salesops/kpi/KpiRow.h"

namespace salesops {
namespace {

TEST(KpiCatalogue, EveryEntryIsCompleteAndNamedOnce) {
  std::set<std::string_view> names;
  for (const KpiDefinition& d : kpiCatalogue()) {
    EXPECT_TRUE(names.insert(d.name).second) << d.name;
    EXPECT_FALSE(d.definitionEn.empty()) << d.name;
    EXPECT_FALSE(d.definitionNl.empty()) << d.name;
    EXPECT_NE(d.definitionEn, d.definitionNl) << d.name;
    if (d.kind == KpiKind::Rate) {
      EXPECT_FALSE(d.numerator.empty()) << d.name;
      EXPECT_FALSE(d.denominator.empty()) << d.name;
      EXPECT_NE(d.formula.find('/'), std::string_view::npos) << d.name;
    }
    // The engine knows how to compute every catalogue entry.
    const auto id = kpiIdFromName(d.name);
    ASSERT_TRUE(id) << d.name;
    EXPECT_NE(kpi::sourcesOf(*id), 0u) << d.name;
  }
}

TEST(KpiCatalogue, PacesAreNotFractions) {
  for (const char* pace : {"visits_per_hour", "orders_per_hour", "addresses_per_sale"}) {
    ASSERT_NE(findKpi(pace), nullptr);
    EXPECT_FALSE(findKpi(pace)->fraction) << pace;
  }
  EXPECT_TRUE(findKpi("conversion")->fraction);
  EXPECT_EQ(findKpi("conversion")->numerator, "orders");
  EXPECT_EQ(findKpi("conversion")->denominator, "contacts");
  EXPECT_EQ(findKpi("nope"), nullptr);
}

TEST(KpiCatalogue, KpiNamesAreTheCountsAndRates) {
  EXPECT_EQ(kpiNames().size(), kpiCatalogue().size() - 1);  // all but the bundling date
  EXPECT_TRUE(isKpiName("cancel_rate_14d"));
  EXPECT_FALSE(isKpiName("bundling_date"));
  EXPECT_TRUE(isRateKpi("penetration"));
  EXPECT_FALSE(isRateKpi("field_hours"));
}

}  // namespace
}  // namespace salesops
