// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's tables as models: what a file's columns are read from, its first rows, and
// what an import did, file by file and row by row.
#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "models/ColumnMappingModel.h"
#include "models/FilePreviewModel.h"
#include "models/ImportOutcomeModel.h"
#include "models/RowErrorModel.h"

using namespace salesops;

namespace {

using Tester = QAbstractItemModelTester;

// A visits file whose header says "wie" for the rep and has no channel column; its date reads as
// visited_at, its second column is nothing the import knows.
ingest::FilePreview visitsPreview() {
  ingest::FilePreview p;
  p.info.header = {"when", "wie", "notes"};
  p.info.columns = {{"visited_at", 0}, {"rep_id", 1}};
  p.info.ignoredColumns = {"notes"};
  p.kindColumns = {{"visited_at", true}, {"rep_id", true}, {"channel", false}};
  p.rows = {{"2026-11-27 10:00", "R001", "x"}, {"27-11-2026", "R002"}};
  return p;
}

QString text(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole) {
  return m.data(m.index(row, column), role).toString();
}

TEST(ColumnMappingModel, AChosenFileColumnIsAnOverrideAndTheDetectedOnesAreNot) {
  uitest::app();
  ui::ColumnMappingModel m;
  Tester tester(&m, Tester::FailureReportingMode::Fatal);
  m.setPreview(visitsPreview());
  ASSERT_EQ(m.rowCount(), 3);
  EXPECT_EQ(m.choices(), (QStringList{"(not in file)", "when", "wie", "notes"}));
  EXPECT_EQ(text(m, 1, ui::ColumnMappingModel::ReadFrom), "wie");
  EXPECT_EQ(text(m, 0, ui::ColumnMappingModel::Required), "yes");
  EXPECT_EQ(text(m, 2, ui::ColumnMappingModel::ReadFrom), "(not in file)");
  EXPECT_TRUE(m.overrides().empty());
  QSignalSpy edited(&m, &ui::ColumnMappingModel::mappingEdited);
  // Channel from "notes", the rep from no column.
  EXPECT_TRUE(m.setData(m.index(2, ui::ColumnMappingModel::ReadFrom), 3));
  EXPECT_TRUE(m.setData(m.index(1, ui::ColumnMappingModel::ReadFrom), 0));
  EXPECT_FALSE(m.setData(m.index(0, ui::ColumnMappingModel::ReadFrom), 1));  // what it reads already
  EXPECT_FALSE(m.setData(m.index(0, ui::ColumnMappingModel::Name), 2));      // only the file column is chosen
  EXPECT_EQ(edited.count(), 2);
  EXPECT_EQ(m.overrides(), (std::map<std::string, std::string>{{"channel", "notes"}, {"rep_id", ""}}));
}

TEST(FilePreviewModel, FieldsReadAsTheirColumnWithTheTextAsWrittenBeside) {
  uitest::app();
  ui::FilePreviewModel m;
  Tester tester(&m, Tester::FailureReportingMode::Fatal);
  m.setPreview(visitsPreview());
  ASSERT_EQ(m.rowCount(), 2);
  ASSERT_EQ(m.columnCount(), 3);
  EXPECT_EQ(m.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), "wie");
  EXPECT_EQ(text(m, 0, 1), "R001");
  EXPECT_EQ(text(m, 0, 0, Qt::ToolTipRole), "2026-11-27 10:00");
  EXPECT_NE(text(m, 0, 0), "2026-11-27 10:00") << "a date-time reads as one, in the window's language";
  EXPECT_EQ(text(m, 1, 2), "");  // a short record
  m.clear();
  EXPECT_EQ(m.columnCount(), 0);
}

TEST(ImportOutcomeModel, CountsAndResultPerFileAndEveryRejectedRow) {
  uitest::app();
  ui::ImportOutcomeModel files;
  ui::RowErrorModel rows;
  Tester t1(&files, Tester::FailureReportingMode::Fatal);
  Tester t2(&rows, Tester::FailureReportingMode::Fatal);
  kpi::ImportSummary visits;
  visits.kind = FileKind::Visits;
  visits.status = kpi::ImportSummary::Status::Imported;
  visits.inserted = 1200;
  visits.rejected = 2;
  visits.rejectFile = "/data/visits.rejected.csv";
  visits.errors = {{7, "outcome", "maybe", "not an outcome"}, {9, "visited_at", "gisteren", "not a date"}};
  kpi::ImportSummary again;
  again.kind = FileKind::Orders;
  again.status = kpi::ImportSummary::Status::AlreadyImported;
  const QList<ui::ImportOutcome> outcomes{{"/data/visits.csv", visits, {}},
                                          {"/data/orders.csv", again, {}},
                                          {"/data/gone.csv", std::nullopt, "no such file"}};
  files.setOutcomes(outcomes);
  rows.setOutcomes(outcomes);
  ASSERT_EQ(files.rowCount(), 3);
  EXPECT_EQ(text(files, 0, ui::ImportOutcomeModel::File), "visits.csv");
  EXPECT_EQ(text(files, 0, ui::ImportOutcomeModel::Inserted), "1,200");
  EXPECT_EQ(text(files, 0, ui::ImportOutcomeModel::Rejected), "2");
  EXPECT_EQ(text(files, 0, ui::ImportOutcomeModel::Result),
            "Imported; rejected rows kept in /data/visits.rejected.csv");
  EXPECT_EQ(text(files, 1, ui::ImportOutcomeModel::Result), "Imported before: not imported again");
  EXPECT_EQ(text(files, 2, ui::ImportOutcomeModel::Result), "Not imported: no such file");
  EXPECT_TRUE(files.changedStore());
  EXPECT_FALSE(files.cancelled());
  EXPECT_EQ(files.lastRejectFile(), "/data/visits.rejected.csv");
  ASSERT_EQ(rows.rowCount(), 2);
  EXPECT_EQ(text(rows, 1, ui::RowErrorModel::Line), "9");
  EXPECT_EQ(text(rows, 1, ui::RowErrorModel::Value), "gisteren");
  EXPECT_EQ(text(rows, 0, ui::RowErrorModel::Reason), "not an outcome");
}

}  // namespace
