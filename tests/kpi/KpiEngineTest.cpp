// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny store whose every KPI was worked out by hand (the sums are in the comments).
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/PostcodeBreakdown.h"

namespace salesops::kpi::testing {
namespace {

int64_t count(const KpiValues& v, std::string_view k) {
  const KpiValue x = v.value(k);
  if (const auto* n = std::get_if<int64_t>(&x)) return *n;
  ADD_FAILURE() << k << " is not a count";
  return -1;
}

bool noValue(const KpiValues& v, std::string_view k) { return std::holds_alternative<std::monostate>(v.value(k)); }

double real(const KpiValues& v, std::string_view k) {
  const KpiValue x = v.value(k);
  if (const auto* d = std::get_if<double>(&x)) return *d;
  ADD_FAILURE() << k << " has no value";
  return -1;
}

// Reps R1 (North), R2 (South) and R3 (not in the reps file); areas A1 (Utrecht, 100 homes, bundling
// at 50%), A2 (Zeist, 50 homes) and A3 (not in the areas file). Monday 2 and Tuesday 3 November 2026.
class KpiFixture : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    s.rep("R1", "North");
    s.rep("R2", "South");
    s.area("A1", "Utrecht", 100, 0.5);
    s.area("A2", "Zeist", 50);
    using O = Outcome;
    const Channel d2d = Channel::D2d;
    s.visit("V01", "2026-11-02 09:00", "R1", "A1", O::NotHome, d2d, "1234AB", 1);
    s.visit("V02", "2026-11-02 09:30", "R1", "A1", O::NoInterest, d2d, "1234AB", 1);
    s.visit("V03", "2026-11-02 10:00", "R1", "A1", O::Sale, d2d, "1234AB", 2);
    s.visit("V04", "2026-11-02 11:00", "R1", "A2", O::Quote, d2d, "3700AA", 5, "A");
    s.visit("V05", "2026-11-03 14:00", "R2", "A2", O::Callback, d2d, "3700AA", 5, "A");
    s.visit("V06", "2026-11-03 14:20", "R2", "A2", O::AlreadyCustomer, d2d, "3700AA", 7);
    s.visit("V07", "2026-11-03 16:00", "R3", "A3", O::ContractLockIn, Channel::Htl, "9999ZZ", 1);
    s.visit("V08", "2026-11-02 10:30", "R1", "A1", O::Sale, d2d, "1234AB", 1);
    s.order("O1", "2026-11-02 10:05", "R1", "A1", d2d, "fiber-100", 4000, "2026-11-10 09:00", true);
    s.order("O2", "2026-11-02 10:35", "R1", "A1", d2d, "fiber-500", 5500, "", false);
    s.order("O3", "2026-11-03 15:00", "R2", "A2", d2d, "fiber-100", 4000, "2026-11-06 12:00");
    s.cancel("O2", "2026-11-05 08:00");  // before install: pre_install, within 14 days
    s.cancel("O3", "2026-11-20 08:00");  // after install, 17 days after ordering
    s.commit();
  }

  KpiQuery week(std::vector<Dimension> by = {}, Date asOf = day("2026-11-30")) {
    KpiQuery q;
    q.period = {day("2026-11-02"), day("2026-11-08")};
    q.asOf = asOf;
    q.by = std::move(by);
    return q;
  }

  std::vector<KpiRow> rows(const KpiQuery& q) {
    auto r = s.run(q);
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    if (!s.onServer()) {  // a server has no raw path
      EXPECT_TRUE(s.run(q, store::FactPath::Raw));
    }
    return r ? *r : std::vector<KpiRow>{};
  }

  KpiTestStore s{GetParam()};
};
SALESOPS_ON_BACKENDS(KpiFixture);

TEST_P(KpiFixture, TotalsMatchTheHandCount) {
  const auto r = rows(week());
  ASSERT_EQ(r.size(), 1u);
  const KpiValues& v = r[0].now;
  EXPECT_EQ(count(v, "visits"), 8);
  EXPECT_EQ(count(v, "contacts"), 7);  // all but V01
  EXPECT_EQ(count(v, "pitches"), 5);   // V02 no_interest, V03 V08 sale, V04 quote, V05 callback
  EXPECT_EQ(count(v, "quotes"), 3);    // V03 V04 V08
  EXPECT_EQ(count(v, "orders"), 3);
  EXPECT_EQ(count(v, "cancelled"), 2);              // O2 on 11-05, O3 on 11-20, both before as-of 11-30
  EXPECT_EQ(count(v, "pre_install_cancelled"), 1);  // O2 never installed; O3 installed 11-06 first
  EXPECT_EQ(count(v, "installed"), 1);              // O1; O3 was installed but is cancelled
  // d2d addresses: 1234AB-1 (V01 V02 V08), 1234AB-2, 3700AA-5A (V04 V05), 3700AA-7; V07 is htl.
  EXPECT_EQ(count(v, "addresses"), 4);
  EXPECT_EQ(count(v, "addresses_2x"), 2);
  EXPECT_EQ(count(v, "addresses_3x"), 1);
  EXPECT_EQ(std::get<Money>(v.value(KpiId::revenue)), Money::fromCents(4000));  // only O1 is not cancelled
  // R1 on 11-02: 09:00-11:00 + 5 min = 125 min; R2 on 11-03: 14:00-14:20 + 5 = 25; R3: 5. 155 min.
  EXPECT_NEAR(real(v, "field_hours"), 155.0 / 60, 1e-9);
  // Door-only rates count the d2d part: V07 (htl) is neither a visit nor a contact for them.
  EXPECT_DOUBLE_EQ(real(v, "contact_rate"), 6.0 / 7);
  EXPECT_DOUBLE_EQ(real(v, "conversion"), 3.0 / 7);
  EXPECT_DOUBLE_EQ(real(v, "hit_rate"), 3.0 / 7);
  EXPECT_DOUBLE_EQ(real(v, "cancel_rate"), 2.0 / 3);
  EXPECT_DOUBLE_EQ(real(v, "cancel_rate_14d"), 1.0 / 3);  // all 3 are 14+ days old; only O2 went within 14
  EXPECT_DOUBLE_EQ(real(v, "pre_install_churn"), 1.0 / 3);
  EXPECT_DOUBLE_EQ(real(v, "quote_conversion"), 3.0 / 3);
  EXPECT_DOUBLE_EQ(real(v, "addresses_per_sale"), 4.0 / 3);
  EXPECT_DOUBLE_EQ(real(v, "first_time_right"), 1.0 / 2);  // O1 true, O2 false, O3 unknown
  EXPECT_DOUBLE_EQ(real(v, "coverage"), 4.0 / 150);        // homes of A1 + A2; A3 has none
  EXPECT_DOUBLE_EQ(real(v, "penetration"), 1.0 / 150);     // on 11-08 only O3 is installed and live
  EXPECT_NEAR(real(v, "visits_per_hour"), 8 / (155.0 / 60), 1e-9);
  EXPECT_NEAR(real(v, "orders_per_hour"), 3 / (155.0 / 60), 1e-9);
  const auto parts = v.parts(KpiId::conversion);
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts->numerator, 3);
  EXPECT_EQ(parts->denominator, 7);
  EXPECT_FALSE(r[0].prev);
}

TEST_P(KpiFixture, AsOfBeforeOnAndAfterACancellation) {
  const KpiValues before = rows(week({}, day("2026-11-04")))[0].now;
  EXPECT_EQ(count(before, "cancelled"), 0);
  EXPECT_EQ(count(before, "installed"), 0);  // O1 on 11-10 and O3 on 11-06 are still to come
  EXPECT_EQ(std::get<Money>(before.value(KpiId::revenue)), Money::fromCents(13500));
  EXPECT_TRUE(noValue(before, "cancel_rate_14d"));  // no order is 14 days old yet
  EXPECT_DOUBLE_EQ(real(before, "cancel_rate"), 0.0);

  const KpiValues on = rows(week({}, day("2026-11-05")))[0].now;  // the day O2 is cancelled counts
  EXPECT_EQ(count(on, "cancelled"), 1);
  EXPECT_EQ(count(on, "pre_install_cancelled"), 1);
  EXPECT_EQ(std::get<Money>(on.value(KpiId::revenue)), Money::fromCents(8000));

  const KpiValues mid = rows(week({}, day("2026-11-16")))[0].now;  // O1, O2 14 days old; O3 not yet
  EXPECT_EQ(count(mid, "installed"), 2);                           // O1 and O3, O3 not yet cancelled
  EXPECT_DOUBLE_EQ(real(mid, "cancel_rate_14d"), 1.0 / 2);
}

TEST_P(KpiFixture, ByAreaAndCity) {
  const auto r = rows(week({Dimension::Area}));
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].dims[0].text, "A1");
  EXPECT_EQ(count(r[0].now, "visits"), 4);
  EXPECT_DOUBLE_EQ(real(r[0].now, "conversion"), 2.0 / 3);  // O1 O2 over V02 V03 V08
  EXPECT_EQ(count(r[0].now, "addresses"), 2);
  EXPECT_EQ(count(r[0].now, "addresses_3x"), 1);
  EXPECT_NEAR(real(r[0].now, "field_hours"), 100.0 / 60, 1e-9);  // 4 of R1's 5 visits that day: 4/5 of 125
  EXPECT_DOUBLE_EQ(real(r[0].now, "coverage"), 2.0 / 100);
  EXPECT_DOUBLE_EQ(real(r[0].now, "penetration"), 0.0);  // O1 is installed after the period
  EXPECT_TRUE(noValue(r[0].now, "bundling_date"));       // no growth in the 8 weeks before
  EXPECT_EQ(r[1].dims[0].text, "A2");
  EXPECT_NEAR(real(r[1].now, "field_hours"), 50.0 / 60, 1e-9);  // 25 of R1's + all 25 of R2's
  EXPECT_DOUBLE_EQ(real(r[1].now, "penetration"), 1.0 / 50);
  EXPECT_EQ(r[2].dims[0].text, "A3");
  EXPECT_DOUBLE_EQ(real(r[2].now, "conversion"), 0.0);  // 0 orders over 1 contact
  EXPECT_TRUE(noValue(r[2].now, "cancel_rate"));        // zero denominators: no value
  EXPECT_TRUE(noValue(r[2].now, "coverage"));
  EXPECT_TRUE(noValue(r[2].now, "penetration"));
  EXPECT_TRUE(noValue(r[2].now, "first_time_right"));

  const auto c = rows(week({Dimension::City}));
  ASSERT_EQ(c.size(), 3u);  // "(" sorts before letters
  EXPECT_EQ(c[0].dims[0].text, "(unknown)");
  EXPECT_EQ(c[1].dims[0].text, "Utrecht");
  EXPECT_EQ(c[2].dims[0].text, "Zeist");
  EXPECT_EQ(count(c[2].now, "orders"), 1);
}

TEST_P(KpiFixture, ByTeamRepAndChannel) {
  const auto t = rows(week({Dimension::Team}));
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].dims[0].text, "(unknown)");
  EXPECT_EQ(count(t[0].now, "visits"), 1);
  EXPECT_EQ(t[1].dims[0].text, "North");
  EXPECT_EQ(count(t[1].now, "visits"), 5);
  EXPECT_EQ(count(t[1].now, "orders"), 2);
  EXPECT_TRUE(noValue(t[1].now, "penetration"));            // an area KPI: none per team
  EXPECT_DOUBLE_EQ(real(t[1].now, "coverage"), 3.0 / 150);  // North's 3 addresses over all homes passed
  EXPECT_EQ(t[2].dims[0].text, "South");
  EXPECT_NEAR(real(t[2].now, "orders_per_hour"), 1 / (25.0 / 60), 1e-9);

  const auto r = rows(week({Dimension::Rep}));
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2].dims[0].text, "R3");
  EXPECT_NEAR(real(r[2].now, "field_hours"), 5.0 / 60, 1e-9);  // one visit: 5 minutes

  const auto ch = rows(week({Dimension::Channel}));
  ASSERT_EQ(ch.size(), 2u);
  EXPECT_EQ(ch[0].dims[0].text, "d2d");
  EXPECT_EQ(count(ch[0].now, "visits"), 7);
  EXPECT_EQ(count(ch[0].now, "orders"), 3);
  EXPECT_DOUBLE_EQ(real(ch[0].now, "contact_rate"), 6.0 / 7);
  EXPECT_EQ(ch[1].dims[0].text, "htl");
  EXPECT_DOUBLE_EQ(real(ch[1].now, "conversion"), 0.0);  // 0 orders over V07's contact
  for (const char* door :
       {"addresses", "addresses_2x", "addresses_3x", "contact_rate", "hit_rate", "addresses_per_sale", "coverage"})
    EXPECT_TRUE(noValue(ch[1].now, door)) << door;  // no door is rung at a stand
}

// d2d: 4 visits (2 not at home), 1 order; htl: 2 visits (both conversations), 2 orders.
class KpiDoorOnly : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(KpiDoorOnly);

TEST_P(KpiDoorOnly, MixedSelectionsCountTheD2dPartAndOtherChannelsHaveNoValue) {
  KpiTestStore s(GetParam());
  s.rep("R1", "North");
  s.area("A1", "Utrecht", 100);
  using O = Outcome;
  s.visit("V1", "2026-11-02 09:00", "R1", "A1", O::NotHome, Channel::D2d, "1234AB", 1);
  s.visit("V2", "2026-11-02 09:10", "R1", "A1", O::NotHome, Channel::D2d, "1234AB", 2);
  s.visit("V3", "2026-11-02 09:20", "R1", "A1", O::NoInterest, Channel::D2d, "1234AB", 3);
  s.visit("V4", "2026-11-02 09:30", "R1", "A1", O::Sale, Channel::D2d, "1234AB", 4);
  s.visit("V5", "2026-11-03 12:00", "R1", "A1", O::Sale, Channel::Htl, "", 0);
  s.visit("V6", "2026-11-03 12:30", "R1", "A1", O::Sale, Channel::Htl, "", 0);
  s.order("O1", "2026-11-02 09:35", "R1", "A1", Channel::D2d, "fiber", 4000);
  s.order("O2", "2026-11-03 12:05", "R1", "A1", Channel::Htl, "fiber", 4000);
  s.order("O3", "2026-11-03 12:35", "R1", "A1", Channel::Htl, "fiber", 4000);
  s.commit();
  KpiQuery q;
  q.period = {day("2026-11-02"), day("2026-11-08")};
  q.asOf = day("2026-11-30");
  for (const auto path : s.paths()) {
    auto total = s.run(q, path);
    ASSERT_TRUE(total && total->size() == 1u);
    const KpiValues& v = (*total)[0].now;
    EXPECT_DOUBLE_EQ(real(v, "contact_rate"), 2.0 / 4);        // d2d contacts V3 V4 over d2d visits
    EXPECT_DOUBLE_EQ(real(v, "hit_rate"), 1.0 / 4);            // O1 over the 4 doors rung
    EXPECT_DOUBLE_EQ(real(v, "addresses_per_sale"), 4.0 / 1);  // 4 d2d addresses over O1 alone
    EXPECT_DOUBLE_EQ(real(v, "coverage"), 4.0 / 100);
    EXPECT_DOUBLE_EQ(real(v, "conversion"), 3.0 / 4);  // not door-only: all orders over all contacts
    EXPECT_EQ(v.parts(KpiId::hit_rate)->denominator, 4);

    KpiQuery byChannel = q;
    byChannel.by = {Dimension::Channel};
    auto ch = s.run(byChannel, path);
    ASSERT_TRUE(ch && ch->size() == 2u);
    EXPECT_DOUBLE_EQ(real((*ch)[0].now, "addresses_per_sale"), 4.0);
    EXPECT_DOUBLE_EQ(real((*ch)[1].now, "conversion"), 2.0 / 2);
    for (const char* door : {"contact_rate", "hit_rate", "addresses", "addresses_per_sale", "coverage"})
      EXPECT_TRUE(noValue((*ch)[1].now, door)) << door;

    // Per postcode (the drill-down): visits by their postcode, orders by theirs (all 1000AA).
    auto pc = postcodeBreakdown(s.store(), {q.period, q.asOf, {}, kpi::PostcodeLevel::Pc4}, path);
    ASSERT_TRUE(pc && pc->size() == 3u);  // 1000, 1234, then the htl visits without a postcode
    EXPECT_DOUBLE_EQ(real((*pc)[1].now, "contact_rate"), 2.0 / 4);
    EXPECT_DOUBLE_EQ(real((*pc)[1].now, "hit_rate"), 0.0);  // no order has postcode 1234
    EXPECT_EQ((*pc)[0].now.d2dOrders, 1);                   // O1 of the 3 orders of 1000
    EXPECT_TRUE(noValue((*pc)[2].now, "contact_rate"));     // V5 V6 at the stand: no door

    KpiQuery htl = q;
    htl.filters.channels = {Channel::Htl};
    auto h = s.run(htl, path);
    ASSERT_TRUE(h && h->size() == 1u);
    EXPECT_EQ(count((*h)[0].now, "orders"), 2);
    for (const char* door : {"contact_rate", "hit_rate", "addresses_3x", "addresses_per_sale", "coverage"})
      EXPECT_TRUE(noValue((*h)[0].now, door)) << door;
  }
}

TEST_P(KpiFixture, ByTimeDimensions) {
  const auto d = rows(week({Dimension::Day}));
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].dims[0].text, "2026-11-02");
  EXPECT_EQ(count(d[0].now, "visits"), 5);
  EXPECT_EQ(count(d[0].now, "orders"), 2);
  EXPECT_DOUBLE_EQ(real(d[1].now, "penetration"), 0.0);  // measured at the end of 11-03: O3 comes 11-06

  const auto w = rows(week({Dimension::Week, Dimension::Month}));
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].dims[0].text, "2026-W45");
  EXPECT_EQ(w[0].dims[1].text, "2026-11");
  EXPECT_DOUBLE_EQ(real(w[0].now, "penetration"), 1.0 / 150);  // end of W45 = 11-08

  // Hours: 9 V01 V02; 10 V03 V08 and O1 O2; 11 V04; 14 V05 V06; 15 O3 (no visits); 16 V07.
  const auto h = rows(week({Dimension::Hour}));
  ASSERT_EQ(h.size(), 6u);
  EXPECT_EQ(*h[0].dims[0].number, 9);
  EXPECT_EQ(count(h[1].now, "orders"), 2);
  EXPECT_EQ(*h[4].dims[0].number, 15);
  EXPECT_EQ(count(h[4].now, "visits"), 0);
  EXPECT_TRUE(noValue(h[4].now, "conversion"));
  EXPECT_EQ(*h[5].dims[0].number, 16);

  const auto wd = rows(week({Dimension::Weekday}));
  ASSERT_EQ(wd.size(), 2u);
  EXPECT_EQ(*wd[0].dims[0].number, 1);  // Monday
  EXPECT_EQ(count(wd[1].now, "visits"), 3);
  EXPECT_EQ(count(wd[1].now, "orders"), 1);
}

TEST_P(KpiFixture, ByProductLeavesVisitKpisWithoutValue) {
  const auto p = rows(week({Dimension::Product}));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].dims[0].text, "fiber-100");
  EXPECT_EQ(count(p[0].now, "orders"), 2);  // O1 and O3
  EXPECT_EQ(std::get<Money>(p[0].now.value(KpiId::revenue)), Money::fromCents(4000));
  EXPECT_TRUE(noValue(p[0].now, "visits"));
  EXPECT_TRUE(noValue(p[0].now, "conversion"));
  EXPECT_TRUE(noValue(p[0].now, "addresses"));
  EXPECT_EQ(count(p[1].now, "cancelled"), 1);  // fiber-500: O2
}

TEST_P(KpiFixture, ComparisonAlignsDays) {
  // Last week holds nothing: counts 0, rates no value; current rows keep their values.
  KpiQuery q = week({Dimension::Day});
  q.compare = Comparison::LastWeek;
  const auto r = rows(q);
  ASSERT_EQ(r.size(), 2u);
  ASSERT_TRUE(r[0].prev);
  EXPECT_EQ(count(*r[0].prev, "visits"), 0);
  EXPECT_TRUE(noValue(*r[0].prev, "conversion"));
  // The week after, compared with this one as "previous": 11-09 is matched with 11-02.
  KpiQuery next = q;
  next.period = {day("2026-11-09"), day("2026-11-15")};
  next.compare = Comparison::Previous;
  const auto n = rows(next);
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].dims[0].text, "2026-11-09");
  EXPECT_EQ(count(n[0].now, "visits"), 0);
  EXPECT_EQ(count(*n[0].prev, "visits"), 5);
  EXPECT_EQ(count(*n[1].prev, "orders"), 1);
}

TEST_P(KpiFixture, OnlyTheAskedSourcesAreRead) {
  KpiQuery q = week();
  q.only = {KpiId::conversion};
  const KpiValues v = rows(q)[0].now;
  EXPECT_DOUBLE_EQ(real(v, "conversion"), 3.0 / 7);
  EXPECT_TRUE(noValue(v, "addresses"));
  EXPECT_TRUE(noValue(v, "penetration"));
}

}  // namespace
}  // namespace salesops::kpi::testing
