// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "DataQualityTestSupport.h"

#include "salesops/demo/DemoGenerator.h"

namespace salesops::kpi::test {
namespace {

/// Streams demo rows into one store transaction, as `salesops-cli demo` does.
class WriterSink : public demo::DemoSink {
 public:
  explicit WriterSink(store::StoreWriter& writer) : writer_(writer) {}
  Result<void> reps(const std::vector<ingest::RepRow>& rows) override {
    return put(FileKind::Reps, &ingest::RowBatch::reps, rows);
  }
  Result<void> areas(const std::vector<ingest::AreaRow>& rows) override {
    return put(FileKind::Areas, &ingest::RowBatch::areas, rows);
  }
  Result<void> targets(const std::vector<ingest::TargetRow>& rows) override {
    return put(FileKind::Targets, &ingest::RowBatch::targets, rows);
  }
  Result<void> visits(const std::vector<ingest::VisitRow>& rows) override {
    return put(FileKind::Visits, &ingest::RowBatch::visits, rows);
  }
  Result<void> orders(const std::vector<ingest::OrderRow>& rows) override {
    return put(FileKind::Orders, &ingest::RowBatch::orders, rows);
  }
  Result<void> cancellations(const std::vector<ingest::CancellationRow>& rows) override {
    return put(FileKind::Cancellations, &ingest::RowBatch::cancellations, rows);
  }

 private:
  template <class Row>
  Result<void> put(FileKind kind, std::vector<Row> ingest::RowBatch::*member, const std::vector<Row>& rows) {
    ingest::RowBatch batch;
    batch.*member = rows;
    auto r = writer_.write(kind, batch);
    if (!r) return r.error();
    return {};
  }
  store::StoreWriter& writer_;
};

const Date kEnd = *Date::fromYmd(2026, 11, 27);

DataQualityReport demoReport(bool issues) {
  TempStore store;
  demo::DemoOptions o;
  o.visits = 6000;
  o.days = 28;
  o.endDate = kEnd;
  o.dataQualityIssues = issues;
  {
    auto writer = store::StoreWriter::begin(*store);
    EXPECT_TRUE(writer);
    WriterSink sink(**writer);
    auto g = demo::generate(o, sink);
    EXPECT_TRUE(g) << g.error().message;
    EXPECT_TRUE((*writer)->commit());
  }
  // The command line generates up to yesterday and checks as of today.
  return check(*store, kEnd.addDays(1));
}

TEST(DataQualityDemo, CleanDemoDataHasNoErrors) {
  const DataQualityReport r = demoReport(false);
  for (const Finding& f : r.findings) {
    if (f.severity == Severity::Error) {
      EXPECT_EQ(f.count, 0) << f.id;
    }
  }
  EXPECT_EQ(countOf(r, "visits_outside_active_period"), 0);
  EXPECT_EQ(countOf(r, "orders_without_visit"), 0);
}

TEST(DataQualityDemo, EachPlantedIssueIsFoundOnce) {
  const DataQualityReport r = demoReport(true);
  const std::string unknownRep(demo::kUnknownRep), unknownArea(demo::kUnknownArea);

  const Finding& reps = *r.find("unknown_reps");
  EXPECT_EQ(reps.count, 1);
  EXPECT_EQ(reps.reps, (std::vector<RepCount>{{unknownRep, 1}}));
  ASSERT_EQ(reps.examples.size(), 1u);
  EXPECT_EQ(reps.examples[0].value, "rep_id " + unknownRep);

  const Finding& areas = *r.find("unknown_areas");
  EXPECT_EQ(areas.count, 1);
  EXPECT_EQ(areas.reps, (std::vector<RepCount>{{"R001", 1}}));
  ASSERT_EQ(areas.examples.size(), 1u);
  EXPECT_EQ(areas.examples[0].value, "area " + unknownArea);

  const Finding& future = *r.find("future_visits");
  EXPECT_EQ(future.count, 1);
  ASSERT_EQ(future.examples.size(), 1u);
  EXPECT_EQ(future.examples[0].value, "visited_at " + kEnd.addDays(3).toString() + " 18:00:00");

  const Finding& orphans = *r.find("orphan_orders");
  EXPECT_EQ(orphans.count, 1);
  ASSERT_EQ(orphans.examples.size(), 1u);
  EXPECT_EQ(orphans.examples[0].value, "visit_id " + std::string(demo::kUnknownVisit));
  ASSERT_EQ(orphans.reps.size(), 1u);
  EXPECT_EQ(orphans.reps[0].rep, orphans.examples[0].rep);

  const Finding& notSale = *r.find("order_visit_not_sale");
  EXPECT_EQ(notSale.count, 1);
  ASSERT_EQ(notSale.examples.size(), 1u);
  EXPECT_NE(notSale.examples[0].value.find("outcome not_home"), std::string::npos);

  const Finding& cancelled = *r.find("orphan_cancellations");
  EXPECT_EQ(cancelled.count, 1);
  ASSERT_EQ(cancelled.examples.size(), 1u);
  EXPECT_EQ(cancelled.examples[0].id, std::string(demo::kUnknownOrder));
  EXPECT_TRUE(cancelled.reps.empty());

  EXPECT_EQ(countOf(r, "cancelled_before_ordered"), 1);
  const Finding& installed = *r.find("installed_before_ordered");
  EXPECT_EQ(installed.count, 1);
  ASSERT_EQ(installed.examples.size(), 1u);
  EXPECT_EQ(installed.examples[0].id, "O00000001");

  // The two planted orders share the not_home visit's door and moment: a likely double order too.
  EXPECT_GE(countOf(r, "double_orders"), 2);
  EXPECT_EQ(countOf(r, "future_orders"), 0);
  EXPECT_EQ(countOf(r, "future_cancellations"), 0);
  EXPECT_TRUE(r.hasProblems());
}

}  // namespace
}  // namespace salesops::kpi::test
