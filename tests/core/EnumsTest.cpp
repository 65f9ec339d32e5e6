// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/core/Enums.h"
#include "salesops/core/KpiNames.h"

using namespace salesops;

TEST(Enums, CanonicalNamesRoundTrip) {
  for (Outcome o : allValues<Outcome>()) EXPECT_EQ(fromString<Outcome>(toString(o)), o);
  for (Channel c : allValues<Channel>()) EXPECT_EQ(fromString<Channel>(toString(c)), c);
  for (CancelReason r : allValues<CancelReason>()) EXPECT_EQ(fromString<CancelReason>(toString(r)), r);
  EXPECT_EQ(toString(Outcome::ContractLockIn), "contract_lock_in");
  EXPECT_EQ(toString(Channel::PromoBus), "promo_bus");
  EXPECT_EQ(toString(CancelStage::PreInstall), "pre_install");
  EXPECT_EQ(allValues<Outcome>().size(), 7u);
  EXPECT_EQ(allValues<CancelReason>().size(), 8u);
  EXPECT_FALSE(fromString<Outcome>("verkoop"));  // aliases belong to ingest
}

TEST(KpiNames, KnowsCountsAndRates) {
  EXPECT_TRUE(isKpiName("conversion"));
  EXPECT_TRUE(isKpiName("visits"));
  EXPECT_FALSE(isKpiName("Conversion"));
  EXPECT_TRUE(isRateKpi("hit_rate"));
  EXPECT_FALSE(isRateKpi("orders"));
  EXPECT_EQ(kpiNames().size(), 26u);
}
