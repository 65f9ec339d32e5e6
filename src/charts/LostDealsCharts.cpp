// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where deals are lost: the funnel with its step conversions, and how conversations end at the door.
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include "DashboardChartParts.h"

#include "salesops/charts/ChartHover.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/NiceTicks.h"
#include "salesops/kpi/LostDeals.h"

namespace salesops::charts {
namespace {

// Short: five legend entries share half a page of the pack without being cut.
QString outcomeName(Outcome o) {
  switch (o) {
    case Outcome::NoInterest:
      return tr("No interest");
    case Outcome::AlreadyCustomer:
      return tr("Already a customer");
    case Outcome::ContractLockIn:
      return tr("Contract lock-in");
    case Outcome::Callback:
      return tr("Callback");
    default:
      return tr("Quote or sale");
  }
}

/// Keeps the five outcomes of the legend and the value axis's title whole at any size the chart is
/// drawn at (a third of 1366 pixels, half a page of the pack): Qt Charts cuts legend labels that
/// do not fit in one row ("Geen\u2026") and axis titles wider than the plot. The legend first gets a
/// smaller font (down to 80%), then moves to the right of the plot, one outcome per line; the
/// axis title likewise gets smaller, then its short form, then none.
void keepLegendAndTitleWhole(QChart* chart, QValueAxis* axis, const QString& shortTitle) {
  const QString fullTitle = axis->titleText();
  auto base = std::make_shared<std::optional<std::pair<QFont, QFont>>>();  // legend, axis title
  const auto fit = [chart, axis, fullTitle, shortTitle, base] {
    if (chart->size().width() <= 0) return;  // not laid out yet
    if (!*base) *base = std::pair{chart->legend()->font(), axis->titleFont()};
    const double width = chart->size().width() - chart->margins().left() - chart->margins().right();
    // A legend row: per marker its square, the gaps around it and its label; then the row's margins.
    const auto rowWidth = [chart](const QFont& f) {
      const QFontMetricsF m(f);
      double w = 2 * m.height();
      for (QLegendMarker* marker : chart->legend()->markers())
        w += m.horizontalAdvance(marker->label()) + 2.5 * m.height();
      return w;
    };
    QFont legendFont = (*base)->first;
    bool row = false;
    for (const double scale : {1.0, 0.9, 0.8}) {
      legendFont.setPointSizeF((*base)->first.pointSizeF() * scale);
      if ((row = rowWidth(legendFont) <= width)) break;
    }
    if (legendFont != chart->legend()->font()) chart->legend()->setFont(legendFont);
    const Qt::Alignment where = row ? Qt::AlignBottom : Qt::AlignRight;
    if (chart->legend()->alignment() != where) chart->legend()->setAlignment(where);

    const double plot = chart->plotArea().width();
    if (plot <= 0) return;
    // Five tick labels need the room of "100%" each; on a narrower plot three (0, 50, 100%) with the
    // quarters as lines without labels, rather than a cut "10…" (English at 1366 with the legend beside).
    const double tickLabel = QFontMetricsF(axis->labelsFont()).horizontalAdvance(QStringLiteral("100%")) + 8;
    if (const int ticks = plot >= 5 * tickLabel ? 5 : 3; axis->tickCount() != ticks) {
      axis->setTickCount(ticks);
      axis->setMinorTickCount(ticks == 3 ? 1 : 0);
    }
    QFont titleFont = (*base)->second;
    QString title = fullTitle;
    bool whole = false;
    for (const QString& t : {fullTitle, shortTitle}) {
      for (const double scale : {1.0, 0.9, 0.8}) {
        titleFont.setPointSizeF((*base)->second.pointSizeF() * scale);
        title = t;
        if ((whole = QFontMetricsF(titleFont).horizontalAdvance(t) + 8 <= plot)) break;
      }
      if (whole) break;
    }
    // Narrower still (a third of 1366 with the legend beside): no title rather than a cut one; the
    // chart's title and the ticks in % say what the bars are.
    if (!whole) title.clear();
    if (titleFont != axis->titleFont()) axis->setTitleFont(titleFont);
    if (title != axis->titleText()) axis->setTitleText(title);
  };
  QObject::connect(chart, &QGraphicsWidget::geometryChanged, axis, fit);
  QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

const std::vector<kpi::KpiRow>& rowsOf(const kpi::DashboardData& d, kpi::Dimension by) {
  return by == kpi::Dimension::Team ? d.teams : by == kpi::Dimension::Area ? d.areas : d.reps;
}

}  // namespace

QChart* funnelChart(const kpi::DashboardData& d, const ChartStyle& s) {
  auto* chart = new QChart;
  styleChart(chart, dashboardChartTitle("funnel"), s);
  auto* set = new QBarSet(tr("Count"));
  set->setColor(kNow);
  const std::vector<kpi::FunnelStep> steps = kpi::funnelSteps(d.funnel);
  const auto pct = [&](std::optional<double> v) { return formatKpiNumber(KpiId::conversion, v, s.locale); };
  QList<CategoryLabel> labels;
  QStringList texts, figures;
  // Bottom-up: visits on top.
  for (size_t i = steps.size(); i-- > 0;) {
    const kpi::FunnelStep& step = steps[i];
    const QString name = kpiTitle(step.kpi, s.locale);
    const QString n = s.locale.toString(static_cast<qlonglong>(step.count));
    labels << CategoryLabel{name, {}};
    if (i == 0) {
      figures << n;
      texts << tr("%1: %2").arg(name, n);
    } else {
      // Beyond the bar, after its count: the step's conversion first (where deals are lost), then
      // what is left of the visits, as the title says.
      figures << QStringLiteral("%1 \u00b7 %2 \u00b7 %3").arg(n, pct(step.stepConversion), pct(step.shareOfVisits));
      const QString before = kpiTitle(steps[i - 1].kpi, s.locale).toLower();
      texts << tr("%1: %2\n%3 of %4 %5 (the step before)\n%6 of %7 visits")
                   .arg(name, n, pct(step.stepConversion), s.locale.toString(static_cast<qlonglong>(step.previous)),
                        before, pct(step.shareOfVisits), s.locale.toString(static_cast<qlonglong>(steps[0].count)));
    }
    *set << static_cast<double>(step.count);
  }
  setHoverTexts(set, texts);
  auto* series = new QHorizontalBarSeries;
  series->append(set);
  series->setBarWidth(0.7);
  chart->addSeries(series);
  chart->legend()->hide();
  countAxes(chart, series, labels, figures, QString(), s);  // the title says what the figures are
  return chart;
}

QChart* doorstepChart(const kpi::DashboardData& d, kpi::Dimension by, const ChartStyle& s) {
  auto* chart = new QChart;
  const QString name = by == kpi::Dimension::Team   ? "doorstep-by-team"
                       : by == kpi::Dimension::Area ? "doorstep-by-area"
                                                    : "doorstep-by-rep";
  styleChart(chart, dashboardChartTitle(name), s);
  // The members with the most conversations (the rest would be unreadable slivers), top first.
  std::vector<const kpi::KpiRow*> rows;
  for (const kpi::KpiRow& r : rowsOf(d, by))
    if (r.now.contacts > 0) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const kpi::KpiRow* a, const kpi::KpiRow* b) { return a->now.contacts > b->now.contacts; });
  if (rows.size() > 12) rows.resize(12);
  const QColor colours[] = {kTarget, QColor(0x8c, 0x56, 0x4b), QColor(0x94, 0x67, 0xbd), kAverage, kNow};
  QList<QBarSet*> sets;
  QList<QStringList> texts(5);
  for (size_t k = 0; k < kpi::kLostOutcomes.size() + 1; ++k) {
    auto* set = new QBarSet(outcomeName(k < kpi::kLostOutcomes.size() ? kpi::kLostOutcomes[k] : Outcome::Quote));
    set->setColor(colours[k]);
    set->setBorderColor(colours[k]);
    sets << set;
  }
  QStringList members;
  QList<CategoryLabel> labels;
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
    const kpi::DoorstepOutcomes o = kpi::doorstepOutcomes((*it)->now);
    const QString member = dimText(**it);
    members << QString::fromStdString((*it)->dims.at(0).text);  // the code: what a click opens
    labels << memberCategory(**it);
    for (size_t k = 0; k < 5; ++k) {
      const int64_t n = k < 4 ? o.lost[k].count : o.quotes;
      const std::optional<double> share =
          o.contacts > 0 ? std::optional<double>(static_cast<double>(n) / static_cast<double>(o.contacts))
                         : std::nullopt;
      *sets[static_cast<int>(k)] << static_cast<double>(n);
      texts[static_cast<int>(k)] << tr("%1, %2: %3 of %4 conversations (%5)")
                                        .arg(member, sets[static_cast<int>(k)]->label().toLower(),
                                             s.locale.toString(static_cast<qlonglong>(n)),
                                             s.locale.toString(static_cast<qlonglong>(o.contacts)),
                                             formatKpiNumber(KpiId::conversion, share, s.locale));
    }
  }
  auto* series = new QHorizontalPercentBarSeries;
  for (int k = 0; k < sets.size(); ++k) {
    setHoverTexts(sets[k], texts[k]);
    setBarMembers(sets[k], members);
    series->append(sets[k]);
  }
  series->setBarWidth(0.75);
  chart->addSeries(series);
  auto* x = new QValueAxis;
  applyNiceTicks(x, 0, 100, 5, false, "%");
  x->setTitleText(tr("Share of conversations (contacts)"));
  // First the legend's place, then the member names in the room it leaves (categoryLabelWidth).
  keepLegendAndTitleWhole(chart, x, tr("Share of conversations"));
  auto* y = new QBarCategoryAxis;
  fitCategoryLabels(chart, y, labels);
  chart->addAxis(y, Qt::AlignLeft);
  chart->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  series->attachAxis(y);
  return chart;
}

}  // namespace salesops::charts
