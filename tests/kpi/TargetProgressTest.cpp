// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "DataQualityTestSupport.h"

#include "salesops/kpi/TargetProgress.h"
#include "salesops/store/TargetSource.h"

namespace salesops::kpi::test {
namespace {

const IsoWeek kW47{2026, 47};  // Monday 2026-11-16 .. Sunday 2026-11-22
const IsoWeek kW48{2026, 48};  // Monday 2026-11-23 .. Sunday 2026-11-29
const IsoWeek kW49{2026, 49};
Date day(int d) { return *Date::fromYmd(2026, 11, d); }

/// Two reps in two teams. Week 47 is complete: R1 10 visits (6 contacts) and 3 orders. Week 48 is
/// in progress on Wednesday the 25th: R1 8 visits (4 contacts) and 2 orders on Monday; R2 4 visits
/// (4 contacts) and 2 orders on Tuesday, one of them cancelled on Wednesday; and an order of R1 on
/// Thursday, after as-of, which must not count.
class TargetProgressFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    ingest::RowBatch b;
    b.reps = {{"R1", "Rep One", "Team A", {}, {}}, {"R2", "Rep Two", "Team B", {}, {}}};
    write(FileKind::Reps, b);
    int n = 0;
    auto visits = [&](const char* rep, int d, int notHome, int sales, int noInterest) {
      for (int i = 0; i < notHome + sales + noInterest; ++i) {
        const Outcome o = i < notHome ? Outcome::NotHome : i < notHome + sales ? Outcome::Sale : Outcome::NoInterest;
        b.visits.push_back({"V" + std::to_string(++n), DateTime::from(day(d), 10, i), rep, "UTR-01", o, Channel::D2d,
                            "3511AA", n, ""});
      }
    };
    visits("R1", 16, 4, 3, 3);
    visits("R1", 23, 4, 2, 2);
    visits("R2", 24, 0, 2, 2);
    write(FileKind::Visits, b);
    auto order = [&](const char* id, const char* rep, int d) {
      ingest::OrderRow o;
      o.orderId = id;
      o.orderedAt = DateTime::from(day(d), 11);
      o.repId = rep;
      o.area = "UTR-01";
      o.visitId = "V1";
      o.postcode = "3511AA";
      o.houseNumber = 1;
      o.product = "internet";
      b.orders.push_back(o);
    };
    for (const char* id : {"O1", "O2", "O3"}) order(id, "R1", 16);
    for (const char* id : {"O4", "O5"}) order(id, "R1", 23);
    for (const char* id : {"O6", "O7"}) order(id, "R2", 24);
    order("O8", "R1", 26);
    write(FileKind::Orders, b);
    b.cancellations = {{"O7", DateTime::from(day(25), 9), CancelReason::WrongExpectation, ""}};
    write(FileKind::Cancellations, b);
    b.targets = {
        {kW47, TargetLevel::All, "", "orders", 5},         {kW47, TargetLevel::All, "", "conversion", 0.4},
        {kW48, TargetLevel::All, "", "orders", 10},        {kW48, TargetLevel::Team, "Team A", "orders", 3},
        {kW48, TargetLevel::Rep, "R2", "conversion", 0.4}, {kW48, TargetLevel::Rep, "R2", "cancel_rate", 0.1},
        {kW48, TargetLevel::Rep, "R9", "orders", 5},       {kW49, TargetLevel::All, "", "orders", 12},
    };
    write(FileKind::Targets, b);
    ASSERT_TRUE(writer_->commit());
  }

  void write(FileKind kind, ingest::RowBatch& b) {
    if (!writer_) writer_ = std::move(store::StoreWriter::begin(*store_).value());
    auto r = writer_->write(kind, b);
    ASSERT_TRUE(r) << r.error().message;
    b.clear();
  }

  const TargetProgress& find(IsoWeek w, TargetLevel level, std::string_view key, std::string_view metric) {
    for (const auto& p : progress_)
      if (p.week == w && p.level == level && p.key == key && p.metric == metric) return p;
    throw std::runtime_error("no such target");
  }

  void run(Date asOf) {
    auto r = targetProgress(*store_, {kW47, kW49, asOf});
    ASSERT_TRUE(r) << r.error().message;
    progress_ = std::move(*r);
  }

  TempStore store_;
  std::unique_ptr<store::StoreWriter> writer_;
  std::vector<TargetProgress> progress_;
};

TEST(TargetProgressPace, WorkingDaysAreMondayToSaturday) {
  EXPECT_EQ(workingDaysElapsed(kW48, day(22)), 0);
  EXPECT_EQ(workingDaysElapsed(kW48, day(23)), 1);
  EXPECT_EQ(workingDaysElapsed(kW48, day(25)), 3);
  EXPECT_EQ(workingDaysElapsed(kW48, day(28)), 6);
  EXPECT_EQ(workingDaysElapsed(kW48, day(29)), 6);
  EXPECT_EQ(workingDaysElapsed(kW48, *Date::fromYmd(2026, 12, 10)), 6);
  EXPECT_EQ(workingDaysElapsed(kW48, day(28), 5), 5);
  // 4 orders in 3 working days: 4 / 3 * 6 = 8 in the week.
  EXPECT_DOUBLE_EQ(*projectedWeekTotal(4, 3, 6), 8);
  EXPECT_FALSE(projectedWeekTotal(4, 0, 6));
}

TEST_F(TargetProgressFixture, StoreReadsTheTargetsOfTheWeeks) {
  auto t = store::TargetSource(*store_).targets(kW48, kW48);
  ASSERT_TRUE(t);
  ASSERT_EQ(t->size(), 5u);
  // By week, level, key, metric.
  EXPECT_EQ((*t)[0], (store::StoredTarget{kW48, TargetLevel::All, "", "orders", 10}));
  EXPECT_EQ((*t)[1].key, "Team A");
  EXPECT_EQ((*t)[2].metric, "cancel_rate");
  EXPECT_EQ((*t)[4].key, "R9");
}

TEST_F(TargetProgressFixture, CompleteWeekIsItsValue) {
  run(day(25));
  ASSERT_EQ(progress_.size(), 8u);
  const auto& orders = find(kW47, TargetLevel::All, "", "orders");
  EXPECT_TRUE(orders.complete);
  EXPECT_FALSE(orders.rate);
  EXPECT_EQ(*orders.value, 3);
  EXPECT_EQ(*orders.pace, 3);
  EXPECT_DOUBLE_EQ(*orders.ratio, 0.6);  // 3 of 5
  EXPECT_FALSE(*orders.onTrack);
  const auto& conversion = find(kW47, TargetLevel::All, "", "conversion");
  EXPECT_TRUE(conversion.rate);
  EXPECT_DOUBLE_EQ(*conversion.value, 0.5);  // 3 orders / 6 contacts
  EXPECT_EQ(*conversion.n, 6);
  EXPECT_TRUE(*conversion.onTrack);
}

TEST_F(TargetProgressFixture, WeekInProgressIsProjectedAtItsPace) {
  run(day(25));
  // 4 orders by Wednesday (3 of 6 working days; Thursday's order is after as-of): 4 / 3 * 6 = 8.
  const auto& all = find(kW48, TargetLevel::All, "", "orders");
  EXPECT_FALSE(all.complete);
  EXPECT_EQ(all.workingDaysElapsed, 3);
  EXPECT_EQ(all.workingDaysInWeek, 6);
  EXPECT_EQ(*all.value, 4);
  EXPECT_DOUBLE_EQ(*all.pace, 8);
  EXPECT_DOUBLE_EQ(*all.ratio, 0.8);
  EXPECT_FALSE(*all.onTrack);
  // Team A (R1): 2 orders, 2 / 3 * 6 = 4 against 3.
  const auto& team = find(kW48, TargetLevel::Team, "Team A", "orders");
  EXPECT_EQ(*team.value, 2);
  EXPECT_DOUBLE_EQ(*team.pace, 4);
  EXPECT_TRUE(*team.onTrack);
  // R2's conversion so far: 2 orders / 4 contacts; a rate's pace is the rate so far.
  const auto& conversion = find(kW48, TargetLevel::Rep, "R2", "conversion");
  EXPECT_DOUBLE_EQ(*conversion.value, 0.5);
  EXPECT_DOUBLE_EQ(*conversion.pace, 0.5);
  EXPECT_EQ(*conversion.n, 4);
  EXPECT_DOUBLE_EQ(*conversion.ratio, 1.25);
  EXPECT_TRUE(*conversion.onTrack);
  // R2's cancel rate: 1 of 2, against at most 10%: less is better, so not on track.
  const auto& cancel = find(kW48, TargetLevel::Rep, "R2", "cancel_rate");
  EXPECT_DOUBLE_EQ(*cancel.value, 0.5);
  EXPECT_FALSE(*cancel.onTrack);
  // A rep without any data this week has done nothing yet.
  const auto& idle = find(kW48, TargetLevel::Rep, "R9", "orders");
  EXPECT_EQ(*idle.value, 0);
  EXPECT_EQ(*idle.pace, 0);
  EXPECT_FALSE(*idle.onTrack);
  // Next week has not started.
  const auto& next = find(kW49, TargetLevel::All, "", "orders");
  EXPECT_FALSE(next.value);
  EXPECT_FALSE(next.pace);
  EXPECT_FALSE(next.onTrack);
  EXPECT_EQ(next.workingDaysElapsed, 0);
}

TEST_F(TargetProgressFixture, CancellationsAfterAsOfDoNotCount) {
  run(day(24));  // Tuesday: R2's order was cancelled on Wednesday
  const auto& cancel = find(kW48, TargetLevel::Rep, "R2", "cancel_rate");
  EXPECT_DOUBLE_EQ(*cancel.value, 0);
  EXPECT_TRUE(*cancel.onTrack);
  // 4 orders in 2 working days: 4 / 2 * 6 = 12 against 10.
  const auto& all = find(kW48, TargetLevel::All, "", "orders");
  EXPECT_DOUBLE_EQ(*all.pace, 12);
  EXPECT_TRUE(*all.onTrack);
}

TEST_F(TargetProgressFixture, RefusesAnInvertedRange) { EXPECT_FALSE(targetProgress(*store_, {kW49, kW47, day(25)})); }

}  // namespace
}  // namespace salesops::kpi::test
