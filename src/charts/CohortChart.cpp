// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

#include "DashboardChartParts.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/NiceTicks.h"
#include "salesops/charts/PageCharts.h"

namespace salesops::charts {

QColor cohortColor(size_t index, size_t count) {
  // Weeks are ordered, not categories: one hue from light (oldest) to dark (newest).
  const double t = static_cast<double>(index) / static_cast<double>(std::max<size_t>(count, 2) - 1);
  return QColor::fromHslF(0.58f, 0.65f, static_cast<float>(0.78 - 0.50 * t));
}

QChart* cohortChart(const kpi::CancellationCohorts& c, const ChartStyle& style) {
  auto* chart = new QChart;
  styleChart(chart, tr("Share of each order week cancelled, by days after ordering"), style);
  chart->legend()->setAlignment(Qt::AlignBottom);
  double top = 0;
  const int days = std::max(c.query.maxDay, 0) + 1;
  for (size_t i = 0; i < c.cohorts.size(); ++i) {
    const kpi::Cohort& cohort = c.cohorts[i];
    auto* line = new QLineSeries;
    // `W41`: the year is in the page's heading, and short names keep the legend on one line.
    const QString week = QString::fromStdString(cohort.week.toString());
    line->setName(week.mid(week.indexOf(QLatin1Char('W'))));
    QPen pen(cohortColor(i, c.cohorts.size()));
    pen.setWidthF(2);
    line->setPen(pen);
    QStringList texts;
    for (const kpi::CohortPoint& p : cohort.curve) {
      const auto share = p.share();
      if (!share) break;
      line->append(p.day, *share * 100);
      top = std::max(top, *share * 100);
      texts << tr("%1, day %2: cancelled %3")
                   .arg(line->name())
                   .arg(p.day)
                   .arg(withN(formatKpiNumber(KpiId::cancel_rate, share, style.locale), p.orders, style.locale));
    }
    setHoverTexts(line, texts);
    chart->addSeries(line);
  }
  auto* x = new QValueAxis;
  x->setRange(0, std::max(days - 1, 1));
  if ((days - 1) % 7 == 0) x->setTickCount((days - 1) / 7 + 1);  // a tick a week: 0, 7, 14, 21, 28
  x->setLabelFormat("%.0f");
  x->setTitleText(tr("Days after ordering"));
  auto* y = new QValueAxis;
  applyNiceTicks(y, 0, std::max(top, 5.0), 6, false, "%");
  y->setTitleText(tr("Cancelled"));
  attachAxes(chart, x, y);
  return chart;
}

}  // namespace salesops::charts
