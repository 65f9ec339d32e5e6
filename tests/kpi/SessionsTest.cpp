// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's way to the data: kpi::ImportSession imports files, kpi::ReadSession reads what the
// filter bar and the Imports page show, as kpi's own structs.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

#include "KpiTestStore.h"

#include "salesops/kpi/ImportSession.h"
#include "salesops/kpi/ReadSession.h"

namespace salesops::kpi::testing {
namespace {

std::string writeFile(KpiTestStore& s, const std::string& name, const std::string& text) {
  const auto path = std::filesystem::path(s.store().path()).parent_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// SQLite only: kpi::ImportSession imports through store::Store, which on a team server only reads.
TEST(Sessions, ImportThenReadTheChoicesAndTheLog) {
  KpiTestStore s;
  // One visit, on Monday 2 November 2026: read on the 10th, that day is the last complete one.
  s.visit("V1", "2026-11-02 10:00", "R1", "UTR-01", Outcome::Sale, Channel::D2d, "3500AA", 1);
  s.commit();
  const std::string path = s.store().path();
  // Teams Zuid twice and Noord once: each offered once, sorted. Cities likewise; areas sorted.
  const std::string reps = writeFile(s, "reps.csv", "rep_id,name,team\nR1,Anne,Zuid\nR2,Bert,Noord\nR3,Cor,Zuid\n");
  const std::string areas = writeFile(s, "areas.csv",
                                      "area,name,city,homes_passed\nUTR-02,Zuilen,Utrecht,800\n"
                                      "AMS-01,Jordaan,Amsterdam,900\nUTR-01,Lombok,Utrecht,1250\n");

  auto importer = ImportSession::open(path);
  ASSERT_TRUE(importer) << importer.error().message;
  ImportRequest request;
  request.path = reps;
  request.source = "window";
  auto r = (*importer)->importFile(request);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, ImportSummary::Status::Imported);
  EXPECT_EQ(r->kind, FileKind::Reps);
  EXPECT_EQ(r->inserted, 3);
  EXPECT_EQ(r->rejected, 0);
  request.path = areas;
  ASSERT_TRUE((*importer)->importFile(request));

  // The same content again, as a watched folder asks: nothing done.
  request.path = reps;
  request.skipImported = true;
  auto again = (*importer)->importFile(request);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, ImportSummary::Status::AlreadyImported);
  EXPECT_EQ(again->inserted, 0);

  // One rep without an id and --strict: refused, the row named.
  request.path = writeFile(s, "bad-reps.csv", "rep_id,name,team\nR4,Dirk,Zuid\n,Nobody,Zuid\n");
  request.skipImported = false;
  request.strict = true;
  auto refused = (*importer)->importFile(request);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, ImportSummary::Status::Refused);
  EXPECT_EQ(refused->rejected, 1);
  ASSERT_EQ(refused->errors.size(), 1u);
  EXPECT_EQ(refused->errors[0].line, 3);

  auto reader = ReadSession::open(path);
  ASSERT_TRUE(reader) << reader.error().message;
  auto choices = (*reader)->filterChoices(day("2026-11-10"));
  ASSERT_TRUE(choices) << choices.error().message;
  EXPECT_EQ(choices->teams, (std::vector<std::string>{"Noord", "Zuid"}));
  EXPECT_EQ(choices->cities, (std::vector<std::string>{"Amsterdam", "Utrecht"}));
  EXPECT_EQ(choices->areas, (std::vector<std::string>{"AMS-01", "UTR-01", "UTR-02"}));
  // The area box reads by name with the code after it, in the same order.
  EXPECT_EQ(choices->areaLabels, (std::vector<std::string>{"Jordaan (AMS-01)", "Lombok (UTR-01)", "Zuilen (UTR-02)"}));
  EXPECT_EQ(choices->lastCompleteDay, day("2026-11-02"));

  // Two imports changed the store (the skipped and the refused one did not), oldest first.
  auto log = (*reader)->importLog();
  ASSERT_TRUE(log);
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].fileName, "reps.csv");
  EXPECT_EQ((*log)[0].kind, FileKind::Reps);
  EXPECT_EQ((*log)[0].inserted, 3);
  EXPECT_EQ((*log)[0].source, "window");
  EXPECT_EQ((*log)[1].kind, FileKind::Areas);
  EXPECT_EQ((*log)[1].inserted, 3);
}

TEST(Sessions, AMissingStoreIsAnErrorForBoth) {
  const std::string missing = (std::filesystem::temp_directory_path() / "salesops-no-such-store.sqlite").string();
  std::filesystem::remove(missing);
  EXPECT_FALSE(ImportSession::open(missing));
  EXPECT_FALSE(ReadSession::open(missing));
  EXPECT_FALSE(std::filesystem::exists(missing));
}

}  // namespace
}  // namespace salesops::kpi::testing
