// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad and strange input at every edge, through the real import path: text that looks like SQL,
// unicode and very long values, the calendar's first and last days, ten thousand columns, a 10 MB
// field, and files that are no CSV at all. Each gives the right result or a clear error; never a
// crash, never a wrong number.
#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <vector>

#include "Sqlite.h"
#include "StoreSnapshot.h"
#include "TestStores.h"

#include "salesops/store/Importer.h"

using namespace salesops;
using namespace salesops::store;
using namespace salesops::store::testing;

namespace {

class EdgeInput : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Store::open(dir_.file("s.sqlite"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(opened.value());
  }

  Result<ImportReport> import(const std::string& name, const std::string& bytes) {
    writeFile(dir_.file(name), bytes);
    return importFile(*store_, dir_.file(name));
  }

  std::vector<std::string> texts(const std::string& sql) {
    std::vector<std::string> out;
    Stmt s = store_->db().prepare(sql);
    while (s.step() == SQLITE_ROW) out.emplace_back(s.text(0));
    return out;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

std::string quoted(const std::string& field) {
  std::string out = "\"";
  for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

const std::string kVisitsHeader = "visit_id,visited_at,rep_id,area,outcome,channel,postcode,house_number\n";

}  // namespace

// Values are bound, never spliced into SQL: quotes, semicolons, comment marks, LIKE wildcards and
// any unicode go in and come out byte for byte, and no statement in them ever runs.
TEST_F(EdgeInput, IdsAndNamesThatLookLikeSqlOrUnicodeAreStoredByteForByte) {
  const std::vector<std::string> ids = {
      "R'1",
      "R\"2",
      "R3'); DROP TABLE visit; --",
      "R4; DELETE FROM rep",
      "R%5",
      "R_6",
      "R\\7",
      "Zo\xC3\xAB \xE2\x82\xAC \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x9A\xAA",  // Zoë € 東京 🚪
      "e\xCC\x81",                                                          // e + combining accent
      std::string(100000, 'L'),
  };
  std::string reps = "rep_id,name,team\n";
  std::string visits = kVisitsHeader;
  for (size_t i = 0; i < ids.size(); ++i) {
    reps += quoted(ids[i]) + "," + quoted("Name of " + ids[i]) + "," + quoted("Team; " + ids[i]) + "\n";
    visits += quoted("V-" + ids[i]) + ",2026-11-03 10:00," + quoted(ids[i]) + "," + quoted(ids[i]) + ",sale,htl,,\n";
  }
  auto r = import("reps.csv", reps);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 10);
  EXPECT_EQ(r->rejected, 0);
  r = import("visits.csv", visits);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 10);
  EXPECT_EQ(r->rejected, 0);

  EXPECT_EQ(texts("SELECT code FROM rep_code ORDER BY id"), ids);
  EXPECT_EQ(texts("SELECT code FROM area_code ORDER BY id"), ids);
  std::vector<std::string> names, visitIds;
  for (const auto& id : ids) names.push_back("Name of " + id), visitIds.push_back("V-" + id);
  EXPECT_EQ(texts("SELECT name FROM rep ORDER BY rep"), names);
  std::sort(visitIds.begin(), visitIds.end());
  EXPECT_EQ(texts("SELECT visit_id FROM visit ORDER BY visit_id"), visitIds);
  EXPECT_EQ(store_->counts().visits, 10);
  EXPECT_EQ(store_->counts().reps, 10);
  EXPECT_EQ(store_->integrityCheck(), "ok");
  EXPECT_EQ(rollupMismatch(*store_), "");
}

// The calendar runs from 0001-01-01 to 9999-12-31; 1900 was no leap year, 2000 was.
TEST_F(EdgeInput, DatesAtTheEdgesOfTheCalendarAreStoredExactlyAndImpossibleOnesRejected) {
  auto r = import("visits.csv", kVisitsHeader +
                                    "V1,0001-01-01 00:00,R1,A1,sale,htl,,\n"
                                    "V2,9999-12-31 23:59:59,R1,A1,sale,htl,,\n"
                                    "V3,1900-02-29 10:00,R1,A1,sale,htl,,\n"
                                    "V4,29-02-1900,R1,A1,sale,htl,,\n"
                                    "V5,2000-02-29 10:00,R1,A1,sale,htl,,\n"
                                    "V6,10000-01-01,R1,A1,sale,htl,,\n"
                                    "V7,0000-12-31,R1,A1,sale,htl,,\n");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 3);
  ASSERT_EQ(r->rejected, 4);
  EXPECT_EQ(r->errors[0].line, 4);
  EXPECT_EQ(r->errors[0].reason, "impossible date");
  EXPECT_EQ(r->errors[1].line, 5);
  EXPECT_EQ(r->errors[1].reason, "impossible date");
  EXPECT_EQ(r->errors[2].line, 7);
  EXPECT_EQ(r->errors[3].line, 8);
  // 719,162 days from 0001-01-01 to 1970-01-01; 9999-12-31 23:59:59 is second 253,402,300,799.
  EXPECT_EQ(queryInt(*store_, "SELECT visited_at FROM visit WHERE visit_id = 'V1'"), -719162LL * 86400);
  EXPECT_EQ(queryInt(*store_, "SELECT visited_at FROM visit WHERE visit_id = 'V2'"), 253402300799LL);
  EXPECT_EQ(queryInt(*store_, "SELECT visited_at FROM visit WHERE visit_id = 'V5'"), 951818400LL);
  EXPECT_EQ(queryInt(*store_, "SELECT count(*) FROM visit_rollup WHERE day = -719162 AND hour = 0"), 1);
  EXPECT_EQ(queryInt(*store_, "SELECT count(*) FROM visit_rollup WHERE day = 2932896 AND hour = 23"), 1);
  EXPECT_EQ(rollupMismatch(*store_), "");

  r = import("reps.csv",
             "rep_id,name,team,active_from,active_to\n"
             "R1,Anna,Noord,0001-01-01,9999-12-31\n"
             "R2,Bas,Zuid,29-02-1900,\n");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(queryInt(*store_, "SELECT active_from FROM rep"), -719162);
  EXPECT_EQ(queryInt(*store_, "SELECT active_to FROM rep"), 2932896);
}

// Ten thousand columns is the reader's limit: a header of exactly that many imports (the extra
// columns named as ignored); one more is a clear error naming the line.
TEST_F(EdgeInput, TenThousandColumnsImportAndOneMoreIsAClearErrorWithTheLine) {
  std::string header = "visit_id,visited_at,rep_id,area,outcome,channel", row = "V1,2026-11-03 10:00,R1,A1,sale,htl";
  for (int i = 6; i < 10000; ++i) header += ",extra" + std::to_string(i), row += ",x";
  auto r = import("wide.csv", header + "\n" + row + "\n");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 1);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].find("extra9999"), std::string::npos);

  const std::string before = snapshot(*store_);
  auto wider = import("wider.csv", header + ",one_more\n" + row + ",x\n");
  ASSERT_FALSE(wider);
  EXPECT_NE(wider.error().message.find("line 1: a record with more than 10000 fields"), std::string::npos)
      << wider.error().message;
  auto wideRow = import("wide-row.csv", header + "\n" + row + "\n" + row + std::string(5000, ',') + "\n");
  ASSERT_FALSE(wideRow);
  EXPECT_NE(wideRow.error().message.find("line 3: a record with more than 10000 fields"), std::string::npos)
      << wideRow.error().message;
  EXPECT_EQ(snapshot(*store_), before);
}

// A 10 MB value: kept whole where it is valid text (an id), rejected with its line where it must be
// a postcode. The reject file holds it whole, so nothing is lost.
TEST_F(EdgeInput, ATenMegabyteFieldIsStoredWholeOrRejectedWithItsLine) {
  const std::string huge(10 << 20, 'X');
  auto r = import("huge.csv", kVisitsHeader + "V1,2026-11-03 10:00,R1,A1,sale,htl,,\n" + huge +
                                  ",2026-11-03 10:00,R1,A1,sale,htl,,\n"
                                  "V3,2026-11-03 10:00,R1,A1,sale,d2d," +
                                  huge + ",12\n");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->inserted, 2);
  ASSERT_EQ(r->rejected, 1);
  EXPECT_EQ(r->errors[0].line, 4);
  EXPECT_EQ(r->errors[0].column, "postcode");
  EXPECT_EQ(queryInt(*store_, "SELECT length(visit_id) FROM visit WHERE visit_id <> 'V1'"), 10 << 20);
  EXPECT_GT(readFile(r->rejectFile).size(), size_t{10 << 20});
}

// Files that are not CSV at all: a clear error that names the file, and nothing written.
TEST_F(EdgeInput, BinaryFilesAreAClearErrorAndWriteNothing) {
  std::mt19937 random(11);
  std::string noise(64 * 1024, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  std::string noiseWithoutNul = noise;
  for (char& c : noiseWithoutNul)
    if (c == '\0') c = 'x';
  const std::pair<std::string, std::string> cases[] = {
      {"random.csv", noise},
      {"random-no-nul.csv", noiseWithoutNul},
      {"image.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20) + noise.substr(0, 2000)},
      {"sheet.csv",
       std::string("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14) + "[Content_Types].xml" + noise.substr(0, 2000)},
      {"utf16.csv", std::string("\xFF\xFEv\0i\0s\0i\0t\0_\0i\0d\0,\0", 20)},
      {"gzip.csv", std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03", 10) + noise.substr(0, 500)},
  };
  const std::string before = snapshot(*store_);
  for (const auto& [name, bytes] : cases) {
    SCOPED_TRACE(name);
    auto r = import(name, bytes);
    ASSERT_FALSE(r) << "imported " << r->inserted << " rows";
    EXPECT_NE(r.error().message.find(name), std::string::npos) << r.error().message;
    EXPECT_EQ(snapshot(*store_), before);
  }
}

// A real header followed by binary garbage: every record is either a row or a rejected row (or the
// file fails with a line), and the numbers add up.
TEST_F(EdgeInput, BinaryGarbageAfterAHeaderGivesRejectedRowsOrAnErrorWithTheLine) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    std::string garbage(16 * 1024, '\0');
    for (char& c : garbage) c = static_cast<char>(random() % 4 ? random() : ",\n\"x"[random() % 4]);
    const std::string before = snapshot(*store_);
    const TableCounts counts = store_->counts();
    auto r = import("garbage.csv", kVisitsHeader + garbage);
    if (!r) {
      EXPECT_NE(r.error().message.find("line "), std::string::npos) << r.error().message;
      EXPECT_EQ(snapshot(*store_), before);
      continue;
    }
    EXPECT_EQ(store_->counts().visits, counts.visits + r->inserted);
    EXPECT_GT(r->rejected, 0);
    EXPECT_EQ(rollupMismatch(*store_), "");
  }
}
