// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTile.h"

#include <QDate>
#include <QLabel>
#include <QVBoxLayout>

#include "Appearance.h"
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

void KpiTile::show(const kpi::Tile& tile, std::optional<double> target,
                   const std::vector<const kpi::TargetProgress*>& pacing) {
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
  if (target && pacing.empty()) lines << tr("target: %1").arg(charts::formatKpiNumber(k, target, locale));
  for (const kpi::TargetProgress* t : pacing) {
    const QString text = charts::pacingText(*t, locale).toHtmlEscaped();
    if (!t->onTrack || *t->onTrack)
      lines << text;
    else
      lines << QStringLiteral("<span style='color:%1'>%2</span>").arg(badColour(palette()).name(), text);
  }
  if (k == "cancel_rate_14d") {
    const QDate from(tile.period.from.year(), tile.period.from.month(), tile.period.from.day());
    const QDate to(tile.period.to.year(), tile.period.to.month(), tile.period.to.day());
    lines << tr("orders %1 – %2").arg(locale.toString(from, "d MMM"), locale.toString(to, "d MMM"));
    tip += "<br>" + tr("Measured on the orders of the four weeks that are at least 14 days old, so the rate is "
                       "mature and compares fairly.");
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
