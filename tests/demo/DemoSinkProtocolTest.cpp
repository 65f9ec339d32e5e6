// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <regex>
#include <unordered_set>

#include "DemoTestSupport.h"

namespace salesops::demo::test {
namespace {

/// Checks, as the rows arrive, that nothing refers to a row the sink has not seen yet (a store can
/// then insert each batch with its references resolved).
class OrderCheckingSink : public CollectingSink {
 public:
  int ordersBeforeVisit = 0;
  int cancellationsBeforeOrder = 0;

  Result<void> visits(const std::vector<ingest::VisitRow>& rows) override {
    for (const auto& v : rows) visitIds_.insert(v.visitId);
    return CollectingSink::visits(rows);
  }
  Result<void> orders(const std::vector<ingest::OrderRow>& rows) override {
    for (const auto& o : rows) {
      ordersBeforeVisit += !visitIds_.count(o.visitId);
      orderIds_.insert(o.orderId);
    }
    return CollectingSink::orders(rows);
  }
  Result<void> cancellations(const std::vector<ingest::CancellationRow>& rows) override {
    for (const auto& c : rows) cancellationsBeforeOrder += !orderIds_.count(c.orderId);
    return CollectingSink::cancellations(rows);
  }

 private:
  std::unordered_set<std::string> visitIds_, orderIds_;
};

/// Fails the n-th visits batch, as a store would on a full disk.
class FailingSink : public CollectingSink {
 public:
  explicit FailingSink(int failOn) : failOn_(failOn) {}
  Result<void> visits(const std::vector<ingest::VisitRow>& rows) override {
    if (++visitCalls_ == failOn_) {
      data.calls += 'X';
      return makeError("disk full");
    }
    return CollectingSink::visits(rows);
  }

 private:
  int failOn_;
  int visitCalls_ = 0;
};

TEST(DemoSinkProtocol, ReferenceTablesComeFirstThenDaysThenOneFinish) {
  const DemoData& d = defaultData();
  EXPECT_TRUE(std::regex_match(d.calls, std::regex("rat[voc]+"))) << d.calls.substr(0, 40);
  EXPECT_EQ(d.finishCalls, 1);
}

TEST(DemoSinkProtocol, OrdersArriveAfterTheirVisitAndCancellationsAfterTheirOrder) {
  OrderCheckingSink sink;
  ASSERT_TRUE(generate(defaultOptions(), sink));
  EXPECT_GT(sink.data.cancellations.size(), 50u);
  EXPECT_EQ(sink.ordersBeforeVisit, 0);
  EXPECT_EQ(sink.cancellationsBeforeOrder, 0);
}

TEST(DemoSinkProtocol, BatchesStayBoundedOnBusyDays) {
  DemoOptions o = defaultOptions();
  o.visits = 200000;
  o.days = 3;  // ~67,000 visits a day
  const DemoData d = generateData(o);
  ASSERT_EQ(d.visits.size(), 200000u);
  EXPECT_LE(d.largestBatch, kMaxBatchRows);
  EXPECT_GE(std::count(d.calls.begin(), d.calls.end(), 'v'), 20);
  EXPECT_EQ(d.calls.find("vv"), std::string::npos) << "orders of a batch come right after it";
}

TEST(DemoSinkProtocol, StopsAtTheFirstSinkErrorAndReturnsIt) {
  FailingSink sink(3);
  const Result<void> r = generate(defaultOptions(), sink);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "disk full");
  // Two visit batches went through; nothing after the failing third, not even finish().
  EXPECT_EQ(std::count(sink.data.calls.begin(), sink.data.calls.end(), 'v'), 2);
  EXPECT_EQ(sink.data.calls.back(), 'X') << sink.data.calls;
  EXPECT_EQ(sink.data.finishCalls, 0);
}

TEST(DemoSinkProtocol, RejectsInvalidOptionsBeforeWritingAnything) {
  for (auto change : {+[](DemoOptions& o) { o.visits = -1; }, +[](DemoOptions& o) { o.days = 0; },
                      +[](DemoOptions& o) { o.visits = 1'000'000'000; }}) {
    DemoOptions o = defaultOptions();
    change(o);
    CollectingSink sink;
    const Result<void> r = generate(o, sink);
    EXPECT_FALSE(r);
    EXPECT_TRUE(sink.data.calls.empty());
  }
}

TEST(DemoSinkProtocol, APeriodOfOnlyASundayStillGetsItsVisits) {
  DemoOptions o = defaultOptions();
  o.endDate = *Date::fromYmd(2026, 11, 29);
  o.days = 1;
  o.visits = 50;
  const DemoData d = generateData(o);
  ASSERT_EQ(d.visits.size(), 50u);
  for (const ingest::VisitRow& v : d.visits) EXPECT_EQ(v.visitedAt.date(), o.endDate);
}

}  // namespace
}  // namespace salesops::demo::test
