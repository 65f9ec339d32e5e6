// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Category labels down the left of a bar chart that fit whatever size the chart is drawn at.
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>

#include <algorithm>

#include "DashboardChartParts.h"

namespace salesops::charts {

double categoryLabelWidth(const QChart& chart) {
  const double width = chart.size().width() - chart.margins().left() - chart.margins().right();
  // Qt Charts gives the left axes at most 40% of the chart's width and squeezes wider labels into
  // that, cutting them off; the rest of the 40% is the axis's label padding and tick.
  return std::max(0.0, 0.4 * width - 16);
}

void fitCategoryLabels(QChart* chart, QBarCategoryAxis* axis, const QList<CategoryLabel>& labels) {
  QStringList full;
  for (const CategoryLabel& l : labels) full << l.head + l.tail;
  axis->setTruncateLabels(false);  // it would cut the tail (the numbers) first; the head is elided here
  axis->append(full);
  const auto fit = [chart, axis, labels] {
    if (chart->size().width() <= 0) return;  // not laid out yet: nothing to fit
    const QFontMetricsF metrics(axis->labelsFont());
    const double room = categoryLabelWidth(*chart);
    // A head cut to fewer than four letters says nothing: then the label without it, if it has one.
    const double least = metrics.horizontalAdvance(QStringLiteral("Mmm\u2026"));
    QStringList shown;
    for (const CategoryLabel& l : labels) {
      const double left = room - metrics.horizontalAdvance(l.tail);
      if (left < least && !l.bare.isEmpty())
        shown << l.bare;
      else
        shown << metrics.elidedText(l.head, Qt::ElideRight, std::max(least, left)) + l.tail;
    }
    if (shown != axis->categories()) axis->setCategories(shown);
  };
  QObject::connect(chart, &QGraphicsWidget::geometryChanged, axis, fit);
}

CategoryLabel memberCategory(const kpi::KpiRow& r, const QString& after) {
  const kpi::DimValue& v = r.dims.at(0);
  const QString code = QString::fromStdString(v.text);
  if (v.name.empty() || v.name == v.text) return {code, after, {}};
  return {QString::fromStdString(v.name), QStringLiteral(" (%1)").arg(code) + after, code + after};
}

}  // namespace salesops::charts
