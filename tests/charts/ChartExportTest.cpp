// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <memory>

#include "ChartsTestSupport.h"

#include "salesops/charts/ChartExport.h"
#include "salesops/charts/DashboardCharts.h"

using namespace salesops;
using namespace salesops::charts;
using namespace salesops::charts::test;

namespace {

std::unique_ptr<QChart> build(const QString& name) {
  ensureApplication();
  ChartStyle style;
  style.locale = QLocale();
  style.conversionTarget = demoDashboard().target(KpiId::conversion);
  return std::unique_ptr<QChart>(buildDashboardChart(name, demoDashboard(), style));
}

int distinctColours(const QImage& image) {
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) colours.insert(image.pixel(x, y));
  return static_cast<int>(colours.size());
}

// The text of every <text> element of an SVG, one entry per element; empty when it does not parse.
QStringList svgTexts(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QXmlStreamReader xml(&file);
  QStringList texts;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("text"))
      texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
  }
  if (xml.hasError()) *error = xml.errorString();
  return texts;
}

QString pdfText(const QString& path) {
  auto text = run("pdftotext", {path, "-"});
  return text ? QString::fromUtf8(*text).simplified() : QString();
}

class ChartExport : public ::testing::TestWithParam<QString> {};

TEST_P(ChartExport, PngHasTheSizeAskedAndIsDrawn) {
  auto chart = build(GetParam());
  ASSERT_TRUE(chart);
  const QString path = outputPath(GetParam() + ".png");
  ASSERT_TRUE(exportChart(*chart, path, QSize(1600, 900)));
  QImage image(path);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(1600, 900));
  // Axis text, anti-aliased bars and lines: far more than a blank or single-colour picture.
  EXPECT_GT(distinctColours(image), 40) << GetParam().toStdString();
}

TEST_P(ChartExport, SvgParsesAndKeepsTheTitleAsText) {
  auto chart = build(GetParam());
  const QString path = outputPath(GetParam() + ".svg");
  ASSERT_TRUE(exportChart(*chart, path, kSlideSize));
  EXPECT_TRUE(QSvgRenderer(path).isValid());
  QString error;
  const QStringList texts = svgTexts(path, &error);
  EXPECT_TRUE(error.isEmpty()) << error.toStdString();
  EXPECT_TRUE(texts.contains(dashboardChartTitle(GetParam()))) << texts.join(" | ").toStdString();
}

TEST_P(ChartExport, PdfIsOneA4PageWithTheTitleAsText) {
  if (QStandardPaths::findExecutable("pdftotext").isEmpty() || QStandardPaths::findExecutable("pdfinfo").isEmpty())
    GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
  auto chart = build(GetParam());
  const QString path = outputPath(GetParam() + ".pdf");
  ASSERT_TRUE(exportChart(*chart, path, kA4LandscapeSize));
  const QString info = QString::fromUtf8(run("pdfinfo", {path}).value_or(QByteArray()));
  EXPECT_TRUE(info.contains(QRegularExpression("Pages:\\s+1\\n"))) << info.toStdString();
  // A4 is 841.89 x 595.28 points; the preset is 1123 x 794 pixels at 96 per inch.
  const auto m = QRegularExpression("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").match(info);
  ASSERT_TRUE(m.hasMatch()) << info.toStdString();
  EXPECT_NEAR(m.captured(1).toDouble(), 841.89, 1.0);
  EXPECT_NEAR(m.captured(2).toDouble(), 595.28, 1.0);
  EXPECT_TRUE(pdfText(path).contains(dashboardChartTitle(GetParam()))) << pdfText(path).toStdString();
}

INSTANTIATE_TEST_SUITE_P(EveryDashboardChart, ChartExport, ::testing::ValuesIn(dashboardChartNames()),
                         [](const auto& info) {
                           QString n = info.param;
                           return n.remove('-').toStdString();
                         });

TEST(ChartExportLegend, EveryLegendEntryIsThereAtSmallAndLargeSizes) {
  auto chart = build("conversion-trend");
  ASSERT_TRUE(demoDashboard().target(KpiId::conversion)) << "the demo imports a conversion target";
  const QStringList legend = {"Conversion per day", "7-day average", "Target"};
  for (const QSize size : {QSize(640, 360), kSlideSize, QSize(3840, 2160)}) {
    const QString svg = outputPath(QStringLiteral("legend-%1.svg").arg(size.width()));
    ASSERT_TRUE(exportChart(*chart, svg, size));
    QString error;
    const QStringList texts = svgTexts(svg, &error);
    for (const QString& entry : legend)
      EXPECT_TRUE(texts.contains(entry)) << entry.toStdString() << " at " << size.width() << ": "
                                         << texts.join(" | ").toStdString();
    if (QStandardPaths::findExecutable("pdftotext").isEmpty()) continue;
    const QString pdf = outputPath(QStringLiteral("legend-%1.pdf").arg(size.width()));
    ASSERT_TRUE(exportChart(*chart, pdf, size));
    const QString text = pdfText(pdf);
    for (const QString& entry : legend)
      EXPECT_TRUE(text.contains(entry)) << entry.toStdString() << " at " << size.width() << ": " << text.toStdString();
  }
}

TEST(ChartExportLegend, PercentAxesReadAsPercentages) {
  // Regression: localized axis labels kept the printf escape, "15%%".
  for (const QString name : {"conversion-trend", "area-conversion"}) {
    auto chart = build(name);
    const QString svg = outputPath(name + "-axis.svg");
    ASSERT_TRUE(exportChart(*chart, svg, QSize(800, 450)));
    QString error;
    const QStringList texts = svgTexts(svg, &error);
    EXPECT_TRUE(texts.contains("0%")) << texts.join(" | ").toStdString();
    EXPECT_FALSE(texts.join(' ').contains("%%")) << texts.join(" | ").toStdString();
  }
}

TEST(ChartExportLayout, LargeExportsScaleTheWindowLayoutUp) {
  EXPECT_EQ(exportLayoutSize(QSize(1920, 1080)), QSizeF(960, 540));
  EXPECT_EQ(exportLayoutSize(QSize(800, 450)), QSizeF(800, 450));  // never scaled down
  // 1123 x 794: the smaller ratio (1123 / 960) decides, so nothing is cut off.
  const QSizeF a4 = exportLayoutSize(kA4LandscapeSize);
  EXPECT_NEAR(a4.width(), 960.0, 1e-9);
  EXPECT_NEAR(a4.height(), 794.0 * 960.0 / 1123.0, 1e-9);
}

TEST(ChartExportLayout, AChartShownInAViewKeepsItsGeometryAfterAnExport) {
  auto owned = build("funnel");
  QChart* chart = owned.release();
  QChartView view(chart);  // takes the chart
  view.resize(500, 300);
  view.show();
  QCoreApplication::processEvents();
  const QRectF before = chart->geometry();
  ASSERT_FALSE(before.isEmpty());
  ASSERT_TRUE(exportChart(*chart, outputPath("in-view.png"), kSlideSize));
  EXPECT_EQ(chart->geometry(), before);
  EXPECT_EQ(chart->scene(), view.scene());
}

TEST(ChartExportErrors, AnUnknownSuffixOrAMissingFolderIsAnErrorAndWritesNothing) {
  auto chart = build("funnel");
  const auto gif = exportChart(*chart, outputPath("chart.gif"), kSlideSize);
  ASSERT_FALSE(gif);
  EXPECT_NE(gif.error().message.find(".png, .svg or .pdf"), std::string::npos) << gif.error().message;
  EXPECT_FALSE(QFile::exists(outputPath("chart.gif")));
  const QString missing = outputPath("no-such-folder/chart.png");
  EXPECT_FALSE(exportChart(*chart, missing, kSlideSize));
  EXPECT_FALSE(QFile::exists(missing));
  EXPECT_FALSE(exportChart(*chart, outputPath("tiny.png"), QSize(4, 4)));
  EXPECT_FALSE(QFile::exists(outputPath("tiny.png")));
}

TEST(ChartExportFormat, TheSuffixPicksTheFormat) {
  EXPECT_EQ(imageFormatForPath("a/b.PNG"), ImageFormat::Png);
  EXPECT_EQ(imageFormatForPath("b.svg"), ImageFormat::Svg);
  EXPECT_EQ(imageFormatForPath("b.pdf"), ImageFormat::Pdf);
  EXPECT_FALSE(imageFormatForPath("b.jpeg"));
  EXPECT_FALSE(imageFormatForPath("pdf"));
}

}  // namespace
