// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How fresh the data is (issue 16 item 3): each kind's latest moment and last import, and the stale
// findings of `check` built on them, with hand-made dates.
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/DataClock.h"
#include "salesops/kpi/DataQuality.h"

namespace salesops::kpi {
namespace {

using testing::Backend;
using testing::day;
using testing::KpiTestStore;

// Records an import of `kind` at 06:00 UTC (07:00 in Amsterdam in winter) on `date`, as an import
// that changed nothing would record it.
void logImport(KpiTestStore& s, FileKind kind, const std::string& date, const std::string& file) {
  store::ImportLogEntry e;
  e.fileName = file;
  e.kind = kind;
  e.contentHash = file + date;
  e.importedAt = DateTime::from(day(date), 6).seconds();
  e.source = "watch /srv/exports";
  s.logImport(e);
}

void visitBy(KpiTestStore& s, const std::string& id, const std::string& at, const std::string& rep) {
  s.visit(id, at, rep, "UTR-01", Outcome::NotHome, Channel::D2d, "3512AB", 1);
}

class FreshnessTest : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(FreshnessTest);

TEST_P(FreshnessTest, EachKindHasItsLatestMomentAndItsLastImport) {
  KpiTestStore s(GetParam());
  visitBy(s, "V1", "2026-11-23 09:00", "R1");
  visitBy(s, "V2", "2026-11-27 17:30", "R2");
  visitBy(s, "V3", "2026-12-05 10:00", "R1");  // after today: a data error, not data
  s.order("O1", "2026-11-26 11:15", "R1", "UTR-01", Channel::D2d, "Fiber 1000", 4500);
  s.order("O2", "2026-11-20 14:00", "R2", "UTR-01", Channel::D2d, "Fiber 1000", 4500);
  s.cancel("O2", "2026-11-25 08:00");
  s.commit();
  logImport(s, FileKind::Visits, "2026-11-26", "bezoeken-1.csv");
  logImport(s, FileKind::Orders, "2026-11-27", "orders.csv");
  logImport(s, FileKind::Visits, "2026-11-28", "bezoeken-2.csv");

  auto f = readFreshness(s.store(), day("2026-11-28"));
  ASSERT_TRUE(f) << f.error().message;
  EXPECT_EQ(f->clock.lastCompleteDay, day("2026-11-27"));
  ASSERT_EQ(f->kinds.size(), 6u);
  EXPECT_EQ(f->of(FileKind::Visits).latest->toString(), "2026-11-27 17:30:00");
  EXPECT_EQ(f->of(FileKind::Orders).latest->toString(), "2026-11-26 11:15:00");
  EXPECT_EQ(f->of(FileKind::Cancellations).latest->toString(), "2026-11-25 08:00:00");
  EXPECT_FALSE(f->of(FileKind::Reps).latest);
  EXPECT_EQ(f->of(FileKind::Visits).lastImport->fileName, "bezoeken-2.csv");
  EXPECT_EQ(f->of(FileKind::Visits).lastImport->source, "watch /srv/exports");
  EXPECT_EQ(importDay(f->of(FileKind::Visits).lastImport->importedAt), day("2026-11-28"));
  EXPECT_EQ(f->of(FileKind::Orders).lastImport->id, 2);
  EXPECT_FALSE(f->of(FileKind::Cancellations).lastImport);
  EXPECT_EQ(f->lastImport()->id, 3);
  // An import at 23:30 UTC on the 27th is on the 28th in Amsterdam (UTC+1 in winter).
  EXPECT_EQ(importDay(DateTime::from(day("2026-11-27"), 23, 30).seconds()), day("2026-11-28"));
}

TEST_P(FreshnessTest, AnEmptyStoreHasNothingFreshAndNothingStale) {
  KpiTestStore s(GetParam());
  auto f = readFreshness(s.store(), day("2026-11-28"));
  ASSERT_TRUE(f);
  EXPECT_FALSE(f->clock.latest);
  EXPECT_FALSE(f->lastImport());
  auto q = checkDataQuality(s.store(), {day("2026-11-28"), 5});
  ASSERT_TRUE(q);
  EXPECT_EQ(q->find("stale_visits")->count, 0);
  EXPECT_EQ(q->find("missing_exports")->count, 0);
}

// Mon 23 R1 R2, Tue 24 R1, Wed 25 R2, Thu 26 R1, Fri 27 R1 R2; nobody works weekends.
class StaleData : public ::testing::TestWithParam<Backend> {};
SALESOPS_ON_BACKENDS(StaleData);

TEST_P(StaleData, WorkingDaysWithoutVisitsAfterTheLastVisitDayAreStale) {
  KpiTestStore s(GetParam());
  visitBy(s, "V1", "2026-11-23 10:00", "R1");
  visitBy(s, "V2", "2026-11-23 11:00", "R2");
  visitBy(s, "V3", "2026-11-24 10:00", "R1");
  visitBy(s, "V4", "2026-11-25 10:00", "R2");
  visitBy(s, "V5", "2026-11-26 10:00", "R1");
  visitBy(s, "V6", "2026-11-27 10:00", "R1");
  visitBy(s, "V7", "2026-11-27 16:00", "R2");
  s.commit();
  const auto stale = [&](const std::string& asOf) {
    auto q = checkDataQuality(s.store(), {day(asOf), 5});
    EXPECT_TRUE(q);
    return *q->find("stale_visits");
  };
  // Saturday 28 is in progress; Sunday 29 and Saturday are no working days: nothing stale on Monday.
  EXPECT_EQ(stale("2026-11-28").count, 0);
  EXPECT_EQ(stale("2026-11-30").count, 0);
  // On Wednesday 2 December, Monday 30 (R1 and R2 worked the Monday before) and Tuesday 1 (R1) are.
  const Finding f = stale("2026-12-02");
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.count, 2);
  ASSERT_EQ(f.examples.size(), 2u);
  EXPECT_EQ(f.examples[0],
            (FindingExample{"2026-11-30", "no visits after 2026-11-27; 2 reps visited on 2026-11-23", "R1, R2"}));
  EXPECT_EQ(f.examples[1],
            (FindingExample{"2026-12-01", "no visits after 2026-11-27; 1 rep visited on 2026-11-24", "R1"}));
  EXPECT_EQ(f.reps, (std::vector<RepCount>{{"R1", 2}, {"R2", 1}}));
  auto q = checkDataQuality(s.store(), {day("2026-12-02"), 5});
  EXPECT_TRUE(q->hasProblems());
}

TEST_P(StaleData, AFieldThatVisitedOnThreeDaysOfTheWeekHasNoMissingDays) {
  KpiTestStore s(GetParam());
  visitBy(s, "V1", "2026-11-23 10:00", "R1");
  visitBy(s, "V2", "2026-11-25 10:00", "R1");
  visitBy(s, "V3", "2026-11-27 10:00", "R1");
  s.commit();
  auto q = checkDataQuality(s.store(), {day("2026-12-09"), 5});
  ASSERT_TRUE(q);
  EXPECT_EQ(q->find("stale_visits")->count, 0);
}

TEST_P(StaleData, AnExportNotImportedOnThreeDaysWithVisitsImportsDidNotArrive) {
  KpiTestStore s(GetParam());
  logImport(s, FileKind::Orders, "2026-11-23", "orders.csv");
  logImport(s, FileKind::Cancellations, "2026-11-23", "annuleringen.csv");
  logImport(s, FileKind::Visits, "2026-11-23", "bezoeken.csv");
  logImport(s, FileKind::Visits, "2026-11-24", "bezoeken.csv");
  logImport(s, FileKind::Cancellations, "2026-11-25", "annuleringen.csv");
  logImport(s, FileKind::Visits, "2026-11-25", "bezoeken.csv");
  logImport(s, FileKind::Visits, "2026-11-27", "bezoeken.csv");
  logImport(s, FileKind::Visits, "2026-11-27", "bezoeken-2.csv");  // the same day twice counts once
  const auto missing = [&](const std::string& asOf) {
    auto q = checkDataQuality(s.store(), {day(asOf), 5});
    EXPECT_TRUE(q);
    return *q->find("missing_exports");
  };
  // On the 26th orders missed two visit days (24, 25): not yet.
  EXPECT_EQ(missing("2026-11-26").count, 0);
  // On the 27th three (24, 25, 27); cancellations missed one (27).
  const Finding f = missing("2026-11-27");
  EXPECT_EQ(f.count, 1);
  EXPECT_EQ(f.severity, Severity::Warning);
  ASSERT_EQ(f.examples.size(), 1u);
  EXPECT_EQ(f.examples[0],
            (FindingExample{"orders",
                            "last imported 2026-11-23 (orders.csv); visits arrived on 3 days since: 2026-11-24, "
                            "2026-11-25, 2026-11-27",
                            ""}));
  // Seen from the 24th, the imports after it have not happened yet.
  EXPECT_EQ(missing("2026-11-24").count, 0);
}

TEST_P(StaleData, AnExportNeverImportedWhileVisitsArriveDidNotArrive) {
  KpiTestStore s(GetParam());
  for (const char* d : {"2026-11-24", "2026-11-25", "2026-11-26"}) logImport(s, FileKind::Visits, d, "bezoeken.csv");
  logImport(s, FileKind::Orders, "2026-11-26", "orders.csv");
  auto q = checkDataQuality(s.store(), {day("2026-11-26"), 5});
  ASSERT_TRUE(q);
  const Finding* f = q->find("missing_exports");
  ASSERT_EQ(f->count, 1);
  EXPECT_EQ(f->examples[0].id, "cancellations");
  EXPECT_EQ(f->examples[0].value, "never imported; visits arrived on 3 days: 2026-11-24, 2026-11-25, 2026-11-26");
}

}  // namespace
}  // namespace salesops::kpi
