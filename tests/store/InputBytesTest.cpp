// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the importer makes of an input's bytes: one read whose hash is logged, a file that changes
// during its import, line ends, NUL bytes and a UTF-8 file with a few lines in another encoding.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

#include "ImportFixture.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

class InputBytesTest : public ImportFixture {
 protected:
  std::string queryText(const std::string& sql) {
    Stmt s = store->db().prepare(sql);
    return s.step() == SQLITE_ROW ? std::string(s.text(0)) : std::string("<no row>");
  }
};

std::string manyVisits(int n) {
  std::string text = "visit_id,visited_at,rep_id,area,outcome,channel\n";
  for (int i = 0; i < n; ++i) text += "V" + std::to_string(i) + ",2026-11-03 12:00,R1,A1,not_home,htl\n";
  return text;
}

// A column of the rep with this id (the store keeps ids in a code table).
std::string repOf(const std::string& column, const std::string& id) {
  return "SELECT " + column + " FROM rep JOIN rep_code ON rep_code.id = rep.rep WHERE code = '" + id + "'";
}

void append(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << text;
}

}  // namespace

TEST_F(InputBytesTest, AFileThatGrowsDuringItsImportImportsNothingAndLogsNoHash) {
  const std::string path = csv("visits.csv", manyVisits(5000));
  ImportOptions options;
  options.batchRows = 500;
  int batches = 0;
  // The export is still being written while the import runs.
  options.progress = [&](uint64_t, uint64_t) {
    if (++batches == 2) append(path, "V9999,2026-11-03 12:00,R1,A1,sale,htl\n");
  };
  auto r = importFile(*store, path, options);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("changed while it was being read"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("nothing of the file was imported"), std::string::npos);
  EXPECT_EQ(store->counts(), TableCounts{});
  EXPECT_TRUE(store->importLog().empty());
}

TEST_F(InputBytesTest, AFileRewrittenDuringItsImportImportsNothing) {
  const std::string path = csv("visits.csv", manyVisits(5000));
  ImportOptions options;
  options.batchRows = 500;
  int batches = 0;
  options.progress = [&](uint64_t, uint64_t) {
    if (++batches == 2) writeFile(path, manyVisits(10));
  };
  auto r = importFile(*store, path, options);
  ASSERT_FALSE(r);
  EXPECT_EQ(store->counts(), TableCounts{});
  EXPECT_TRUE(store->importLog().empty());
  // Once complete it imports whole.
  auto again = importFile(*store, path);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->inserted, 10);
}

TEST_F(InputBytesTest, LogsTheHashOfTheBytesItParsedNotOfAnEarlierVersion) {
  const std::string a = "visit_id,visited_at,rep_id,area,outcome,channel\nV1,2026-11-03 12:00,R1,A1,sale,htl\n";
  std::string b = a;
  b[b.find("R1")] = 'Q';  // the same size, other content: a candidate for "unchanged", which it is not
  const std::string path = csv("visits.csv", a);
  ASSERT_TRUE(importFile(*store, path));
  writeFile(path, b);
  auto changed = importFile(*store, path);
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_EQ(changed->updated, 1);
  EXPECT_EQ(changed->unchanged, 0);
  EXPECT_EQ(queryText("SELECT code FROM visit JOIN rep_code ON rep_code.id = visit.rep"), "Q1");
  writeFile(path, a);  // back to the first version: not "unchanged", the store holds the second
  auto restored = importFile(*store, path);
  ASSERT_TRUE(restored);
  EXPECT_EQ(restored->updated, 1);
  const auto log = store->importLog();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_NE(log[1].contentHash, log[0].contentHash);
  EXPECT_EQ(log[2].contentHash, log[0].contentHash);
  // And the same bytes once more are recognised by their hash without comparing rows.
  auto same = importFile(*store, path);
  ASSERT_TRUE(same);
  EXPECT_EQ(same->unchanged, 1);
  EXPECT_EQ(store->importLog().back().contentHash, log[0].contentHash);
}

TEST_F(InputBytesTest, ImportsEveryRowOfAFileWithLoneCrLineEnds) {
  auto r = importFile(*store, csv("visits.csv",
                                  "visit_id,visited_at,rep_id,area,outcome,channel\r"
                                  "V1,2026-11-03 12:00,R1,A1,sale,htl\rV2,2026-11-03 13:00,R1,A1,quote,htl\r"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 2);
  // Outcome codes: quote 5, sale 6.
  EXPECT_EQ(queryText("SELECT group_concat(visit_id || '=' || outcome) FROM (SELECT * FROM visit ORDER BY visit_id)"),
            "V1=6,V2=5");
}

TEST_F(InputBytesTest, AFileWithLinesButNoRowIsRefusedWithNothingImported) {
  ImportOptions strict;
  strict.strict = true;
  auto r =
      importFile(*store,
                 csv("visits.csv",
                     "visit_id,visited_at,rep_id,area,outcome,channel,\"note\nV1,2026-11-03 12:00,R1,A1,sale,htl\"\n"),
                 strict);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no row could be read"), std::string::npos) << r.error().message;
  EXPECT_TRUE(store->importLog().empty());
}

TEST_F(InputBytesTest, RejectsARowWithANulByteAndStoresTheOthers) {
  auto r = importFile(*store,
                      csv("reps.csv", std::string("rep_id,name,team\nR001,Anna,Noord\nR0") + '\0' + "01,Bram,Zuid\n"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(r->errors[0].reason, "contains a NUL byte");
  EXPECT_EQ(queryText("SELECT group_concat(code) FROM rep_code"), "R001");
}

TEST_F(InputBytesTest, KeepsTheUtf8RowsOfAMixedFileAndTheRawBytesOfTheOthers) {
  const std::string path = std::string(SALESOPS_TEST_DATA) + "/mixed-encoding-reps.csv";
  ImportOptions options;
  options.rejectFile = dir.file("rejects.csv");
  auto r = importFile(*store, path, options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->encoding, ingest::Encoding::Utf8);
  EXPECT_EQ(r->inserted, 3);
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(r->errors[0].reason, "not UTF-8");
  EXPECT_EQ(queryText(repOf("name", "R001")), "Jos\xC3\xA9 Alves");
  // One team, as written: not split into "Team €" and "Team â‚¬".
  EXPECT_EQ(queryText(repOf("team", "R001")), "Team \xE2\x82\xAC");
  EXPECT_EQ(queryText(repOf("team", "R002")), "Team \xE2\x82\xAC");
  const std::string rejects = readFile(dir.file("rejects.csv"));
  EXPECT_NE(rejects.find("R003,Ren\xE9 Bakker,Team Zuid,4,"), std::string::npos) << rejects;
}

TEST_F(InputBytesTest, ReadsAFileAgainWhenItsEndOverturnsItsEncoding) {
  // The first MiB holds one Latin-1 line and else only ASCII (so it is read as Windows-1252); two
  // UTF-8 lines further on make the whole file UTF-8: it is read again as that before anything
  // is committed.
  std::string text = "rep_id,name,team\nR0,Ren\xE9,T\n";
  for (int i = 1; text.size() < 1'500'000; ++i) text += "R" + std::to_string(i) + ",plain ascii,T\n";
  text += "Rx,Jos\xC3\xA9,T\nRy,\xC3\xA9mile,T\n";
  ImportOptions options;
  options.rejectFile = dir.file("rejects.csv");
  auto r = importFile(*store, csv("reps.csv", text), options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->encoding, ingest::Encoding::Utf8);
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(r->errors[0].line, 2);
  EXPECT_EQ(r->inserted, store->counts().reps);
  EXPECT_EQ(queryText(repOf("name", "Rx")), "Jos\xC3\xA9");
  EXPECT_EQ(store->importLog().size(), 1u);
}
