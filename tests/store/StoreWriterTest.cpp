// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <gtest/gtest.h>
#include <random>

#include "TestStores.h"

#include "salesops/store/StoreWriter.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

ingest::VisitRow visit(const std::string& id, int day, int hour, const std::string& rep, Outcome outcome) {
  ingest::VisitRow v;
  v.visitId = id;
  v.visitedAt = DateTime::from(*Date::fromYmd(2026, 11, day), hour, 15);
  v.repId = rep;
  v.area = "UTR-01";
  v.outcome = outcome;
  v.postcode = "3512AB";
  v.houseNumber = 10;
  return v;
}

WriteCounts writeVisits(Store& store, std::vector<ingest::VisitRow> rows) {
  auto writer = StoreWriter::begin(store);
  EXPECT_TRUE(writer) << writer.error().message;
  ingest::RowBatch batch;
  batch.visits = std::move(rows);
  auto counts = (*writer)->write(FileKind::Visits, batch);
  EXPECT_TRUE(counts) << counts.error().message;
  EXPECT_TRUE((*writer)->commit());
  return *counts;
}

class StoreWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::open(dir.file("s.sqlite"));
    ASSERT_TRUE(s) << s.error().message;
    store = std::move(s.value());
  }
  TempDir dir;
  std::unique_ptr<Store> store;
};

}  // namespace

TEST_F(StoreWriterTest, NewIdsAreInsertedAndIdenticalRowsUnchanged) {
  const std::vector<ingest::VisitRow> rows = {visit("V1", 3, 17, "R001", Outcome::Sale),
                                              visit("V2", 3, 18, "R001", Outcome::NotHome)};
  WriteCounts first = writeVisits(*store, rows);
  EXPECT_EQ(first.inserted, 2);
  EXPECT_EQ(first.updated, 0);
  WriteCounts again = writeVisits(*store, rows);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.updated, 0);
  EXPECT_EQ(again.unchanged, 2);
  EXPECT_EQ(store->counts().visits, 2);
}

TEST_F(StoreWriterTest, AChangedRowIsUpdatedAndTheRollupFollows) {
  writeVisits(*store, {visit("V1", 3, 17, "R001", Outcome::Quote), visit("V2", 3, 18, "R001", Outcome::NotHome)});
  WriteCounts c =
      writeVisits(*store, {visit("V1", 3, 17, "R001", Outcome::Sale), visit("V2", 3, 18, "R001", Outcome::NotHome)});
  EXPECT_EQ(c.updated, 1);
  EXPECT_EQ(c.unchanged, 1);
  EXPECT_EQ(queryInt(*store, "SELECT outcome FROM visit WHERE visit_id = 'V1'"), static_cast<int>(Outcome::Sale));
  EXPECT_EQ(queryInt(*store, "SELECT sum(quote) FROM visit_rollup"), 0);
  EXPECT_EQ(queryInt(*store, "SELECT sum(sale) FROM visit_rollup"), 1);
  EXPECT_EQ(queryInt(*store, "SELECT sum(visits) FROM visit_rollup"), 2);
  EXPECT_EQ(rollupMismatch(*store), "");
}

TEST_F(StoreWriterTest, MovingAVisitToAnotherDayShrinksTheRepDay) {
  // R001 works 17:15 and 18:15 on the 3rd; moving the 18:15 visit to the 4th leaves a 0-minute span.
  writeVisits(*store, {visit("V1", 3, 17, "R001", Outcome::Sale), visit("V2", 3, 18, "R001", Outcome::NotHome)});
  EXPECT_EQ(queryInt(*store, "SELECT last_at - first_at FROM rep_day"), 3600);
  writeVisits(*store, {visit("V2", 4, 18, "R001", Outcome::NotHome)});
  EXPECT_EQ(queryInt(*store, "SELECT count(*) FROM rep_day"), 2);
  EXPECT_EQ(queryInt(*store, "SELECT max(last_at - first_at) FROM rep_day"), 0);
  EXPECT_EQ(rollupMismatch(*store), "");
}

TEST_F(StoreWriterTest, RollbackLeavesNothing) {
  {
    auto writer = StoreWriter::begin(*store);
    ASSERT_TRUE(writer);
    ingest::RowBatch batch;
    batch.visits = {visit("V1", 3, 17, "R001", Outcome::Sale)};
    ASSERT_TRUE((*writer)->write(FileKind::Visits, batch));
  }  // destroyed without commit
  EXPECT_EQ(store->counts().visits, 0);
  EXPECT_EQ(queryInt(*store, "SELECT count(*) FROM visit_rollup"), 0);
  EXPECT_EQ(queryInt(*store, "SELECT count(*) FROM rep_code"), 0);
}

TEST_F(StoreWriterTest, ASecondWriterWaitsThenFailsCleanly) {
  auto first = StoreWriter::begin(*store);
  ASSERT_TRUE(first);
  auto other = Store::open(dir.file("s.sqlite"));
  ASSERT_TRUE(other);
  sqlite3_busy_timeout((*other)->db().handle(), 50);
  auto second = StoreWriter::begin(**other);
  ASSERT_FALSE(second);
  EXPECT_NE(second.error().message.find("busy"), std::string::npos) << second.error().message;
}

TEST_F(StoreWriterTest, ScatteredIdsOverALargeTableFallBackToLookupsWithTheSameCounts) {
  // 20,000 stored ids; a batch with the first and the last id spans them all, so the range scan
  // gives up after its limit and the rest is looked up one by one.
  std::vector<ingest::VisitRow> rows;
  char id[16];
  for (int i = 0; i < 20000; ++i) {
    std::snprintf(id, sizeof id, "V%06d", i * 2);
    rows.push_back(visit(id, 1 + i % 28, 10 + i % 10, "R00" + std::to_string(i % 5), Outcome::NotHome));
  }
  writeVisits(*store, rows);
  std::vector<ingest::VisitRow> batch = {visit("V000000", 1, 10, "R00" + std::to_string(0), Outcome::NotHome),
                                         visit("V000001", 2, 12, "R001", Outcome::Sale),
                                         visit("V039998", 28, 19, "R004", Outcome::Sale),
                                         visit("V039999", 5, 12, "R002", Outcome::Quote)};
  WriteCounts c = writeVisits(*store, batch);
  EXPECT_EQ(c.inserted, 2);
  EXPECT_EQ(c.updated, 1);  // V039998 was not_home at day 28
  EXPECT_EQ(c.unchanged, 1);
  EXPECT_EQ(store->counts().visits, 20002);
  EXPECT_EQ(rollupMismatch(*store), "");
}

TEST_F(StoreWriterTest, RollupsMatchTheRawDataAfterRandomUpserts) {
  // Property: whatever mix of inserts and updates, the maintained rollups equal a recount.
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    std::vector<ingest::VisitRow> rows;
    std::uniform_int_distribution<int> id(0, 400), day(1, 28), hour(8, 21), rep(1, 6), outcome(0, 6);
    std::vector<bool> used(401, false);
    for (int i = 0; i < 150; ++i) {
      const int n = id(rng);
      if (used[static_cast<size_t>(n)]) continue;
      used[static_cast<size_t>(n)] = true;
      rows.push_back(visit("V" + std::to_string(n), day(rng), hour(rng), "R" + std::to_string(rep(rng)),
                           static_cast<Outcome>(outcome(rng))));
    }
    writeVisits(*store, rows);
    ASSERT_EQ(rollupMismatch(*store), "") << "seed " << seed;
  }
}

TEST_F(StoreWriterTest, RollupsStayExactWhenFlushedInPartsDuringALargeWrite) {
  // 90,000 visits with distinct (day, hour, rep) keys make the writer flush its rollup sums part-way
  // (above 65,536 keys) before commit; then half of them move to another hour in a second write.
  auto make = [](int i, int hourShift) {
    ingest::VisitRow v;
    v.visitId = "V" + std::to_string(100000 + i);
    v.visitedAt = DateTime::from(Date::fromDays(20000 + i / 300), (8 + (i / 30) % 10 + hourShift) % 24, i % 60);
    v.repId = "R" + std::to_string(i % 30);
    v.area = "A" + std::to_string(i % 7);
    v.outcome = static_cast<Outcome>(i % 7);
    return v;
  };
  std::vector<ingest::VisitRow> rows;
  for (int i = 0; i < 90000; ++i) rows.push_back(make(i, 0));
  writeVisits(*store, rows);
  ASSERT_EQ(rollupMismatch(*store), "");
  rows.clear();
  for (int i = 0; i < 90000; i += 2) rows.push_back(make(i, 1));
  WriteCounts c = writeVisits(*store, rows);
  EXPECT_EQ(c.updated, 45000);
  EXPECT_EQ(rollupMismatch(*store), "");
  EXPECT_EQ(queryInt(*store, "SELECT sum(visits) FROM visit_rollup"), 90000);
}

namespace {

ingest::OrderRow order(const std::string& id, int day, int64_t feeCents) {
  ingest::OrderRow o;
  o.orderId = id;
  o.orderedAt = DateTime::from(*Date::fromYmd(2026, 11, day), 14, 0);
  o.repId = "R001";
  o.area = "UTR-01";
  o.visitId = "V" + id;
  o.postcode = "3512AB";
  o.houseNumber = 10;
  o.product = "fiber";
  o.monthlyFee = Money::fromCents(feeCents);
  return o;
}

ingest::CancellationRow cancellation(const std::string& orderId, int day, CancelReason reason) {
  ingest::CancellationRow c;
  c.orderId = orderId;
  c.cancelledAt = DateTime::from(*Date::fromYmd(2026, 11, day), 9, 0);
  c.reason = reason;
  c.reasonText = "x";
  return c;
}

template <class Row>
void write(Store& store, FileKind kind, std::vector<Row> rows) {
  auto writer = StoreWriter::begin(store);
  ASSERT_TRUE(writer) << writer.error().message;
  ingest::RowBatch batch;
  if constexpr (std::is_same_v<Row, ingest::OrderRow>)
    batch.orders = std::move(rows);
  else
    batch.cancellations = std::move(rows);
  auto counts = (*writer)->write(kind, batch);
  ASSERT_TRUE(counts) << counts.error().message;
  ASSERT_TRUE((*writer)->commit());
}

}  // namespace

// orders.cancelled_at / cancel_reason copy the cancellation whichever file comes first, and follow
// re-imported orders and changed cancellations.
TEST_F(StoreWriterTest, OrdersCarryTheirCancellationWhateverTheImportOrder) {
  write(*store, FileKind::Cancellations, std::vector{cancellation("O2", 12, CancelReason::Price)});
  write(*store, FileKind::Orders, std::vector{order("O1", 3, 4250), order("O2", 4, 3000), order("O3", 5, 1000)});
  EXPECT_EQ(rollupMismatch(*store), "");
  EXPECT_EQ(queryInt(*store, "SELECT count(*) FROM orders WHERE cancelled_at IS NOT NULL"), 1);
  write(*store, FileKind::Cancellations,
        std::vector{cancellation("O1", 9, CancelReason::Price), cancellation("O2", 13, CancelReason::Other)});
  EXPECT_EQ(rollupMismatch(*store), "");
  write(*store, FileKind::Orders, std::vector{order("O1", 6, 5000), order("O4", 7, 1000)});  // O1 changed
  EXPECT_EQ(rollupMismatch(*store), "");
  EXPECT_EQ(queryInt(*store, "SELECT count(*) FROM orders WHERE cancelled_at IS NOT NULL"), 2);
  EXPECT_EQ(queryInt(*store, "SELECT cancel_reason FROM orders WHERE order_id = 'O2'"),
            static_cast<int64_t>(CancelReason::Other));
}
