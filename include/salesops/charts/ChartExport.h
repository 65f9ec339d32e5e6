// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

#include "salesops/core/Result.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace salesops::charts {

enum class ImageFormat { Png, Svg, Pdf };

/// The format a file name asks for by its suffix (case-insensitive), nullopt for any other.
std::optional<ImageFormat> imageFormatForPath(const QString& path);

/// Export sizes in pixels; a PDF page is the size at 96 pixels per inch, so kA4Landscape is an A4 page.
inline constexpr QSize kSlideSize{1920, 1080};
inline constexpr QSize kA4LandscapeSize{1123, 794};

/// The size the chart is laid out at for an export of `pixels`: large exports are drawn as a chart of
/// about 960 x 540 scaled up, so text and legend keep the proportions they have in the window
/// instead of shrinking to a corner of a slide.
QSizeF exportLayoutSize(const QSize& pixels);

/// Draws `chart` into an image of `pixels` (white background), laid out at `layoutSize`
/// (default: exportLayoutSize(pixels)).
QImage renderChartImage(QChart& chart, const QSize& pixels, std::optional<QSizeF> layoutSize = std::nullopt);

/// Writes `chart` to `path` as PNG, SVG or PDF (by the suffix): PNG of `pixels`, SVG with a view
/// box of `pixels` and text as text, PDF one page of `pixels` at 96 dpi with text as text. The
/// chart is drawn without animation through renderChart and is left as it was.
Result<void> exportChart(QChart& chart, const QString& path, const QSize& pixels,
                         std::optional<QSizeF> layoutSize = std::nullopt);

}  // namespace salesops::charts
