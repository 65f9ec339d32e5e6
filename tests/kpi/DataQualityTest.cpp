// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <map>

#include "DataQualityTestSupport.h"
#include "KpiTestStore.h"

namespace salesops::kpi::test {
namespace {

using ingest::CancellationRow;
using ingest::OrderRow;
using ingest::VisitRow;

DateTime at(int year, int month, int day, int hour = 12, int minute = 0) {
  return DateTime::from(*Date::fromYmd(year, month, day), hour, minute);
}
DateTime nov(int day, int hour = 12, int minute = 0) { return at(2026, 11, day, hour, minute); }

VisitRow visit(std::string id, DateTime when, std::string rep, std::string area, Outcome outcome, std::string postcode,
               int house, std::string addition = {}) {
  VisitRow v;
  v.visitId = std::move(id);
  v.visitedAt = when;
  v.repId = std::move(rep);
  v.area = std::move(area);
  v.outcome = outcome;
  v.postcode = std::move(postcode);
  v.houseNumber = house;
  v.addition = std::move(addition);
  return v;
}

OrderRow order(std::string id, DateTime when, std::string rep, std::string area, std::string visitId,
               std::string postcode = {}, int house = 0, std::string addition = {}) {
  OrderRow o;
  o.orderId = std::move(id);
  o.orderedAt = when;
  o.repId = std::move(rep);
  o.area = std::move(area);
  o.visitId = std::move(visitId);
  o.postcode = std::move(postcode);
  o.houseNumber = house;
  o.addition = std::move(addition);
  o.product = "Fiber 1000";
  return o;
}

CancellationRow cancellation(std::string orderId, DateTime when) {
  return CancellationRow{std::move(orderId), when, CancelReason::CoolingOff, {}};
}

ingest::RepRow rep(std::string id, std::optional<Date> from, std::optional<Date> to) {
  std::string name = "Rep " + id;  // before id is moved from: a braced list initialises in order
  return ingest::RepRow{std::move(id), std::move(name), "Utrecht", from, to};
}

const Date kAsOf = *Date::fromYmd(2026, 11, 28);

/// A small, clean store (as of 2026-11-28) that each test spoils in one way:
/// reps R001 (active from 2026-01-01) and R002 (2026-10-01 to 2026-11-15), areas UTR-01 and UTR-02;
/// sale V001 -> order O001 at 1234AB 1 (installed 11-20), not_home V002, sale V003 -> order O002
/// at 3511AJ 205 A, cancelled on 11-05.
class DataQualityTest : public ::testing::TestWithParam<salesops::testing::Backend> {
 protected:
  void SetUp() override {
    ingest::RowBatch b;
    b.reps = {rep("R001", Date::fromYmd(2026, 1, 1), std::nullopt),
              rep("R002", Date::fromYmd(2026, 10, 1), Date::fromYmd(2026, 11, 15))};
    b.areas = {{"UTR-01", "Wittevrouwen", "Utrecht", 1200, std::nullopt},
               {"UTR-02", "Lombok", "Utrecht", 900, std::nullopt}};
    write(b);
    b = {};
    b.visits = {visit("V001", nov(2, 10, 0), "R001", "UTR-01", Outcome::Sale, "1234AB", 1),
                visit("V002", nov(2, 10, 5), "R001", "UTR-01", Outcome::NotHome, "1234AB", 3),
                visit("V003", nov(3, 11, 0), "R002", "UTR-02", Outcome::Sale, "3511AJ", 205, "A")};
    b.orders = {order("O001", nov(2, 10, 10), "R001", "UTR-01", "V001", "1234AB", 1),
                order("O002", nov(3, 11, 10), "R002", "UTR-02", "V003", "3511AJ", 205, "A")};
    b.orders[0].installedAt = nov(20, 8);
    b.cancellations = {cancellation("O002", nov(5, 10))};
    write(b);
  }

  /// Writes every kind the batch holds, as an import would.
  void write(ingest::RowBatch& batch) { store.write(std::move(batch)); }
  void add(std::vector<VisitRow> v, std::vector<OrderRow> o = {}, std::vector<CancellationRow> c = {}) {
    ingest::RowBatch b;
    b.visits = std::move(v);
    b.orders = std::move(o);
    b.cancellations = std::move(c);
    write(b);
  }

  /// Every finding has the expected count, and those not named have none.
  static void expectCounts(const DataQualityReport& r, const std::map<std::string, int64_t>& expected) {
    for (const Finding& f : r.findings) {
      auto it = expected.find(f.id);
      EXPECT_EQ(f.count, it == expected.end() ? 0 : it->second) << f.id;
    }
  }

  testing::KpiTestStore store{GetParam()};
};

TEST_P(DataQualityTest, CleanDataHasNoFindings) {
  const DataQualityReport r = check(store.store(), kAsOf);
  EXPECT_EQ(r.asOf, kAsOf);
  ASSERT_EQ(r.findings.size(), qualityChecks().size());
  for (size_t i = 0; i < r.findings.size(); ++i) {
    EXPECT_EQ(r.findings[i].id, qualityChecks()[i].id);
    EXPECT_EQ(r.findings[i].count, 0) << r.findings[i].id;
    EXPECT_TRUE(r.findings[i].examples.empty());
    EXPECT_TRUE(r.findings[i].reps.empty());
  }
  EXPECT_FALSE(r.hasProblems());
}

TEST_P(DataQualityTest, CheckIdsAreUniqueAndDescribed) {
  for (size_t i = 0; i < qualityChecks().size(); ++i) {
    EXPECT_FALSE(qualityChecks()[i].description.empty());
    for (size_t k = i + 1; k < qualityChecks().size(); ++k) EXPECT_NE(qualityChecks()[i].id, qualityChecks()[k].id);
  }
}

TEST_P(DataQualityTest, OrdersOfUnknownVisitsAreOrphansCountedPerRep) {
  add({}, {order("O010", nov(4), "R002", "UTR-02", "V404"), order("O011", nov(5), "R002", "UTR-02", "V405"),
           order("O012", nov(6), "R001", "UTR-01", "V406")});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"orphan_orders", 3}});
  const Finding& f = *r.find("orphan_orders");
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R002", 2}, {"R001", 1}}));
  // Whom to call, by name from the reps file (the fixture names each rep "Rep <code>").
  EXPECT_EQ(f.reps[0].name, "Rep R002");
  EXPECT_EQ(f.reps[1].name, "Rep R001");
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{{"O010", "visit_id V404", "R002"},
                                                     {"O011", "visit_id V405", "R002"},
                                                     {"O012", "visit_id V406", "R001"}}));
  EXPECT_TRUE(r.hasProblems());

  const DataQualityReport two = check(store.store(), kAsOf, 2);
  EXPECT_EQ(two.find("orphan_orders")->count, 3);
  EXPECT_EQ(two.find("orphan_orders")->examples.size(), 2u);
}

TEST_P(DataQualityTest, OrdersWithoutAVisitAreOnlyInformation) {
  add({}, {order("O020", nov(6), "R001", "UTR-01", "")});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"orders_without_visit", 1}});
  const Finding& f = *r.find("orders_without_visit");
  EXPECT_EQ(f.severity, Severity::Info);
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{{"O020", "ordered_at 2026-11-06 12:00:00", "R001"}}));
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R001", 1}}));
  EXPECT_FALSE(r.hasProblems());
}

TEST_P(DataQualityTest, OrderOnAVisitThatWasNoSale) {
  add({}, {order("O030", nov(2, 10, 20), "R001", "UTR-01", "V002")});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"order_visit_not_sale", 1}});
  const Finding& f = *r.find("order_visit_not_sale");
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{{"O030", "visit_id V002, outcome not_home", "R001"}}));
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R001", 1}}));
}

TEST_P(DataQualityTest, InstalledBeforeOrderedButNotAtTheSameMoment) {
  std::vector<OrderRow> orders = {order("O040", nov(10, 12), "R001", "UTR-01", "V040", "1234AB", 40),
                                  order("O041", nov(11, 12), "R001", "UTR-01", "V041", "1234AB", 41)};
  orders[0].installedAt = nov(7, 8);
  orders[1].installedAt = nov(11, 12);
  add({visit("V040", nov(10, 11, 50), "R001", "UTR-01", Outcome::Sale, "1234AB", 40),
       visit("V041", nov(11, 12), "R001", "UTR-01", Outcome::Sale, "1234AB", 41)},
      orders);
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"installed_before_ordered", 1}});
  EXPECT_EQ(r.find("installed_before_ordered")->examples,
            (std::vector<FindingExample>{
                {"O040", "ordered_at 2026-11-10 12:00:00, installed_at 2026-11-07 08:00:00", "R001"}}));
}

TEST_P(DataQualityTest, CancellationsOfUnknownOrdersHaveNoRep) {
  add({}, {}, {cancellation("O998", nov(20, 9)), cancellation("O999", nov(21, 9, 30))});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"orphan_cancellations", 2}});
  const Finding& f = *r.find("orphan_cancellations");
  EXPECT_TRUE(f.reps.empty());
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{{"O998", "cancelled_at 2026-11-20 09:00:00", ""},
                                                     {"O999", "cancelled_at 2026-11-21 09:30:00", ""}}));
}

TEST_P(DataQualityTest, CancelledBeforeOrderedButNotAtTheSameMoment) {
  add({visit("V071", nov(12), "R001", "UTR-01", Outcome::Sale, "1234AB", 71)},
      {order("O071", nov(12), "R001", "UTR-01", "V071", "1234AB", 71)},
      {cancellation("O001", nov(1, 9)), cancellation("O071", nov(12))});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"cancelled_before_ordered", 1}});
  const Finding& f = *r.find("cancelled_before_ordered");
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{
                            {"O001", "ordered_at 2026-11-02 10:10:00, cancelled_at 2026-11-01 09:00:00", "R001"}}));
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R001", 1}}));
}

TEST_P(DataQualityTest, AnythingDatedAfterTheAsOfDayIsInTheFuture) {
  std::vector<OrderRow> orders = {order("O050", nov(29, 0, 30), "R001", "UTR-01", "V051", "1234AB", 51),
                                  order("O053", nov(20, 12, 5), "R001", "UTR-01", "V053", "1234AB", 53)};
  orders[1].installedAt = at(2026, 12, 1, 8);
  add({visit("V050", nov(28, 23, 59), "R001", "UTR-01", Outcome::NotHome, "1234AB", 50),
       visit("V051", nov(29, 0, 0), "R001", "UTR-01", Outcome::Sale, "1234AB", 51),
       visit("V052", at(2026, 12, 5, 18), "R001", "UTR-01", Outcome::NoInterest, "1234AB", 52),
       visit("V053", nov(20), "R001", "UTR-01", Outcome::Sale, "1234AB", 53)},
      orders, {cancellation("O001", nov(29, 9))});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"future_visits", 2}, {"future_orders", 2}, {"future_cancellations", 1}});
  EXPECT_EQ(r.find("future_visits")->examples,
            (std::vector<FindingExample>{{"V051", "visited_at 2026-11-29 00:00:00", "R001"},
                                         {"V052", "visited_at 2026-12-05 18:00:00", "R001"}}));
  EXPECT_EQ(r.find("future_visits")->reps, (std::vector<RepCount>{{"R001", 2}}));
  EXPECT_EQ(r.find("future_orders")->examples,
            (std::vector<FindingExample>{{"O050", "ordered_at 2026-11-29 00:30:00", "R001"},
                                         {"O053", "installed_at 2026-12-01 08:00:00", "R001"}}));
  EXPECT_EQ(r.find("future_cancellations")->examples,
            (std::vector<FindingExample>{{"O001", "cancelled_at 2026-11-29 09:00:00", "R001"}}));

  // Seen from a later day, the same rows are in the past.
  expectCounts(check(store.store(), *Date::fromYmd(2026, 12, 5)), {});
}

TEST_P(DataQualityTest, UnknownRepsAndAreasUntilTheirFileArrives) {
  add({visit("V060", nov(3, 12), "R099", "UTR-01", Outcome::NoInterest, "1234AB", 60),
       visit("V061", nov(3, 13), "R001", "XXX-99", Outcome::NotHome, "1234AB", 61),
       visit("V062", nov(4, 12), "R099", "UTR-01", Outcome::Sale, "1234AB", 62)},
      {order("O060", nov(4, 12, 10), "R099", "XXX-99", "V062", "1234AB", 62)});
  DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"unknown_reps", 3}, {"unknown_areas", 2}});
  EXPECT_EQ(r.find("unknown_reps")->reps, (std::vector<RepCount>{{"R099", 3}}));
  EXPECT_EQ(r.find("unknown_reps")->examples,
            (std::vector<FindingExample>{
                {"V060", "rep_id R099", "R099"}, {"V062", "rep_id R099", "R099"}, {"O060", "rep_id R099", "R099"}}));
  EXPECT_EQ(r.find("unknown_areas")->reps, (std::vector<RepCount>{{"R001", 1}, {"R099", 1}}));
  EXPECT_EQ(r.find("unknown_areas")->examples,
            (std::vector<FindingExample>{{"V061", "area XXX-99", "R001"}, {"O060", "area XXX-99", "R099"}}));

  ingest::RowBatch files;
  files.reps = {rep("R099", std::nullopt, std::nullopt)};
  files.areas = {{"XXX-99", "", "Utrecht", 10, std::nullopt}};
  write(files);
  expectCounts(check(store.store(), kAsOf), {});
}

TEST_P(DataQualityTest, VisitsOutsideTheRepsActivePeriod) {
  add({visit("V070", at(2026, 9, 30, 18), "R002", "UTR-02", Outcome::NotHome, "3511AJ", 70),
       visit("V071", nov(16, 9), "R002", "UTR-02", Outcome::NotHome, "3511AJ", 71),
       visit("V072", nov(15, 20), "R002", "UTR-02", Outcome::NotHome, "3511AJ", 72),
       visit("V073", at(2025, 12, 31, 10), "R001", "UTR-01", Outcome::NotHome, "1234AB", 73)});
  const DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"visits_outside_active_period", 3}});
  const Finding& f = *r.find("visits_outside_active_period");
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R002", 2}, {"R001", 1}}));
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{
                            {"V073", "visited_at 2025-12-31 10:00:00, active 2026-01-01 to ...", "R001"},
                            {"V070", "visited_at 2026-09-30 18:00:00, active 2026-10-01 to 2026-11-15", "R002"},
                            {"V071", "visited_at 2026-11-16 09:00:00, active 2026-10-01 to 2026-11-15", "R002"}}));
  EXPECT_TRUE(r.hasProblems());
}

TEST_P(DataQualityTest, LiveOrdersAtOneAddressLessThanTwoWeeksApartAreLikelyDoubles) {
  add({visit("V080", nov(15, 10), "R002", "UTR-01", Outcome::Sale, "1234AB", 1),
       visit("V081", nov(27, 10), "R001", "UTR-01", Outcome::Sale, "1234AB", 1),
       visit("V082", nov(4, 12), "R002", "UTR-02", Outcome::Sale, "3511AJ", 205, "A"),
       visit("V083", nov(4, 12, 30), "R002", "UTR-02", Outcome::Sale, "3511AJ", 205),
       visit("V084", nov(1), "R001", "UTR-01", Outcome::Sale, "9999ZZ", 7),
       visit("V085", nov(15), "R001", "UTR-01", Outcome::Sale, "9999ZZ", 7)},
      {// 13 days after O001, then 12 days after that: one chain of three.
       order("O080", nov(15, 10, 10), "R002", "UTR-01", "V080", "1234AB", 1),
       order("O081", nov(27, 10, 10), "R001", "UTR-01", "V081", "1234AB", 1),
       // O002 at this address is cancelled; the address without addition is another home.
       order("O082", nov(4, 12, 10), "R002", "UTR-02", "V082", "3511AJ", 205, "A"),
       order("O083", nov(4, 12, 40), "R002", "UTR-02", "V083", "3511AJ", 205),
       // Exactly 14 days apart: not a double.
       order("O084", nov(1), "R001", "UTR-01", "V084", "9999ZZ", 7),
       order("O085", nov(15), "R001", "UTR-01", "V085", "9999ZZ", 7)});
  DataQualityReport r = check(store.store(), kAsOf);
  expectCounts(r, {{"double_orders", 3}});
  const Finding& f = *r.find("double_orders");
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R001", 2}, {"R002", 1}}));
  EXPECT_EQ(f.examples, (std::vector<FindingExample>{
                            {"1234AB 1", "O001 on 2026-11-02, O080 on 2026-11-15, O081 on 2026-11-27", "R001, R002"}}));

  // Cancelling the middle one leaves O001 and O081 25 days apart.
  add({}, {}, {cancellation("O080", nov(16, 9))});
  expectCounts(check(store.store(), kAsOf), {});
}

SALESOPS_ON_BACKENDS(DataQualityTest);

}  // namespace
}  // namespace salesops::kpi::test
