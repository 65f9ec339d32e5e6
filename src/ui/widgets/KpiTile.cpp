// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

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
  const std::string& k = tile.kpi;
  title_->setText(charts::kpiTitle(k, locale));
  value_->setText(charts::formatKpi(k, tile.now.value(k), locale));
  const auto now = charts::kpiNumber(tile.now.value(k));
  const auto before = charts::kpiNumber(tile.lastWeek.value(k));

  QString change = charts::formatChange(k, now, before, locale);
  QString colour;
  QStringList lines;
  QString tip = charts::kpiTooltip(k, locale);
  const auto parts = tile.now.parts(k);
  bool small = false;
  if (parts) {
    small = parts->denominator < charts::kSmallDenominator;
    lines << tr("n = %1").arg(locale.toString(static_cast<qlonglong>(parts->denominator)));
    if (auto prevParts = tile.lastWeek.parts(k)) {
      const kpi::Significance s = kpi::testSignificance(*parts, *prevParts);
      if (s.significant()) {
        const bool good = (s.verdict == kpi::Verdict::SignificantUp) != kpi::lowerIsBetter(k);
        colour = (good ? goodColour(palette()) : badColour(palette())).name();
      }
      tip +=
          "<br>" +
          (s.verdict == kpi::Verdict::NoVerdict ? tr("Change against last week: too few to judge (under 30).")
           : s.significant()
               ? tr("Change against last week is significant (|z| = %1).").arg(locale.toString(std::abs(*s.z), 'f', 1))
               : tr("Change against last week is within chance (|z| < 2.58)."));
    }
  }
  if (colour.isEmpty())
    lines.prepend(tr("vs last week: %1").arg(change));
  else
    lines.prepend(tr("vs last week: <b style='color:%1'>%2</b>").arg(colour, change));
  lines << tr("4-week avg: %1").arg(charts::formatKpiNumber(k, tile.fourWeekAverage, locale));
  // The tile's targets at the filter's level (week, month, quarter) with their pacing, one line each.
  std::vector<const kpi::TargetProgress*> pacing;
  for (kpi::TargetHorizon h : {kpi::TargetHorizon::Week, kpi::TargetHorizon::Month, kpi::TargetHorizon::Quarter})
    if (const kpi::TargetProgress* progress = page.targetProgress(k, h)) pacing.push_back(progress);
  if (target && pacing.empty()) lines << tr("target: %1").arg(charts::formatKpiNumber(k, target, locale));
  for (const kpi::TargetProgress* t : pacing) {
    const QString text = charts::pacingText(*t, locale).toHtmlEscaped();
    if (!t->onTrack || *t->onTrack)
      lines << text;
    else
      lines << QStringLiteral("<span style='color:%1'>%2</span>").arg(badColour(palette()).name(), text);
  }
  if (tile.period != page.query.period) {
    lines << charts::cohortNote(tile.period, page.query.asOf, locale);
    tip += "<br>" + tr("Measured on the orders of the four weeks that are at least 14 days old at the period's "
                       "end, so the rate is mature and compares fairly.");
  } else if (const QString progress = charts::inProgressNote(page.clock, tile.period, locale); !progress.isEmpty()) {
    lines << QStringLiteral("<i>%1</i>").arg(progress.toHtmlEscaped());
    tip += "<br>" + tr("The period is still coming in: it is compared with the same weekdays of last week, up to "
                       "the same hour.");
  }
  detail_->setText(lines.join("<br>"));
  if (small) tip += "<br>" + tr("Greyed out: fewer than 30 in the denominator, too few to read much into.");
  setToolTip(tip);
  QPalette p = palette();
  p.setColor(QPalette::WindowText, small ? palette().color(QPalette::Disabled, QPalette::WindowText)
                                         : QWidget().palette().color(QPalette::WindowText));
  value_->setPalette(p);
}

}  // namespace salesops::ui
