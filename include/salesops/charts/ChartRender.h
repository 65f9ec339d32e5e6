// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace salesops::charts {

/// Lays `chart` out at `logicalSize` (in points of the chart's own coordinates) and draws it into
/// `target` of `painter`, scaled. It draws through a QGraphicsScene, never QWidget::render with a
/// scaled painter: on Qt 6.4 that drops legend entries at print resolutions. On a QPdfWriter or
/// QSvgGenerator painter text stays text. The chart is added to a scene for the call and taken out
/// again; the caller keeps owning it.
void renderChart(QChart& chart, QPainter& painter, const QRectF& target, const QSizeF& logicalSize);

}  // namespace salesops::charts
