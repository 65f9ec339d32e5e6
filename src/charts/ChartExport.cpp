// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/ChartExport.h"

#include <QChart>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>

#include "WholeFile.h"

#include "salesops/charts/ChartRender.h"

namespace salesops::charts {
namespace {

// Pixels per inch of an export: a PDF page is the pixel size at this density.
constexpr double kExportDpi = 96.0;

// The chart's text is measured at the screen's logical DPI when it is laid out. A device that
// resolves point sizes at another DPI (QPdfWriter's default 1200, QSvgGenerator's 72) would draw
// the text larger or smaller than the space the layout left for it, on top of the scaling of
// renderChart, so every device here gets the layout's DPI.
int layoutDpi() {
  const QScreen* screen = QGuiApplication::primaryScreen();
  return screen ? std::max(1, qRound(screen->logicalDotsPerInchY())) : static_cast<int>(kExportDpi);
}

Result<void> draw(QChart& chart, ImageFormat format, QIODevice& file, const QString& path, const QSize& pixels,
                  const QSizeF& layout) {
  switch (format) {
    case ImageFormat::Png: {
      const QImage image = renderChartImage(chart, pixels, layout);
      if (!image.save(&file, "PNG")) return exportError(path, QStringLiteral("PNG encoding failed"));
      return {};
    }
    case ImageFormat::Svg: {
      QSvgGenerator svg;
      svg.setOutputDevice(&file);
      svg.setSize(pixels);
      svg.setViewBox(QRect(QPoint(0, 0), pixels));
      svg.setResolution(layoutDpi());
      svg.setTitle(chart.title());
      svg.setDescription(QStringLiteral("SalesOps Dashboard"));
      QPainter painter;
      if (!painter.begin(&svg)) return exportError(path, QStringLiteral("cannot start the SVG"));
      renderChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(pixels)), layout);
      painter.end();
      return {};
    }
    case ImageFormat::Pdf: {
      QPdfWriter pdf(&file);
      const int dpi = layoutDpi();
      pdf.setResolution(dpi);
      pdf.setTitle(chart.title());
      pdf.setCreator(QStringLiteral("SalesOps Dashboard"));
      const QSizeF inches(pixels.width() / kExportDpi, pixels.height() / kExportDpi);
      pdf.setPageLayout(QPageLayout(QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch),
                                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
      QPainter painter;
      if (!painter.begin(&pdf)) return exportError(path, QStringLiteral("cannot start the PDF"));
      renderChart(chart, painter, QRectF(0, 0, inches.width() * dpi, inches.height() * dpi), layout);
      painter.end();
      return {};
    }
  }
  return exportError(path, QStringLiteral("unknown format"));
}

}  // namespace

std::optional<ImageFormat> imageFormatForPath(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == "png") return ImageFormat::Png;
  if (suffix == "svg") return ImageFormat::Svg;
  if (suffix == "pdf") return ImageFormat::Pdf;
  return std::nullopt;
}

QSizeF exportLayoutSize(const QSize& pixels) {
  const double scale = std::max(1.0, std::min(pixels.width() / 960.0, pixels.height() / 540.0));
  return QSizeF(pixels.width() / scale, pixels.height() / scale);
}

QImage renderChartImage(QChart& chart, const QSize& pixels, std::optional<QSizeF> layoutSize) {
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  // Rounded chart backgrounds leave the corners unpainted: white reads better than transparent
  // when pasted onto a slide.
  image.fill(Qt::white);
  QPainter painter(&image);
  renderChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(pixels)), layoutSize.value_or(exportLayoutSize(pixels)));
  painter.end();
  return image;
}

Result<void> exportChart(QChart& chart, const QString& path, const QSize& pixels, std::optional<QSizeF> layoutSize) {
  const auto format = imageFormatForPath(path);
  if (!format) return exportError(path, QStringLiteral("the name must end in .png, .svg or .pdf"));
  if (pixels.width() < 16 || pixels.height() < 16 || pixels.width() > 20000 || pixels.height() > 20000)
    return exportError(path, QStringLiteral("size %1x%2 is out of range (16 to 20000 pixels a side)")
                                 .arg(pixels.width())
                                 .arg(pixels.height()));
  const QSizeF layout = layoutSize.value_or(exportLayoutSize(pixels));
  return writeWholeFile(path, [&](QIODevice& file) { return draw(chart, *format, file, path, pixels, layout); });
}

}  // namespace salesops::charts
