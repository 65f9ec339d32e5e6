// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QMap>
#include <QStandardItemModel>
#include <QXmlStreamReader>

#include <charconv>
#include <gtest/gtest.h>

#include "ChartsTestSupport.h"

#include "salesops/charts/TableExport.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/ingest/CsvReader.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/KpiFormat.h"

using namespace salesops;
using namespace salesops::charts;
using namespace salesops::charts::test;

namespace {

struct XlsxCell {
  QString type;  ///< the t attribute: empty for a number, "s" for a shared string
  int style = 0;
  QString value;
};

// The first sheet of a workbook as libxlsxwriter writes it, with its shared strings and the number
// format of each cell style.
struct Workbook {
  QMap<QString, XlsxCell> cells;  ///< by reference: "B2"
  QStringList strings;
  QStringList styleFormats;  ///< the number format code of each cellXfs entry
  QByteArray sheetXml;

  explicit Workbook(const QString& path) {
    sheetXml = unzipMember(path, "xl/worksheets/sheet1.xml");
    QXmlStreamReader sheet(sheetXml);
    QString ref;
    while (!sheet.atEnd()) {
      sheet.readNext();
      if (!sheet.isStartElement()) continue;
      if (sheet.name() == QLatin1String("c")) {
        ref = sheet.attributes().value("r").toString();
        cells[ref] = {sheet.attributes().value("t").toString(), sheet.attributes().value("s").toInt(), {}};
      } else if (sheet.name() == QLatin1String("v")) {
        cells[ref].value = sheet.readElementText();
      }
    }
    EXPECT_FALSE(sheet.hasError()) << sheet.errorString().toStdString();
    QXmlStreamReader shared(unzipMember(path, "xl/sharedStrings.xml"));
    while (!shared.atEnd())
      if (shared.readNext() == QXmlStreamReader::StartElement && shared.name() == QLatin1String("t"))
        strings << shared.readElementText();
    QXmlStreamReader styles(unzipMember(path, "xl/styles.xml"));
    QMap<int, QString> codes = {{0, "General"}};
    bool inCellXfs = false;
    while (!styles.atEnd()) {
      styles.readNext();
      if (styles.isStartElement() && styles.name() == QLatin1String("numFmt"))
        codes[styles.attributes().value("numFmtId").toInt()] = styles.attributes().value("formatCode").toString();
      if (styles.name() == QLatin1String("cellXfs")) inCellXfs = styles.isStartElement();
      if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1String("xf"))
        styleFormats << codes.value(styles.attributes().value("numFmtId").toInt());
    }
  }

  QString text(const QString& ref) const {
    const XlsxCell c = cells.value(ref);
    return c.type == "s" ? strings.value(c.value.toInt()) : QString();
  }
  QString format(const QString& ref) const { return styleFormats.value(cells.value(ref).style); }
};

QString column(int index) {
  QString name;
  for (++index; index > 0; index = (index - 1) / 26) name.prepend(QChar('A' + (index - 1) % 26));
  return name;
}

std::vector<kpi::KpiRow> engineRows(const kpi::KpiQuery& q) {
  auto rows = kpi::KpiEngine(demoStore()).run(q);
  EXPECT_TRUE(rows) << rows.error().message;
  return rows ? *rows : std::vector<kpi::KpiRow>{};
}

kpi::KpiQuery weekBy(kpi::Dimension d) {
  const kpi::DashboardQuery w = demoWeek();
  return {w.period, w.asOf, {d}, {}, std::nullopt, {}};
}

TEST(TableExportXlsx, KpiRowsAreTypedCellsWithTheEnginesValues) {
  const kpi::KpiQuery q = weekBy(kpi::Dimension::Area);
  const auto rows = engineRows(q);
  ASSERT_GT(rows.size(), 10u);
  const QString path = outputPath("areas.xlsx");
  ASSERT_TRUE(writeXlsx(kpiExportTable(q, rows), path));
  const Workbook book(path);

  const std::vector<std::string> columns = kpi::kpiColumns(q);
  for (size_t c = 0; c < columns.size(); ++c)
    EXPECT_EQ(book.text(column(static_cast<int>(c)) + "1").toStdString(), columns[c]);
  const auto col = [&](const std::string& name) {
    return column(static_cast<int>(std::find(columns.begin(), columns.end(), name) - columns.begin()));
  };
  int percentCells = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const QString r = QString::number(i + 2);
    const kpi::KpiValues& v = rows[i].now;
    EXPECT_EQ(book.text("A" + r).toStdString(), rows[i].dims[0].text);

    const XlsxCell visits = book.cells.value(col("visits") + r);
    EXPECT_TRUE(visits.type.isEmpty() || visits.type == "n");
    EXPECT_EQ(visits.value.toLongLong(), v.visits);
    EXPECT_EQ(book.format(col("visits") + r), "#,##0");

    const kpi::KpiValue conversion = v.value(KpiId::conversion);
    if (const auto* x = std::get_if<double>(&conversion)) {
      const XlsxCell cell = book.cells.value(col("conversion") + r);
      EXPECT_TRUE(cell.type.isEmpty());
      EXPECT_NEAR(cell.value.toDouble(), *x, 1e-14);
      EXPECT_TRUE(book.format(col("conversion") + r).contains('%'));
      ++percentCells;
    } else {
      EXPECT_FALSE(book.cells.contains(col("conversion") + r)) << "no value is an empty cell, not a zero";
    }
    const XlsxCell revenue = book.cells.value(col("revenue") + r);
    EXPECT_NEAR(revenue.value.toDouble(), static_cast<double>(v.revenue.cents()) / 100.0, 1e-9);
    EXPECT_TRUE(book.format(col("revenue") + r).contains(QString::fromUtf8("\u20AC")));
    // A pace is a plain decimal, not a percentage.
    EXPECT_FALSE(book.format(col("visits_per_hour") + r).contains('%'));
  }
  EXPECT_GT(percentCells, 10);
  const QString sheet = QString::fromUtf8(book.sheetXml);
  EXPECT_TRUE(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\"")) << "header row frozen";
  EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:%1%2\"/>")
                                 .arg(column(static_cast<int>(columns.size()) - 1))
                                 .arg(rows.size() + 1)));
  EXPECT_TRUE(sheet.contains("<col min=\"1\" max=\"1\" width=")) << "column widths set";
}

TEST(TableExportXlsx, TheSubtitleStandsAboveTheHeaderAndTheCsvKeepsItsHeaderFirst) {
  ExportTable table;
  table.headers = {"Rep", "Orders"};
  table.rows = {{{QString("R001"), CellFormat::Text}, {12.0, CellFormat::Integer}},
                {{QString("R002"), CellFormat::Text}, {7.0, CellFormat::Integer}}};
  table.subtitle = QString::fromUtf8("2 Nov \u2013 29 Nov 2026 \u00b7 Team: Team Zuid");
  const QString path = outputPath("subtitled.xlsx");
  ASSERT_TRUE(writeXlsx(table, path));
  const Workbook book(path);
  EXPECT_EQ(book.text("A1"), table.subtitle);
  EXPECT_EQ(book.text("A2"), "Rep");
  EXPECT_EQ(book.text("B2"), "Orders");
  EXPECT_EQ(book.text("A4"), "R002");
  EXPECT_EQ(book.cells.value("B4").value.toInt(), 7);
  const QString sheet = QString::fromUtf8(book.sheetXml);
  EXPECT_TRUE(sheet.contains("ySplit=\"2\"")) << "the subtitle and the header stay in view";
  EXPECT_TRUE(sheet.contains("<autoFilter ref=\"A2:B4\"/>")) << sheet.toStdString();

  const QString csv = outputPath("subtitled.csv");
  ASSERT_TRUE(writeCsv(table, csv));
  QFile file(csv);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_EQ(QString::fromUtf8(file.readAll()), "Rep,Orders\r\nR001,12\r\nR002,7\r\n");
}

TEST(TableExportXlsx, DaysAreDateCells) {
  const kpi::KpiQuery q = weekBy(kpi::Dimension::Day);
  const auto rows = engineRows(q);
  ASSERT_GE(rows.size(), 5u);  // the demo's reps work Monday to Saturday
  const QString path = outputPath("days.xlsx");
  ASSERT_TRUE(writeXlsx(kpiExportTable(q, rows), path));
  const Workbook book(path);
  // Excel counts days from 1899-12-30.
  const QDate excelEpoch(1899, 12, 30);
  for (size_t i = 0; i < rows.size(); ++i) {
    const QString ref = "A" + QString::number(i + 2);
    const QDate day = QDate::fromString(QString::fromStdString(rows[i].dims[0].text), Qt::ISODate);
    EXPECT_TRUE(book.cells.value(ref).type.isEmpty());
    EXPECT_EQ(book.cells.value(ref).value.toLongLong(), excelEpoch.daysTo(day));
    EXPECT_EQ(book.format(ref), "yyyy-mm-dd");
  }
}

TEST(TableExportCsv, ReadsBackWithTheIngestReaderAsTheEnginesValues) {
  const kpi::KpiQuery q = weekBy(kpi::Dimension::Rep);
  const auto rows = engineRows(q);
  const QString path = outputPath("reps.csv");
  ASSERT_TRUE(writeCsv(kpiExportTable(q, rows), path));
  ingest::CsvReader reader;
  ASSERT_TRUE(reader.open(path.toStdString()));
  ingest::CsvRecord record;
  auto more = reader.next(record);
  ASSERT_TRUE(more && *more);
  const std::vector<std::string> columns = kpi::kpiColumns(q);
  ASSERT_EQ(record.size(), columns.size());
  for (size_t c = 0; c < columns.size(); ++c) EXPECT_EQ(record[c], columns[c]);
  size_t n = 0;
  for (; (more = reader.next(record)) && *more; ++n) {
    ASSERT_LT(n, rows.size());
    ASSERT_EQ(record.size(), columns.size());
    EXPECT_EQ(record[0], rows[n].dims[0].text);
    for (size_t c = 1; c < columns.size(); ++c) {
      const kpi::KpiValue v = rows[n].now.value(columns[c]);
      const std::string_view field = record[c];
      if (std::holds_alternative<std::monostate>(v)) {
        EXPECT_TRUE(field.empty()) << columns[c];
      } else if (const auto* count = std::get_if<int64_t>(&v)) {
        EXPECT_EQ(field, std::to_string(*count)) << columns[c];
      } else if (const auto* x = std::get_if<double>(&v)) {
        double back = 0;
        std::from_chars(field.data(), field.data() + field.size(), back);
        EXPECT_EQ(back, *x) << columns[c] << " " << field;  // shortest form, exact round trip
      } else if (const auto* m = std::get_if<Money>(&v)) {
        EXPECT_EQ(field, m->toString()) << columns[c];
      } else if (const auto* d = std::get_if<Date>(&v)) {
        EXPECT_EQ(field, d->toString()) << columns[c];
      }
    }
  }
  ASSERT_TRUE(more) << more.error().message;
  EXPECT_EQ(n, rows.size());
}

TEST(TableExportModel, CellsAreTheEnginesValuesNeverTheShownText) {
  const QDate day(2026, 11, 27);
  QStandardItemModel model(1, 7);
  const QStringList shown = {"UTR-01", "5,4%", "12,3%", QString::fromUtf8("\u2014"), "1.234", "", "x"};
  for (int c = 0; c < shown.size(); ++c) {
    model.setHorizontalHeaderItem(c, new QStandardItem(QStringLiteral("H%1").arg(c)));
    model.setItem(0, c, new QStandardItem(shown[c]));
  }
  // Column 1 shows 27/500 rounded as "5,4%"; its export cell is the engine's rate itself.
  kpi::KpiValues v;
  v.sources = kpi::kVisitSource | kpi::kOrderSource;
  v.contacts = 500;
  v.orders = 27;
  model.setData(model.index(0, 1), QVariant::fromValue(kpiExportCell(KpiId::conversion, v.value(KpiId::conversion))),
                kExportCellRole);
  model.setData(model.index(0, 4), QVariant::fromValue(countExportCell(1234)), kExportCellRole);
  model.setData(model.index(0, 5), 42);  // a model that gives a number as its display gives it typed
  model.setData(model.index(0, 6), day);
  const ExportTable t = modelExportTable(model);
  ASSERT_EQ(t.headers.size(), 7);
  ASSERT_EQ(t.rows.size(), 1u);
  const auto& r = t.rows[0];
  EXPECT_EQ(std::get<QString>(r[0].value), "UTR-01");
  EXPECT_EQ(r[1].format, CellFormat::Percent);
  EXPECT_EQ(std::get<double>(r[1].value), 27.0 / 500);
  EXPECT_EQ(r[2].format, CellFormat::Text);  // shown text without an export cell stays text
  EXPECT_EQ(std::get<QString>(r[2].value), "12,3%");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(r[3].value));
  EXPECT_EQ(r[4].format, CellFormat::Integer);
  EXPECT_EQ(std::get<double>(r[4].value), 1234.0);
  EXPECT_EQ(std::get<double>(r[5].value), 42.0);
  EXPECT_EQ(std::get<QDate>(r[6].value), day);

  const QString path = outputPath("model.csv");
  ASSERT_TRUE(writeCsv(t, path));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QString csv = QString::fromUtf8(file.readAll());
  // 27/500 is written 0.054, not 0.054000000000000006 (which "5,4%" read back / 100 would give).
  EXPECT_TRUE(csv.endsWith("UTR-01,0.054,\"12,3%\",,1234,42,2026-11-27\r\n")) << csv.toStdString();
}

TEST(TableExportErrors, OtherSuffixesAndMissingFoldersAreErrors) {
  ExportTable t;
  t.headers = {"a"};
  t.rows = {{ExportCell{1.0, CellFormat::Integer}}};
  EXPECT_FALSE(writeTable(t, outputPath("t.txt")));
  EXPECT_FALSE(writeTable(t, outputPath("missing/t.xlsx")));
  EXPECT_FALSE(QFile::exists(outputPath("missing/t.xlsx.part")));
  EXPECT_FALSE(writeTable(t, outputPath("missing/t.csv")));
  EXPECT_TRUE(writeTable(t, outputPath("t.CSV")));
  QFile csv(outputPath("t.CSV"));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  EXPECT_EQ(csv.readAll(), QByteArray("a\r\n1\r\n"));
}

}  // namespace
