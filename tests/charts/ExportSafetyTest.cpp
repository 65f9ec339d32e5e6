// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports a spreadsheet cannot turn into formulas (issue 11, item 9), written whole and never
// through a symlink (item 11).
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <memory>

#include "ChartsTestSupport.h"

#include "salesops/charts/ChartExport.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/TableExport.h"

using namespace salesops;
using namespace salesops::charts;
using namespace salesops::charts::test;

namespace {

ExportTable teams() {
  ExportTable t;
  t.headers = {"team", "conversion"};
  t.rows = {{ExportCell{QString("=1+1"), CellFormat::Text}, ExportCell{-0.05, CellFormat::Decimal}},
            {ExportCell{QString("+cmd|' /C calc'!A0"), CellFormat::Text}, ExportCell{0.25, CellFormat::Percent}},
            {ExportCell{QString("-0.05"), CellFormat::Text}, ExportCell{-3.0, CellFormat::Integer}},
            {ExportCell{QString("@SUM(A1)"), CellFormat::Text}, ExportCell{}},
            {ExportCell{QString("\tTab"), CellFormat::Text}, ExportCell{}},
            {ExportCell{QString("\rCR"), CellFormat::Text}, ExportCell{}},
            {ExportCell{QString("Team Noord"), CellFormat::Text}, ExportCell{}}};
  return t;
}

void writeText(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

TEST(ExportCsvInjection, TextCellsThatStartAFormulaGetAQuoteNumbersStayNumbers) {
  const QString path = outputPath("teams.csv");
  ASSERT_TRUE(writeCsv(teams(), path));
  EXPECT_EQ(slurp(path), QByteArray("team,conversion\r\n"
                                    "'=1+1,-0.05\r\n"
                                    "'+cmd|' /C calc'!A0,0.25\r\n"
                                    "'-0.05,-3\r\n"
                                    "'@SUM(A1),\r\n"
                                    "'\tTab,\r\n"
                                    "\"'\rCR\",\r\n"
                                    "Team Noord,\r\n"));
}

TEST(ExportCsvInjection, XlsxWritesAFormulaLikeTeamAsAStringCell) {
  const QString path = outputPath("teams.xlsx");
  ASSERT_TRUE(writeXlsx(teams(), path));
  const QByteArray sheet = unzipMember(path, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.isEmpty());
  EXPECT_FALSE(sheet.contains("<f>")) << "no formula cell";
  // A2 is a shared string (t="s") whose text is `=1+1` as typed, no quote added.
  QXmlStreamReader xml(sheet);
  QString a2Type, a2Value, ref;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    if (xml.name() == QLatin1String("c")) {
      ref = xml.attributes().value("r").toString();
      if (ref == "A2") a2Type = xml.attributes().value("t").toString();
    } else if (xml.name() == QLatin1String("v") && ref == "A2") {
      a2Value = xml.readElementText();
    }
  }
  EXPECT_EQ(a2Type, "s");
  QStringList strings;
  QXmlStreamReader shared(unzipMember(path, "xl/sharedStrings.xml"));
  while (!shared.atEnd())
    if (shared.readNext() == QXmlStreamReader::StartElement && shared.name() == QLatin1String("t"))
      strings << shared.readElementText();
  EXPECT_EQ(strings.value(a2Value.toInt(), "missing"), "=1+1");
}

TEST(ExportFiles, ASymlinkAtTheNameIsReplacedAndItsTargetKept) {
  const QString dir = outputPath("symlinks");
  ASSERT_TRUE(QDir().mkpath(dir));
  const QString victim = dir + "/victim.txt";
  writeText(victim, "keep me\n");
  ensureApplication();
  std::unique_ptr<QChart> chart(buildDashboardChart(dashboardChartNames().first(), demoDashboard(), ChartStyle{}));
  for (const QString name : {"t.csv", "t.xlsx", "c.png", "c.svg", "c.pdf"}) {
    const QString link = dir + "/" + name;
    ASSERT_TRUE(QFile::link(victim, link));
    const auto written = name.startsWith('t') ? writeTable(teams(), link) : exportChart(*chart, link, QSize(320, 200));
    ASSERT_TRUE(written) << name.toStdString() << ": " << written.error().message;
    EXPECT_FALSE(QFileInfo(link).isSymLink()) << name.toStdString();
    EXPECT_GT(QFileInfo(link).size(), 10) << name.toStdString();
    EXPECT_EQ(slurp(victim), "keep me\n") << name.toStdString();
  }
  // Nothing else was left in the folder (no temporary files).
  EXPECT_EQ(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 6);
}

TEST(ExportFiles, AFailedExportLeavesTheOldFileWholeAndNoTemporaryFile) {
  const QString dir = outputPath("failing");
  ASSERT_TRUE(QDir().mkpath(dir));
  const QString old = dir + "/t.csv";
  writeText(old, "last week\n");
  // A folder where the file should be: the rename fails after everything was written.
  ASSERT_TRUE(QDir().mkpath(dir + "/t.xlsx"));
  EXPECT_FALSE(writeTable(teams(), dir + "/t.xlsx"));
  EXPECT_EQ(slurp(old), "last week\n");
  EXPECT_EQ(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            (QStringList{"t.csv", "t.xlsx"}));
}

}  // namespace
