// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Category labels down the left of a bar chart that fit whatever size the chart is drawn at.
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>

#include <algorithm>
#include <memory>
#include <optional>

#include "DashboardChartParts.h"

namespace salesops::charts {

double categoryLabelWidth(const QChart& chart) {
  double width = chart.size().width() - chart.margins().left() - chart.margins().right();
  // A legend on the right (the doorstep charts when narrow) takes its width before the axes get theirs.
  if (chart.legend()->isVisible() && chart.legend()->alignment() == Qt::AlignRight)
    width -= chart.legend()->effectiveSizeHint(Qt::PreferredSize).width();
  // Qt Charts gives the left axes at most 40% of the chart's width and squeezes wider labels into
  // that, cutting them off; the rest of the 40% is the axis's label padding and tick.
  return std::max(0.0, 0.4 * width - 16);
}

void fitCategoryLabels(QChart* chart, QBarCategoryAxis* axis, const QList<CategoryLabel>& labels) {
  QStringList full;
  for (const CategoryLabel& l : labels) full << l.head + l.tail;
  axis->setTruncateLabels(false);  // it would cut the tail (the numbers) first; the head is elided here
  axis->append(full);
  // The theme's font, taken when the chart is first laid out (the axis gets it when added).
  auto base = std::make_shared<std::optional<QFont>>();
  const auto fit = [chart, axis, labels, base] {
    if (chart->size().width() <= 0) return;  // not laid out yet: nothing to fit
    if (!*base) *base = axis->labelsFont();
    const double room = categoryLabelWidth(*chart);
    // A name in a slightly smaller font reads better than a name cut short: down to 80% of the
    // theme's size, the largest at which every label fits whole; else the smallest, elided.
    // Then, where the code does not fit beside a name, the name alone (the hover has both): a
    // name cut short says less than a name without its code.
    // Only a name no other label has: the axis drops a category equal to one before it.
    const auto alone = [&](const CategoryLabel& l) {
      return !l.bare.isEmpty() &&
             std::count_if(labels.begin(), labels.end(), [&](const CategoryLabel& o) { return o.head == l.head; }) == 1;
    };
    const auto wholeAt = [&](const QFont& f, bool withTail) {
      const QFontMetricsF m(f);
      return std::all_of(labels.begin(), labels.end(), [&](const CategoryLabel& l) {
        return m.horizontalAdvance(withTail || !alone(l) ? l.head + l.tail : l.head) <= room;
      });
    };
    QFont font = **base;
    bool found = false;
    for (const bool withTail : {true, false}) {
      for (const double scale : {1.0, 0.9, 0.8}) {
        font.setPointSizeF((*base)->pointSizeF() * scale);
        if ((found = wholeAt(font, withTail))) break;
      }
      if (found) break;
    }
    if (font != axis->labelsFont()) axis->setLabelsFont(font);
    const QFontMetricsF metrics(font);
    // A head cut to fewer than four letters says nothing: then the label without it, if it has one.
    const double least = metrics.horizontalAdvance(QStringLiteral("Mmm\u2026"));
    QStringList shown;
    for (const CategoryLabel& l : labels) {
      const double left = room - metrics.horizontalAdvance(l.tail);
      if (metrics.horizontalAdvance(l.head + l.tail) <= room)
        shown << l.head + l.tail;
      else if (alone(l) && metrics.horizontalAdvance(l.head) <= room)
        shown << l.head;
      else if (left < least && !l.bare.isEmpty())
        shown << l.bare;
      else
        shown << metrics.elidedText(l.head, Qt::ElideRight, std::max(least, left)) + l.tail;
    }
    if (shown != axis->categories()) axis->setCategories(shown);
  };
  QObject::connect(chart, &QGraphicsWidget::geometryChanged, axis, fit);
}

CategoryLabel memberCategory(const kpi::KpiRow& r) {
  const kpi::DimValue& v = r.dims.at(0);
  const QString code = QString::fromStdString(v.text);
  if (v.name.empty() || v.name == v.text) return {code, {}, {}};
  return {QString::fromStdString(v.name), QStringLiteral(" (%1)").arg(code), code};
}

}  // namespace salesops::charts
