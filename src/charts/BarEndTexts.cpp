// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/BarEndTexts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPointer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "salesops/charts/NiceTicks.h"

namespace salesops::charts {
namespace {

constexpr const char* kTexts = "salesopsBarEndTexts";
// Between a bar's end and its text, and between the text and the plot area's right edge.
constexpr double kGap = 4;

}  // namespace

void setBarEndTexts(QChart* chart, QAbstractBarSeries* series, QValueAxis* x, const QStringList& texts,
                    const QColor& colour, double least, bool wholeNumbers, const char* suffix) {
  series->setProperty(kTexts, texts);
  series->setLabelsVisible(false);  // the texts say the value and more
  const QFont font = series->barSets().isEmpty() ? chart->font() : series->barSets().front()->labelFont();
  std::vector<double> ends;  // each category's longest bar
  std::vector<QGraphicsSimpleTextItem*> items;
  for (qsizetype i = 0; i < texts.size(); ++i) {
    double end = 0;
    for (const QBarSet* set : series->barSets())
      if (i < set->count()) end = std::max(end, set->at(static_cast<int>(i)));
    ends.push_back(end);
    auto* item = new QGraphicsSimpleTextItem(texts[i], chart);
    item->setFont(font);
    item->setBrush(colour);
    item->setZValue(100);  // above the bars and grid
    items.push_back(item);
  }
  const QString format = QString::fromLatin1(suffix);
  const auto place = [chart, series, items, ends] {
    const QFontMetricsF metrics(items.empty() ? chart->font() : items.front()->font());
    for (size_t i = 0; i < items.size(); ++i) {
      const QPointF at = chart->mapToPosition(QPointF(ends[i], static_cast<double>(i)), series);
      items[i]->setPos(at.x() + kGap, at.y() - metrics.height() / 2);
    }
  };
  const QPointer<QValueAxis> axis(x);
  // A new range relabels the axis, which may move the plot area again: the range is worked out
  // once per plot width, and not again from inside its own change (else the layout recurses).
  struct State {
    double width = -1;
    bool busy = false;
  };
  auto state = std::make_shared<State>();
  const auto fit = [chart, items, ends, axis, least, wholeNumbers, format, place, state](const QRectF& plot) {
    if (!axis || plot.width() <= 0 || state->busy) return;
    if (std::abs(plot.width() - state->width) < 1) {
      place();
      return;
    }
    state->width = plot.width();
    state->busy = true;
    const QFontMetricsF metrics(items.empty() ? chart->font() : items.front()->font());
    // A bar of value v ends at v / max of the plot's width; its text needs its width and two gaps
    // after that: max >= v * width / (width - text - 2 gaps). A text wider than most of the plot
    // gets a fifth of the plot for its bar.
    double top = std::max(least, 0.0);
    for (size_t i = 0; i < items.size(); ++i) {
      const double room =
          std::max(plot.width() - metrics.horizontalAdvance(items[i]->text()) - 2 * kGap, plot.width() / 5);
      top = std::max(top, ends[i] * plot.width() / room);
    }
    const NiceTicks t = niceTicks(0, top > 0 ? top : 1, 5, wholeNumbers);
    if (axis->min() != t.low || axis->max() != t.high)
      applyNiceTicks(axis, 0, top > 0 ? top : 1, 5, wholeNumbers, format.toLatin1().constData());
    state->busy = false;
    place();
  };
  QObject::connect(chart, &QChart::plotAreaChanged, chart, fit);
  QObject::connect(x, &QValueAxis::rangeChanged, chart, place);
  // Until the chart is laid out: a fifth beyond the longest bar, about what a short text needs.
  const double longest = ends.empty() ? 0 : *std::max_element(ends.begin(), ends.end());
  applyNiceTicks(x, 0, std::max({least, longest * 1.2, 1.0}), 5, wholeNumbers, suffix);
}

QStringList barEndTexts(const QAbstractBarSeries* series) {
  return series ? series->property(kTexts).toStringList() : QStringList();
}

}  // namespace salesops::charts
