// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a screenshot of a page must show, so a screenshot test fails when a page draws blank: the
// size asked for, and in every chart with data the colour of its first series (a chart whose
// series is not drawn shows only its background, axes and text).

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QPieSeries>
#include <QPieSlice>
#include <QPixmap>
#include <QWidget>
#include <QXYSeries>

#include <cstdlib>
#include <gtest/gtest.h>
#include <optional>

namespace salesops::uitest {

/// The colour a chart's first series with data is drawn in, or none when no series has data.
inline std::optional<QColor> firstSeriesColour(const QChart& chart) {
  for (QAbstractSeries* s : chart.series()) {
    if (!s->isVisible()) continue;
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
      for (QBarSet* set : bars->barSets())
        for (int i = 0; i < set->count(); ++i)
          if (set->at(i) != 0) return set->color();
    } else if (auto* xy = qobject_cast<QXYSeries*>(s)) {
      if (xy->count() > 1) return xy->color();
    } else if (auto* pie = qobject_cast<QPieSeries*>(s)) {
      for (QPieSlice* slice : pie->slices())
        if (slice->value() > 0) return slice->color();
    }
  }
  return std::nullopt;
}

/// Whether a pixel of `area` of `image` is `colour`, give or take a little (antialiased lines).
inline bool showsColour(const QImage& image, const QRect& area, const QColor& colour) {
  const QRect r = area.intersected(image.rect());
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (std::abs(c.red() - colour.red()) <= 6 && std::abs(c.green() - colour.green()) <= 6 &&
          std::abs(c.blue() - colour.blue()) <= 6)
        return true;
    }
  return false;
}

/// The part of `widget` in sight in `window` (whose grab need not be on screen), in the window's
/// coordinates: its rectangle clipped by each parent's, as a scroll area clips its page.
inline QRect inSight(const QWidget& widget, const QWidget& window) {
  QRect r(widget.mapTo(&window, QPoint(0, 0)), widget.size());
  for (const QWidget* p = widget.parentWidget(); p && p != &window; p = p->parentWidget())
    r &= QRect(p->mapTo(&window, QPoint(0, 0)), p->size());
  return r & window.rect();
}

/// Checks a grab of `window` showing `page`: the window's size, and every chart of the page with
/// data whose plot area is in sight showing its first series' colour. Returns how many charts it checked.
inline int expectShotShowsPage(const QPixmap& shot, const QWidget& window, const QWidget& page) {
  EXPECT_EQ(shot.size(), window.size() * shot.devicePixelRatio());
  const QImage image = shot.toImage();
  const qreal ratio = shot.devicePixelRatio();
  int checked = 0;
  for (QChartView* view : page.findChildren<QChartView*>()) {
    if (!view->isVisibleTo(&window) || !view->chart()) continue;
    const std::optional<QColor> colour = firstSeriesColour(*view->chart());
    if (!colour) continue;
    // The series is drawn in the plot area: a chart scrolled half out of sight may show only its
    // title, so only a chart whose whole plot area is in sight is checked.
    const QRect plot = view->mapFromScene(view->chart()->plotArea()).boundingRect();
    const QRect plotInWindow(view->mapTo(&window, plot.topLeft()), plot.size());
    if (!inSight(*view, window).contains(plotInWindow)) continue;
    const QRect area(plotInWindow.topLeft() * ratio, plotInWindow.size() * ratio);
    EXPECT_TRUE(showsColour(image, area, *colour))
        << page.objectName().toStdString() << ": chart \"" << view->chart()->title().toStdString()
        << "\" does not show its series colour " << colour->name().toStdString();
    ++checked;
  }
  return checked;
}

}  // namespace salesops::uitest
