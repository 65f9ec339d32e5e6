// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/ChartRender.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace salesops::charts {

void renderChart(QChart& chart, QPainter& painter, const QRectF& target, const QSizeF& logicalSize) {
  QGraphicsScene scene;
  QGraphicsScene* previous = chart.scene();
  // A chart shown in a view is lent for the call: it goes back with its own geometry and
  // animations, else the window keeps showing it at the export's size.
  const QRectF previousGeometry = chart.geometry();
  const QChart::AnimationOptions previousAnimations = chart.animationOptions();
  if (previous) previous->removeItem(&chart);
  scene.addItem(&chart);
  chart.setAnimationOptions(QChart::NoAnimation);
  chart.setPos(0, 0);
  chart.resize(logicalSize);
  // Layout is lazy: without this the axes and legend are placed at the old size.
  if (QGraphicsLayout* layout = chart.layout()) layout->activate();
  scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
  painter.restore();
  scene.removeItem(&chart);
  if (!previousGeometry.isEmpty()) {
    chart.setGeometry(previousGeometry);
    if (QGraphicsLayout* layout = chart.layout()) layout->activate();
  }
  chart.setAnimationOptions(previousAnimations);
  if (previous) previous->addItem(&chart);
}

}  // namespace salesops::charts
