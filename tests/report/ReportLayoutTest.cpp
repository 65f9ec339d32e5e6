// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "PdfText.h"

#include "salesops/charts/ReportLayout.h"

using namespace salesops;
using charts::ReportLayout;

namespace {

QString rowName(int i) { return QStringLiteral("row-%1").arg(i, 3, 10, QLatin1Char('0')); }

charts::ReportTable numberedTable(int rows) {
  charts::ReportTable t;
  t.columns = {{"Code", 2}, {"Value", 1, Qt::AlignRight}};
  for (int i = 1; i <= rows; ++i) t.rows.push_back({{rowName(i), QString::number(i * 7)}});
  return t;
}

struct Pdf {
  QTemporaryDir dir;
  QString path = dir.filePath("layout.pdf");
  QPdfWriter writer{path};
  Pdf() {
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
  }
  std::unique_ptr<ReportLayout> layout() {
    QFont body;
    body.setPointSizeF(9);
    QFont heading = body;
    heading.setPointSizeF(13);
    QFont small = body;
    small.setPointSizeF(7);
    const double mm = 300 / 25.4;
    return std::make_unique<ReportLayout>(writer, QRectF(15 * mm, 20 * mm, 260 * mm, 160 * mm),
                                          charts::ReportFonts{heading, body, small});
  }
  void paint(const ReportLayout& layout) {
    QPainter painter(&writer);
    layout.paint(writer, painter, [](QPainter& p, int page, int pages) {
      p.drawText(QPointF(100, 100), QStringLiteral("page %1 / %2").arg(page).arg(pages));
    });
  }
};

}  // namespace

TEST(ReportLayout, LongTableRunsOverPagesWithEveryRowOnceAndTheHeaderOnEachPage) {
  Pdf pdf;
  auto layout = pdf.layout();
  layout->addHeading("Rows");
  layout->addTable(numberedTable(150), "Rows, continued");
  // 160 mm of body at about 5.5 mm per 9-point row: roughly 28 rows a page, so 150 need 6 pages.
  const int pages = layout->pageCount();
  EXPECT_GE(pages, 5);
  EXPECT_LE(pages, 7);
  pdf.paint(*layout);
  const std::string file = pdf.path.toStdString();
  ASSERT_EQ(test::pdfPages(file), pages);
  const std::string all = test::pdfText(file);
  for (int i = 1; i <= 150; ++i) {
    const std::string name = rowName(i).toStdString();
    const size_t at = all.find(name + " ");
    ASSERT_NE(at, std::string::npos) << name << " missing";
    EXPECT_EQ(all.find(name + " ", at + 1), std::string::npos) << name << " twice";
    EXPECT_NE(all.find(name + " " + std::to_string(i * 7)), std::string::npos) << name << " lost its value";
  }
  for (int page = 1; page <= pages; ++page) {
    const std::string text = test::pdfText(file, page);
    EXPECT_NE(text.find("Code Value"), std::string::npos) << "no header on page " << page;
    EXPECT_NE(text.find("page " + std::to_string(page) + " / " + std::to_string(pages)), std::string::npos);
    EXPECT_EQ(text.find("Rows, continued") != std::string::npos, page > 1) << "page " << page;
  }
}

TEST(ReportLayout, HeadingAtTheFootOfAPageMovesWithItsTable) {
  Pdf pdf;
  auto layout = pdf.layout();
  const double mm = layout->mm();
  // Fill the page but for 12 mm: room for the heading, not for it, the header and three rows.
  layout->addBlock(layout->body().height() - 12 * mm, [](QPainter&, const QRectF&) {});
  layout->addHeading("Second section");
  layout->addTable(numberedTable(10));
  EXPECT_EQ(layout->pageCount(), 2);
  EXPECT_EQ(layout->blocksOn(0), 1);           // the filler alone
  EXPECT_EQ(layout->blocksOn(1), 1 + 1 + 10);  // heading, header, rows
}

TEST(ReportLayout, ShortTableStaysOnOnePage) {
  Pdf pdf;
  auto layout = pdf.layout();
  layout->addHeading("Rows");
  layout->addTable(numberedTable(5));
  layout->addParagraph("A note under the table.");
  EXPECT_EQ(layout->pageCount(), 1);
  EXPECT_EQ(layout->blocksOn(0), 1 + 1 + 5 + 1);
}
