// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestFiles.h"

namespace salesops::ingest {
namespace {

using test::dataPath;
using test::parseAll;
using test::parseText;

DateTime at(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0) {
  return DateTime::from(*Date::fromYmd(y, m, d), hh, mm, ss);
}

TEST(FileParser, ReadsADutchExcelExportToTheExactRows) {
  const auto file = parseAll(dataPath("dutch-excel-orders.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.encoding, Encoding::Windows1252);
  EXPECT_EQ(file->info.delimiter, ';');
  EXPECT_EQ(file->info.kind, FileKind::Orders);
  EXPECT_TRUE(file->info.ignoredColumns.empty());
  EXPECT_EQ(file->info.columns.at("monthly_fee"), 10);

  OrderRow o1;
  o1.orderId = "O-2026-0001";
  o1.orderedAt = at(2026, 12, 31, 17, 45);
  o1.repId = "R012";
  o1.channel = Channel::D2d;
  o1.area = "UTR-01";
  o1.visitId = "V000001234";
  o1.postcode = "3512AB";
  o1.houseNumber = 104;
  o1.addition = "A";
  o1.product = "Glasvezel 1 Gbit € actie";
  o1.monthlyFee = Money::fromCents(4250);
  o1.installedAt = at(2027, 1, 15);
  o1.firstTimeRight = true;

  OrderRow o2;
  o2.orderId = "O-2026-0002";
  o2.orderedAt = at(2026, 12, 30, 9, 5);
  o2.repId = "R007";
  o2.channel = Channel::PromoBus;
  o2.area = "UTR-02";
  o2.product = "Café-pakket";
  o2.monthlyFee = Money::fromCents(3995);
  o2.firstTimeRight = false;

  OrderRow o3;
  o3.orderId = "O-2026-0003";
  o3.orderedAt = at(2026, 12, 29, 20, 0, 30);
  o3.repId = "René";
  o3.channel = Channel::Htl;
  o3.area = "AMS-03";
  o3.postcode = "1011AB";
  o3.houseNumber = 12;
  o3.addition = "bis";
  o3.product = "Glasvezel 500; TV";
  o3.monthlyFee = Money::fromCents(3500);
  o3.installedAt = at(2027, 1, 20, 8, 30);
  o3.firstTimeRight = true;

  ASSERT_EQ(file->rows.orders.size(), 3u);
  EXPECT_EQ(file->rows.orders[0], o1);
  EXPECT_EQ(file->rows.orders[1], o2);
  EXPECT_EQ(file->rows.orders[2], o3);

  // The row of 31 February is rejected; the row of empty cells below it is skipped.
  ASSERT_EQ(file->rows.rejected.size(), 1u);
  const RowError& e = file->rows.rejected[0].error;
  EXPECT_EQ(e.line, 5);
  EXPECT_EQ(e.column, "ordered_at");
  EXPECT_EQ(e.value, "31-02-2026 10:00");
  EXPECT_EQ(e.reason, "impossible date");
  EXPECT_EQ(file->rows.rejected[0].fields.size(), 13u);
  EXPECT_EQ(file->rows.rejected[0].fields[0], "O-2026-0004");
  EXPECT_EQ(file->hash, "4d92c979632d357cb4b8662a86e67708");  // xxhsum -H2 dutch-excel-orders.csv
}

TEST(FileParser, ReadsUtf8WithBomAndQuotedFields) {
  const auto file = parseAll(dataPath("utf8-bom-reps.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.encoding, Encoding::Utf8Bom);
  EXPECT_EQ(file->info.header.front(), "rep_id");  // no BOM left in the first name
  ASSERT_EQ(file->rows.reps.size(), 2u);
  EXPECT_EQ(file->rows.reps[0], (RepRow{"R001", "Anne de Vries", "Noord", *Date::fromYmd(2026, 1, 5), std::nullopt}));
  EXPECT_EQ(file->rows.reps[1],
            (RepRow{"R002", "Jansen, Piët", "Zuid", *Date::fromYmd(2026, 2, 1), *Date::fromYmd(2026, 12, 31)}));
}

TEST(FileParser, ReportsRecordStartLinesAcrossQuotedNewlinesAndBlankLines) {
  const auto file = parseAll(dataPath("visits-quoted-newlines-crlf.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.ignoredColumns, (std::vector<std::string>{"notitie"}));
  ASSERT_EQ(file->rows.visits.size(), 2u);
  EXPECT_EQ(file->rows.visits[0].visitId, "V1");
  EXPECT_EQ(file->rows.visits[1].visitId, "V3");
  ASSERT_EQ(file->rows.rejected.size(), 2u);
  EXPECT_EQ(file->rows.rejected[0].error.line, 4);
  EXPECT_EQ(file->rows.rejected[0].error.value, "misschien");
  EXPECT_EQ(file->rows.rejected[1].error.line, 9);
  EXPECT_EQ(file->rows.rejected[1].error.reason, "required value is empty");
}

TEST(FileParser, ReadsTabPipeAndSemicolonFiles) {
  const auto visits = parseAll(dataPath("visits-tab.tsv"));
  ASSERT_TRUE(visits.ok()) << visits.error().message;
  EXPECT_EQ(visits->info.delimiter, '\t');
  ASSERT_EQ(visits->rows.visits.size(), 2u);
  EXPECT_EQ(visits->rows.visits[0], (VisitRow{"V1", at(2026, 11, 3, 17, 45), "R012", "UTR-01", Outcome::NoInterest,
                                              Channel::D2d, "3512AB", 104, ""}));
  EXPECT_EQ(visits->rows.visits[1],
            (VisitRow{"V2", at(2026, 11, 3, 19, 0), "R012", "UTR-01", Outcome::NotHome, Channel::Htl, "", 0, ""}));

  const auto areas = parseAll(dataPath("areas-pipe.csv"));
  ASSERT_TRUE(areas.ok()) << areas.error().message;
  EXPECT_EQ(areas->info.delimiter, '|');
  ASSERT_EQ(areas->rows.areas.size(), 3u);
  EXPECT_EQ(areas->rows.areas[0], (AreaRow{"UTR-01", "Lombok", "Utrecht", 1250, 0.4}));
  EXPECT_EQ(areas->rows.areas[1], (AreaRow{"AMS-03", "Jordaan | West", "Amsterdam", 980, 0.35}));
  EXPECT_EQ(areas->rows.areas[2], (AreaRow{"RTD-07", "", "Rotterdam", 0, std::nullopt}));

  const auto targets = parseAll(dataPath("targets-semicolon.csv"));
  ASSERT_TRUE(targets.ok()) << targets.error().message;
  EXPECT_EQ(targets->info.delimiter, ';');
  ASSERT_EQ(targets->rows.targets.size(), 4u);
  EXPECT_EQ(targets->rows.targets[0], (TargetRow{{2026, 48}, TargetLevel::All, "", "conversion", 0.125}));
  EXPECT_EQ(targets->rows.targets[1], (TargetRow{{2026, 48}, TargetLevel::Team, "Noord", "orders", 250}));
  EXPECT_EQ(targets->rows.targets[2], (TargetRow{{2026, 48}, TargetLevel::Rep, "R012", "contact_rate", 0.45}));
  EXPECT_EQ(targets->rows.targets[3], (TargetRow{{2026, 49}, TargetLevel::Rep, "R012", "visits_per_hour", 6.5}));
}

TEST(FileParser, KeepsUnknownCancellationReasonsAsOtherWithTheirText) {
  const auto file = parseAll(dataPath("cancellations.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.kind, FileKind::Cancellations);
  ASSERT_EQ(file->rows.cancellations.size(), 4u);
  EXPECT_EQ(file->rows.cancellations[0], (CancellationRow{"O1", at(2026, 11, 10), CancelReason::CoolingOff, ""}));
  EXPECT_EQ(file->rows.cancellations[1],
            (CancellationRow{"O2", at(2026, 11, 11, 12), CancelReason::Other, "Klant is overleden"}));
  EXPECT_EQ(file->rows.cancellations[2], (CancellationRow{"O3", at(2026, 11, 12), CancelReason::Other, ""}));
  EXPECT_EQ(file->rows.cancellations[3], (CancellationRow{"O4", at(2026, 11, 12), CancelReason::CreditCheck, ""}));
}

TEST(FileParser, RejectsDuplicateIdsButNotTheFirstAcceptedRow) {
  const auto file = parseAll(dataPath("visits-duplicates.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.visits.size(), 3u);
  EXPECT_EQ(file->rows.visits[0].visitId, "V1");
  EXPECT_EQ(file->rows.visits[0].outcome, Outcome::Sale);  // the first V1 is kept
  EXPECT_EQ(file->rows.visits[1].visitId, "V2");
  EXPECT_EQ(file->rows.visits[2].visitId, "V3");  // its earlier row was rejected, so this is no duplicate
  ASSERT_EQ(file->rows.rejected.size(), 3u);
  const std::tuple<int64_t, std::string, std::string> expected[] = {
      {4, "V1", "duplicate: this id appeared earlier in the file"},
      {5, "bad date", "not a date-time (expected a date, optionally followed by HH:MM or HH:MM:SS)"},
      {7, "V2", "duplicate: this id appeared earlier in the file"}};
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(file->rows.rejected[i].error.line, std::get<0>(expected[i]));
    EXPECT_EQ(file->rows.rejected[i].error.value, std::get<1>(expected[i]));
    EXPECT_EQ(file->rows.rejected[i].error.reason, std::get<2>(expected[i]));
  }
}

TEST(FileParser, RejectsDuplicateTargetsByWeekLevelKeyAndMetric) {
  const auto file = parseText(
      "week,level,key,metric,target\n2026-W48,team,Noord,orders,250\n"
      "2026-W48,team,Zuid,orders,250\n2026-w48,Team,Noord,Orders,300\n");
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->rows.targets.size(), 2u);
  ASSERT_EQ(file->rows.rejected.size(), 1u);
  EXPECT_EQ(file->rows.rejected[0].error.line, 4);
  EXPECT_EQ(file->rows.rejected[0].error.column, "week");
  EXPECT_EQ(file->rows.rejected[0].error.value, "2026-W48 team Noord orders");
}

TEST(FileParser, RefusesFilesThatCannotBeImported) {
  const std::pair<std::string, std::string> cases[] = {
      {"empty.csv", "empty.csv: file is empty"},
      // The first bytes of an .xlsx: read as the workbook it claims to be, whatever its name.
      {"binary-header.csv", "binary-header.csv: not a readable .xlsx workbook: the zip file is damaged"},
      {"does-not-exist.csv", "cannot open "},
  };
  for (const auto& [name, message] : cases) {
    SCOPED_TRACE(name);
    const auto parser = FileParser::open(dataPath(name));
    ASSERT_FALSE(parser.ok());
    EXPECT_NE(parser.error().message.find(message), std::string::npos) << parser.error().message;
  }
  const auto blank = parseText("\n\r\n\n");
  ASSERT_FALSE(blank.ok());
  EXPECT_NE(blank.error().message.find("file is empty (only blank lines)"), std::string::npos);
  const auto unknown = parseText("foo;bar\n1;2\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("input.csv: cannot tell what kind of file this is from its header; "
                                         "columns found: 'foo', 'bar'"),
            std::string::npos)
      << unknown.error().message;
}

TEST(FileParser, NamesTheLineOfAQuoteLeftOpen) {
  auto parser = FileParser::open(dataPath("visits-open-quote.csv"));
  ASSERT_TRUE(parser.ok()) << parser.error().message;
  RowBatch batch;
  const auto more = (*parser)->next(batch);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.error().message, dataPath("visits-open-quote.csv") +
                                      ": line 3: a quoted field starts here and is not closed by the end of the file");
}

TEST(FileParser, RefusesARecordLargerThan64MiB) {
  std::string text = "visit_id,visited_at,rep_id,area,outcome,channel\nV1,2026-11-03,R1,A,sale,htl\nV2,\"";
  text.append((size_t{64} << 20) + 10, 'x');
  text += "\",R1,A,sale,htl\n";
  auto parser = FileParser::open(test::writeTemp("huge.csv", text));
  ASSERT_TRUE(parser.ok()) << parser.error().message;
  RowBatch batch;
  const auto more = (*parser)->next(batch);
  ASSERT_FALSE(more.ok());
  EXPECT_NE(more.error().message.find("line 3: a record larger than 64 MiB"), std::string::npos)
      << more.error().message;
}

TEST(FileParser, AcceptsAHeaderOnlyFileAsZeroRows) {
  const auto file = parseAll(dataPath("visits-header-only.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->rows.rowCount(), 0u);
  EXPECT_TRUE(file->rows.rejected.empty());
  EXPECT_EQ(file->batches, 1);
}

TEST(FileParser, HandsOutBatchesOfTheRequestedSizeAndCountsProgress) {
  std::string text = "visit_id,visited_at,rep_id,area,outcome,channel\n";
  for (int i = 0; i < 10; ++i)
    text += "V" + std::to_string(i) + ",2026-11-03,R1,A," + (i == 4 ? "?" : "sale") + ",htl\n";
  const std::string path = test::writeTemp("batches.csv", text);
  ParseOptions options;
  options.batchRows = 4;
  auto parser = FileParser::open(path, options);
  ASSERT_TRUE(parser.ok());
  RowBatch batch;
  std::vector<size_t> sizes;
  uint64_t lastProgress = 0;
  for (;;) {
    const auto more = (*parser)->next(batch);
    ASSERT_TRUE(more.ok());
    sizes.push_back(batch.rowCount() + batch.rejected.size());
    EXPECT_GE((*parser)->bytesConsumed(), lastProgress);
    lastProgress = (*parser)->bytesConsumed();
    if (!*more) break;
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{4, 4, 2}));  // the last batch comes with `false`
  EXPECT_EQ(lastProgress, text.size());
}

TEST(FileParser, ForcedKindAndColumnOverridesWin) {
  ParseOptions options;
  options.kind = FileKind::Reps;
  options.columnOverrides = {{"rep_id", "code"}, {"name", "volledige naam"}};
  const auto file = parseText("code,volledige naam,team,area\nR9,Els Bakker,Oost,UTR-01\n", options);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.kind, FileKind::Reps);
  EXPECT_EQ(file->info.ignoredColumns, (std::vector<std::string>{"area"}));
  ASSERT_EQ(file->rows.reps.size(), 1u);
  EXPECT_EQ(file->rows.reps[0], (RepRow{"R9", "Els Bakker", "Oost", std::nullopt, std::nullopt}));
}

TEST(FileParser, DetectsWindows1252FromAByteFarIntoTheFile) {
  std::string text = "rep_id,name,team\n";
  for (int i = 0; text.size() < 2'500'000; ++i) text += "R" + std::to_string(i) + ",Naam,Team\n";
  text += "R-last,Andr\xE9 \x80,Zuid\n";
  const auto file = parseText(text);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->info.encoding, Encoding::Windows1252);
  EXPECT_EQ(file->rows.reps.back().name, "André €");
}

TEST(FileParser, SkipsRowsOfEmptyCellsAndAcceptsTrailingEmptyFields) {
  const auto file = parseText("rep_id;name;team\nR1;A;T;;\n;;\n ; ; \nR2;B;T\n");
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->rows.reps.size(), 2u);
  EXPECT_TRUE(file->rows.rejected.empty());
}

TEST(FileParser, RejectsARowWithANulByteInAField) {
  // `R0<NUL>01` was stored, shown as "R0" and cut the output of `check` short.
  const std::string nulId(
      "R0\0"
      "01",
      5);
  const auto file = parseText("rep_id,name,team\nR001,Anna,Noord\n" + nulId + ",Bram,Zuid\nR002,Cor,Zuid\n");
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.reps.size(), 2u);
  EXPECT_EQ(file->rows.reps[1].repId, "R002");
  ASSERT_EQ(file->rows.rejected.size(), 1u);
  const RejectedRow& bad = file->rows.rejected[0];
  EXPECT_EQ(bad.error.line, 3);
  EXPECT_EQ(bad.error.column, "rep_id");
  EXPECT_EQ(bad.error.reason, "contains a NUL byte");
  EXPECT_EQ(bad.error.value, "R0\u240001");  // shown as a visible symbol, not cut at the NUL
  EXPECT_EQ(bad.fields[0], nulId);           // kept whole for the reject file
}

}  // namespace
}  // namespace salesops::ingest
