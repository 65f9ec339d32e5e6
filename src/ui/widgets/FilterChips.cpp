// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FilterChips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "dialogs/export_paths.h"
#include "widgets/FilterBar.h"

#include "salesops/charts/PeriodText.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {

FilterChips::FilterChips(FilterBar& filters, QWidget* parent)
    : QWidget(parent), filters_(filters), chips_(new QHBoxLayout) {
  setObjectName("filterChips");
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 0, 8, 4);
  auto* label = new QLabel(tr("Filtered:"), this);
  layout->addWidget(label);
  chips_->setSpacing(6);
  layout->addLayout(chips_);
  auto* reset = new QToolButton(this);
  reset->setObjectName("resetFilters");
  reset->setText(tr("Reset"));
  reset->setToolTip(tr("Back to the last day with data, every team, channel, area and city"));
  connect(reset, &QToolButton::clicked, this, [this] { filters_.reset(); });
  layout->addWidget(reset);
  layout->addStretch();
  connect(&filters_, &FilterBar::changed, this, &FilterChips::rebuild);
  rebuild();
}

void FilterChips::rebuild() {
  while (QLayoutItem* item = chips_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const QList<FilterBar::Active> active = filters_.activeFilters();
  for (const FilterBar::Active& a : active) {
    auto* chip = new QToolButton(this);
    chip->setObjectName("filterChip");
    chip->setText(a.label + QStringLiteral("  \u2715"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAutoRaise(false);
    // The look of a chip: rounded, tinted with the palette's highlight, so it reads as a filter.
    chip->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid palette(highlight); border-radius: 10px; "
                       "padding: 1px 8px; background: palette(alternate-base); }"));
    const QString key = a.key;
    connect(chip, &QToolButton::clicked, this, [this, key] { filters_.clearFilter(key); });
    chips_->addWidget(chip);
  }
  setVisible(!active.isEmpty());
}

QStringList FilterChips::texts() const {
  QStringList out;
  for (const FilterBar::Active& a : filters_.activeFilters()) out << a.label;
  return out;
}

ShownFilters shownBy(const FilterBar& filters) {
  ShownFilters shown{filters.query().period, filters.activeFilters()};
  shown.filters.removeIf([](const FilterBar::Active& a) { return a.key == "period"; });
  return shown;
}

QString filterSummary(const ShownFilters& shown) {
  QStringList parts{charts::periodText(QLocale(), shown.period)};
  for (const FilterBar::Active& a : shown.filters) parts << a.label;
  return parts.join(QStringLiteral(" \u00B7 "));
}

QString filterSummary(const FilterBar& filters) { return filterSummary(shownBy(filters)); }

QString titleWithFilters(const QString& title, const ShownFilters& shown) {
  return title + QStringLiteral("<br><small>%1</small>").arg(filterSummary(shown).toHtmlEscaped());
}

QString filterFileSuffix(const ShownFilters& shown) {
  QString out = QString::fromStdString(shown.period.from.toString());
  if (shown.period.to != shown.period.from) out += "-" + QString::fromStdString(shown.period.to.toString());
  for (const FilterBar::Active& a : shown.filters) out += "-" + fileNameFrom(a.label);
  return out;
}

}  // namespace salesops::ui
