// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

#include "window/appearance.h"

#include "salesops/charts/KpiText.h"
#include "salesops/kpi/KpiDirection.h"
#include "salesops/kpi/Significance.h"

namespace salesops::ui {

KpiTile::KpiTile(QWidget* parent)
    : QFrame(parent), title_(new QLabel(this)), value_(new QLabel(this)), detail_(new QLabel(this)) {
  setFrameShape(QFrame::StyledPanel);
  setObjectName("kpiTile");
  setMinimumWidth(150);
  QFont big = value_->font();
  big.setPointSizeF(big.pointSizeF() * 1.9);
  big.setBold(true);
  value_->setFont(big);
  value_->setObjectName("tileValue");
  detail_->setObjectName("tileDetail");
  detail_->setWordWrap(true);
  detail_->setTextFormat(Qt::RichText);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(10, 6, 10, 6);
  layout->setSpacing(2);
  layout->addWidget(title_);
  layout->addWidget(value_);
  layout->addWidget(detail_);
  layout->addStretch();
}

QString KpiTile::valueText() const { return value_->text(); }

void KpiTile::display(const kpi::Tile& tile, std::optional<double> target, const kpi::DashboardData& page) {
  const QLocale locale;
  const KpiId k = tile.kpi;
  title_->setText(charts::kpiTitle(k, locale));
  value_->setText(charts::formatKpi(k, tile.now.value(k), locale));
  // The fixed minimum would let the row squeeze a long value ("€ 1.578,50" in Dutch) out of sight.
  setMinimumWidth(std::max(150, value_->sizeHint().width() + 20));
  const auto now = charts::kpiNumber(tile.now.value(k));
  const auto before = charts::kpiNumber(tile.lastWeek.value(k));

  QString change = charts::formatChange(k, now, before, locale);
  QString colour;
  QStringList lines;
  QStringList tips;  // plain text, escaped once below: a "<" in a sentence must not end the tooltip
  const auto parts = tile.now.parts(k);
  bool small = false;
  if (parts) {
    small = parts->denominator < charts::kSmallDenominator;
    lines << tr("n = %1").arg(locale.toString(static_cast<qlonglong>(parts->denominator)));
  }
  // The engine's test of the change (Tile::change): rates and counts alike.
  const kpi::Significance& s = tile.change;
  if (s.significant()) {
    const bool good = (s.verdict == kpi::Verdict::SignificantUp) != kpi::lowerIsBetter(k);
    colour = (good ? goodColour(palette()) : badColour(palette())).name();
  }
  tips << (s.verdict == kpi::Verdict::NoVerdict ? tr("Change: too few to judge (under 30).")
           : s.significant() ? tr("Change is significant (|z| = %1).").arg(locale.toString(std::abs(*s.z), 'f', 1))
                             : tr("Change is within chance (|z| < 2.58)."));
  // What the change and the average compare with follows the period (kpi::dashboardComparison).
  const int days = tile.period.lengthDays();
  const bool cohort = tile.period != page.query.period;
  QString versus, average;
  if (cohort) {
    versus = tr("vs a week earlier: %1");
    average = tr("avg of the 4 weeks before: %1");
  } else if (days == 1) {
    versus = tr("vs same weekday last week: %1");
    average = tr("avg of the 4 same weekdays before: %1");
  } else if (days == 7) {
    versus = tr("vs previous week: %1");
    average = tr("avg of the 4 weeks before: %1");
  } else if (days < 7) {
    versus = tr("vs same days last week: %1");
    average = tr("avg of the same days of the 4 weeks before: %1");
  } else {
    versus = tr("vs the %1 days before: %2").arg(days).arg(QStringLiteral("%1"));
    average = tr("avg of the 4 periods of %1 days before: %2").arg(days).arg(QStringLiteral("%1"));
  }
  if (colour.isEmpty())
    lines.prepend(versus.arg(change.toHtmlEscaped()));
  else
    lines.prepend(versus.arg(QStringLiteral("<b style='color:%1'>%2</b>").arg(colour, change.toHtmlEscaped())));
  lines << average.arg(charts::formatKpiNumber(k, tile.fourWeekAverage, locale).toHtmlEscaped());
  // The tile's targets at the filter's level (week, month, quarter) with their pacing, one line each.
  std::vector<const kpi::TargetProgress*> pacing;
  for (kpi::TargetHorizon h : {kpi::TargetHorizon::Week, kpi::TargetHorizon::Month, kpi::TargetHorizon::Quarter})
    if (const kpi::TargetProgress* progress = page.targetProgress(k, h)) pacing.push_back(progress);
  // Below or above target shows in the value's colour and in words.
  const std::optional<bool> meets = page.meetsTarget(tile);
  if (target && pacing.empty()) {
    const QString text = (meets && !*meets ? tr("below target %1")
                          : meets          ? tr("target %1 reached")
                                           : tr("target: %1"))
                             .arg(charts::formatKpiNumber(k, target, locale))
                             .toHtmlEscaped();
    lines << (meets ? QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg((*meets ? goodColour(palette()) : badColour(palette())).name(), text)
                    : text);
  }
  for (const kpi::TargetProgress* t : pacing) {
    const QString text = charts::pacingText(*t, locale).toHtmlEscaped();
    if (!t->onTrack || *t->onTrack)
      lines << text;
    else
      lines << QStringLiteral("<span style='color:%1'>%2</span>").arg(badColour(palette()).name(), text);
  }
  if (cohort) {
    lines << charts::cohortNote(tile.period, page.query.asOf, locale).toHtmlEscaped();
    tips << tr(
        "Measured on the orders of the four weeks that are at least 14 days old at the period's "
        "end, so the rate is mature and compares fairly.");
  } else if (const QString progress = charts::inProgressNote(page.clock, tile.period, locale); !progress.isEmpty()) {
    lines << QStringLiteral("<i>%1</i>").arg(progress.toHtmlEscaped());
    tips << tr(
        "The period is still coming in: it is compared with the same weekdays of last week, up to "
        "the same hour.");
  }
  detail_->setText(lines.join("<br>"));
  if (small) tips << tr("Greyed out: fewer than 30 in the denominator, too few to read much into.");
  QString tip = charts::kpiTooltip(k, locale);
  for (const QString& t : tips) tip += "<br>" + t.toHtmlEscaped();
  setToolTip(tip);
  QPalette p = palette();
  p.setColor(QPalette::WindowText, small   ? palette().color(QPalette::Disabled, QPalette::WindowText)
                                   : meets ? (*meets ? goodColour(palette()) : badColour(palette()))
                                           : QWidget().palette().color(QPalette::WindowText));
  value_->setPalette(p);
}

}  // namespace salesops::ui
