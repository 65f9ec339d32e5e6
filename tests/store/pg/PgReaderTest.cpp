// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reads on a team server whose SQL differs from SQLite's (active installs from the server's
// install rollup, cohorts from each order's copy of its cancellation, latest times, targets in byte
// order), on a few orders counted by hand, as the owner and as a team lead.
#include <gtest/gtest.h>

#include "PgHandOrders.h"
#include "PgTestServer.h"
#include "pg/PgInstallRollup.h"

#include "salesops/store/StoreReader.h"
#include "salesops/store/pg/PgServer.h"

using namespace salesops;
using namespace salesops::pgtest;
using store::OpenMode;

namespace {

// The orders of PgHandOrders.h, R1 of Team Zuid and R2 of Team Noord, and targets.
constexpr const char* kTeamsAndTargets = R"sql(
INSERT INTO salesops.rep VALUES (1, 'Anna', 'Team Zuid', NULL, NULL), (2, 'Bas', 'Team Noord', NULL, NULL);
INSERT INTO salesops.area VALUES (1, 'Oost', 'Utrecht', 1000, NULL);
INSERT INTO salesops.target VALUES ('2026-W10', 2, 'R1', 'visits', 5), ('2026-W09', 0, '', 'sales', 3),
                                   ('2026-W10', 0, '', 'Visits', 7), ('2026-W10', 0, '', 'visits', 9);
)sql";

class PgReader : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    auto s = store::PgStore::open(db(), OpenMode::Create);
    ASSERT_TRUE(s) << s.error().message;
    owner_ = std::move(*s);
    admin(kHandOrders);
    admin(kTeamsAndTargets);
    // Rows written with plain SQL: the rollup an import would have kept, rebuilt from them.
    ASSERT_TRUE(store::pg::deriveFromOrders(owner_->connection()));
  }
  std::unique_ptr<store::Store> lead(const std::string& team) {
    const std::string user = makeUser("lead", "Lead-Pass-1");
    EXPECT_TRUE(store::grantAccess(*owner_, user, store::GrantRole::Lead, {team}));
    auto s = store::Store::open(uri(dbName_, user, "Lead-Pass-1"), OpenMode::ReadOnly);
    EXPECT_TRUE(s) << s.error().message;
    return s ? std::move(*s) : nullptr;
  }
  std::unique_ptr<store::PgStore> owner_;
};

using Active = std::vector<std::tuple<int32_t, int64_t, int64_t>>;
Active active(store::Store& s, const std::vector<int32_t>& days) {
  auto r = s.reader().activeInstalls(days, std::nullopt);
  EXPECT_TRUE(r) << r.error().message;
  Active out;
  for (const auto& a : *r) out.emplace_back(a.day, a.area, a.active);
  std::sort(out.begin(), out.end());
  return out;
}

TEST_F(PgReader, ActiveInstallsCountInstalledOrdersNotCancelledByTheEndOfEachDay) {
  auto s = store::Store::open(db(), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  ASSERT_TRUE((*s)->onServer());
  EXPECT_EQ(active(**s, {11, 12, 14}), (Active{{11, 1, 1}, {12, 1, 2}, {14, 1, 1}}));
  // Team Noord's orders were never active at once: O3 was cancelled before its install, O4 never installed.
  auto noord = lead("Team Noord");
  ASSERT_TRUE(noord);
  EXPECT_TRUE(noord->restricted());
  EXPECT_EQ(active(*noord, {11, 12, 14}), Active{});
}

TEST_F(PgReader, CohortsCountCancellationsKnownByAsOfWithUncancelledFirst) {
  auto s = store::Store::open(db(), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  store::FactQuery q;
  q.fromDay = 10;
  q.toDay = 12;
  auto rows = store::cohortOrders(**s, q, 15);
  ASSERT_TRUE(rows) << rows.error().message;
  using C = std::tuple<int32_t, std::optional<int32_t>, int, int64_t, int64_t>;
  std::vector<C> got;
  for (const auto& c : *rows) got.emplace_back(c.orderDay, c.cancelDay, c.reason, c.rep, c.orders);
  // O4's cancellation (day 20) is after as-of (day 15): not known yet.
  EXPECT_EQ(got,
            (std::vector<C>{
                {10, std::nullopt, -1, 1, 1}, {10, 14, 2, 1, 1}, {11, 11, 1, 2, 1}, {12, std::nullopt, -1, 2, 1}}));
  q.reps = std::vector<int64_t>{2};
  rows = store::cohortOrders(**s, q, 15);
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows->size(), 2u);
}

TEST_F(PgReader, OrderFactsTallyAsOfTheDayByRep) {
  auto s = store::Store::open(db(), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  store::FactQuery q;
  q.fromDay = 10;
  q.toDay = 12;
  q.groupBy = store::kKeyRep;
  auto facts = store::KpiSource(**s).orders(q, 15);
  ASSERT_TRUE(facts) << facts.error().message;
  ASSERT_EQ(facts->size(), 2u);
  const store::OrderFacts& r1 = (*facts)[0];  // O1, O2
  EXPECT_EQ(r1.key.rep, 1);
  EXPECT_EQ(r1.orders, 2);
  EXPECT_EQ(r1.cancelled, 1);            // O2 on day 14
  EXPECT_EQ(r1.preInstallCancelled, 0);  // after its install
  EXPECT_EQ(r1.installed, 1);            // O1
  EXPECT_EQ(r1.revenueCents, 4500);      // O1's fee; O2 is cancelled
  EXPECT_EQ(r1.ftrKnown, 1);
  const store::OrderFacts& r2 = (*facts)[1];  // O3, O4
  EXPECT_EQ(r2.orders, 2);
  EXPECT_EQ(r2.cancelled, 1);            // O3; O4's cancellation comes after as-of
  EXPECT_EQ(r2.preInstallCancelled, 1);  // O3, before its install
  EXPECT_EQ(r2.installed, 0);
  EXPECT_EQ(r2.revenueCents, 1000);  // O4
  EXPECT_EQ(r2.d2dOrders, 1);        // O3; O4 is channel 1
}

TEST_F(PgReader, LatestTimesAndTargetsInByteOrder) {
  auto s = store::Store::open(db(), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  auto order = (*s)->reader().latestAt(store::LatestOf::Order, 11);
  ASSERT_TRUE(order);
  EXPECT_EQ(*order, std::optional<int64_t>(957600));  // O3; O4 is on day 12
  auto cancelled = (*s)->reader().latestAt(store::LatestOf::Cancellation, 15);
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(*cancelled, std::optional<int64_t>(1209700));
  auto visit = (*s)->reader().latestAt(store::LatestOf::Visit, 15);
  ASSERT_TRUE(visit);
  EXPECT_EQ(*visit, std::nullopt);

  auto targets = store::TargetSource(**s).targets(*IsoWeek::parse("2026-W09"), *IsoWeek::parse("2026-W10"));
  ASSERT_TRUE(targets) << targets.error().message;
  std::vector<std::string> got;
  for (const auto& t : *targets) got.push_back(t.week.toString() + " " + t.metric + " " + t.key);
  // Upper case before lower case, as bytes compare (and as SQLite sorts).
  EXPECT_EQ(
      got, (std::vector<std::string>{"2026-W09 sales ", "2026-W10 Visits ", "2026-W10 visits ", "2026-W10 visits R1"}));
}

// The Area page's postcode breakdown on a server. With four visits beside the orders above (days 10
// to 12): V1 sale and V2 not at home at 1234AB 1 (R1), V3 no interest at 1235CD 2 (R2), V4 a sale on
// the promo bus without a postcode (R2). As of day 15, PC4:
//   ""     V4: 1 visit, 1 sale, no d2d visit, no address
//   "1234" V1, V2: 2 visits (both d2d, 1 not at home), 1 address visited twice; O1..O4: 4 orders,
//          3 d2d (O4 is channel 1), 2 cancelled by day 15 (O2 day 14, O3 day 11; O4 only on day 20)
//   "1235" V3: 1 visit, no interest, 1 address
// Team Zuid's lead (R1's team) sees 1234's V1, V2, O1 and O2 only.
TEST_F(PgReader, PostcodesCountVisitsAddressesAndOrdersAsOfTheDay) {
  admin(R"sql(INSERT INTO salesops.visit VALUES
    ('V1', 864000, 1, 1, 0, 6, '1234AB', 1, ''), ('V2', 864600, 1, 1, 0, 0, '1234AB', 1, ''),
    ('V3', 950400, 2, 1, 0, 1, '1235CD', 2, ''), ('V4', 1036800, 2, 1, 2, 6, '', 0, ''))sql");
  store::FactQuery q;
  q.fromDay = 10;
  q.toDay = 12;
  auto s = store::Store::open(db(), OpenMode::ReadOnly);
  ASSERT_TRUE(s) << s.error().message;
  auto pc = store::KpiSource(**s).postcodes(q, 15, store::PostcodeLevel::Pc4);
  ASSERT_TRUE(pc) << pc.error().message;
  ASSERT_EQ(pc->size(), 3u);
  const store::PostcodeFacts& none = (*pc)[0];
  EXPECT_EQ(none.postcode, "");
  EXPECT_EQ(none.visits.visits, 1);
  EXPECT_EQ(none.visits.sale, 1);
  EXPECT_EQ(none.visits.d2dVisits, 0);
  EXPECT_EQ(none.addresses, 0);
  const store::PostcodeFacts& p1234 = (*pc)[1];
  EXPECT_EQ(p1234.postcode, "1234");
  EXPECT_EQ(p1234.visits.visits, 2);
  EXPECT_EQ(p1234.visits.notHome, 1);
  EXPECT_EQ(p1234.visits.d2dNotHome, 1);
  EXPECT_EQ(p1234.addresses, 1);
  EXPECT_EQ(p1234.addresses2x, 1);
  EXPECT_EQ(p1234.addresses3x, 0);
  EXPECT_EQ(p1234.orders.orders, 4);
  EXPECT_EQ(p1234.orders.d2dOrders, 3);
  EXPECT_EQ(p1234.orders.cancelled, 2);
  const store::PostcodeFacts& p1235 = (*pc)[2];
  EXPECT_EQ(p1235.visits.noInterest, 1);
  EXPECT_EQ(p1235.addresses, 1);
  EXPECT_EQ(p1235.orders.orders, 0);
  // PC6 splits nothing here but names the full postcode.
  auto pc6 = store::KpiSource(**s).postcodes(q, 15, store::PostcodeLevel::Pc6);
  ASSERT_TRUE(pc6) << pc6.error().message;
  ASSERT_EQ(pc6->size(), 3u);
  EXPECT_EQ((*pc6)[1].postcode, "1234AB");

  auto zuid = lead("Team Zuid");
  ASSERT_NE(zuid, nullptr);
  auto mine = store::KpiSource(*zuid).postcodes(q, 15, store::PostcodeLevel::Pc4);
  ASSERT_TRUE(mine) << mine.error().message;
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].visits.visits, 2);
  EXPECT_EQ((*mine)[0].orders.orders, 2);
}

TEST_F(PgReader, ATeamServerIsNeverCreatedByReadingIt) {
  auto s = store::Store::open(db(), OpenMode::Create);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("server init"), std::string::npos) << s.error().message;
}

}  // namespace
