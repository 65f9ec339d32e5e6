// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ChartsTestSupport.h"

#include "salesops/charts/AlertText.h"

namespace salesops::charts::test {
namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kDutch(QLocale::Dutch, QLocale::Netherlands);

/// Area UTR-03's conversion: 9 orders on 412 conversations against 10.3% usually (42.4 expected):
/// 33.4 orders fewer; z = -4.1 on n = 412 against 1,380.
kpi::Alert drop() {
  kpi::Alert a;
  a.kind = kpi::AlertKind::Change;
  a.dimension = kpi::Dimension::Area;
  a.member = "UTR-03";
  a.kpi = KpiId::conversion;
  a.period = {*Date::fromYmd(2026, 11, 26), *Date::fromYmd(2026, 12, 2)};
  a.comparedPeriod = a.period.previous();
  a.channels = {"d2d"};
  a.current = {9, 412};
  a.compared = {142, 1380};
  a.test.current = 9.0 / 412;
  a.test.previous = 0.103;
  a.test.z = -4.1;
  a.excess = 9 - 0.103 * 412;
  a.impact = a.excess;
  a.worse = true;
  return a;
}

TEST(AlertText, PlainWordsFirstWithTheImpactInOrders) {
  ensureApplication();
  EXPECT_EQ(alertSummary(drop(), kEnglish),
            "Area UTR-03: conversion 2.2% against 10.3% usually, about 33 orders fewer");
  EXPECT_EQ(alertDetail(drop(), kEnglish),
            QString::fromUtf8("two-proportion z-test within channel (d2d): z = \u22124.1, n = 412 against 1,380; "
                              "26 Nov \u2013 2 Dec against 19 Nov \u2013 25 Nov"));
  EXPECT_EQ(alertSummary(drop(), kDutch),
            QString::fromUtf8("Gebied UTR-03: conversie 2,2% tegenover normaal 10,3%, ongeveer 33 orders minder"));
}

TEST(AlertText, CancellationsAndContactsSayTheirOwnUnit) {
  ensureApplication();
  kpi::Alert a = drop();
  a.kind = kpi::AlertKind::Outlier;
  a.dimension = kpi::Dimension::Rep;
  a.member = "R007";
  a.kpi = KpiId::cancel_rate_14d;
  a.test.current = 0.343;
  a.test.previous = 0.048;
  a.excess = 19.8;
  a.impact = -19.8;
  EXPECT_EQ(alertSummary(a, kEnglish),
            "Rep R007: cancel rate 14d 34.3% against 4.8% for the rest, about 20 cancellations more");
  // Its days are the cohort's order days.
  EXPECT_TRUE(alertDetail(a, kEnglish).endsWith("for the rest; orders of 26 Nov \u2013 2 Dec"))
      << alertDetail(a, kEnglish).toStdString();
  // Across New Year the days need their years.
  a.period = {*Date::fromYmd(2026, 12, 14), *Date::fromYmd(2027, 1, 10)};
  EXPECT_TRUE(alertDetail(a, kEnglish).endsWith("orders of 14 Dec 2026 \u2013 10 Jan 2027"))
      << alertDetail(a, kEnglish).toStdString();
  a.member = "Team Zuid";
  a.dimension = kpi::Dimension::Team;
  a.kpi = KpiId::contact_rate;
  a.excess = -40.4;
  a.impact = -4.2;
  EXPECT_TRUE(alertSummary(a, kEnglish).startsWith("Team Zuid: contact rate "));  // not "Team Team Zuid"
  EXPECT_TRUE(alertSummary(a, kEnglish).endsWith("about 40 contacts fewer (about 4 orders)"));
  a.excess = 9.6;
  a.impact = 1.2;
  EXPECT_TRUE(alertSummary(a, kEnglish).endsWith("about 10 contacts more (about 1 order)"));
  EXPECT_TRUE(alertSummary(a, kDutch).endsWith("ongeveer 10 contacten meer (ongeveer 1 order)"));
}

}  // namespace
}  // namespace salesops::charts::test
