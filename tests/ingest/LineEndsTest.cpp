// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files with lone-CR line ends (classic Mac, some Excel exports), of every kind, read to the same
// rows as with LF; and a file whose lines give no row at all is an error, not "0 rows".
#include <gtest/gtest.h>

#include "TestFiles.h"

#include "salesops/ingest/FilePreview.h"

namespace salesops::ingest {
namespace {

using test::dataPath;
using test::parseAll;

TEST(LineEnds, ReadsVisitsWithLoneCr) {
  const auto file = parseAll(dataPath("cr/visits.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.visits.size(), 3u);
  EXPECT_EQ(file->rows.rejected.size(), 0u);
  EXPECT_EQ(file->rows.visits[1].visitId, "V2");
  EXPECT_EQ(file->rows.visits[1].houseNumber, 12);
  EXPECT_EQ(file->rows.visits[1].addition, "A");
  EXPECT_EQ(file->rows.visits[2].channel, Channel::Htl);
}

TEST(LineEnds, ReadsOrdersWithLoneCrAndACrInsideQuotes) {
  const auto file = parseAll(dataPath("cr/orders.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.orders.size(), 2u);
  EXPECT_EQ(file->rows.orders[0].product, "Glasvezel\r500");
  EXPECT_EQ(file->rows.orders[1].monthlyFee, Money::fromCents(5500));
}

TEST(LineEnds, ReadsCancellationsWithLoneCr) {
  const auto file = parseAll(dataPath("cr/cancellations.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.cancellations.size(), 2u);
  EXPECT_EQ(file->rows.cancellations[0].reason, CancelReason::CoolingOff);
  EXPECT_EQ(file->rows.cancellations[1].reason, CancelReason::Price);
}

TEST(LineEnds, ReadsRepsWithLoneCr) {
  const auto file = parseAll(dataPath("cr/reps.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.reps.size(), 2u);
  EXPECT_EQ(file->rows.reps[0].team, "Team Noord");  // not "Team Noord\rR002..."
  EXPECT_EQ(file->rows.reps[1].name, "Bram Jansen");
}

TEST(LineEnds, ReadsAreasWithLoneCr) {
  const auto file = parseAll(dataPath("cr/areas.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.areas.size(), 2u);
  EXPECT_EQ(file->rows.areas[0].homesPassed, 1200);
  EXPECT_DOUBLE_EQ(*file->rows.areas[0].bundlingThreshold, 0.40);
  EXPECT_DOUBLE_EQ(*file->rows.areas[1].bundlingThreshold, 0.35);
}

TEST(LineEnds, ReadsTargetsWithLoneCr) {
  const auto file = parseAll(dataPath("cr/targets.csv"));
  ASSERT_TRUE(file.ok()) << file.error().message;
  ASSERT_EQ(file->rows.targets.size(), 2u);
  EXPECT_EQ(file->rows.targets[0].target, 1000);
  EXPECT_DOUBLE_EQ(file->rows.targets[1].target, 0.125);
  EXPECT_EQ(file->rows.targets[1].key, "Team Noord");
}

TEST(LineEnds, PreviewsACrFileRowByRow) {
  const auto preview = previewFile(dataPath("cr/reps.csv"));
  ASSERT_TRUE(preview.ok()) << preview.error().message;
  EXPECT_EQ(preview->info.kind, FileKind::Reps);
  EXPECT_EQ(preview->rows, (std::vector<std::vector<std::string>>{{"R001", "Anna de Vries", "Team Noord"},
                                                                  {"R002", "Bram Jansen", "Team Zuid"}}));
}

TEST(LineEnds, AFileWithLinesButNoRowIsAnError) {
  // A quote left open in the header swallows the data lines into a header name (ignored as an
  // unknown column): lines were there, no row came out of them.
  const auto file = test::parseText(
      "visit_id,visited_at,rep_id,area,outcome,channel,\"note\n"
      "V1,2026-11-03 10:00,R1,UTR-01,sale,htl,x\n"
      "V2,2026-11-03 11:00,R1,UTR-01,sale,htl,\"\n");
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message.find("no row could be read"), std::string::npos) << file.error().message;
  // A header alone is an empty export, not an error.
  const auto headerOnly = parseAll(dataPath("visits-header-only.csv"));
  ASSERT_TRUE(headerOnly.ok()) << headerOnly.error().message;
  EXPECT_EQ(headerOnly->rows.rowCount() + headerOnly->rows.rejected.size(), 0u);
}

}  // namespace
}  // namespace salesops::ingest
