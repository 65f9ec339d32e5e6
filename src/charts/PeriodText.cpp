// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/PeriodText.h"

#include "salesops/core/QtDate.h"

namespace salesops::charts {

QString periodText(const QLocale& locale, const Period& period) {
  const QDate from = toQDate(period.from), to = toQDate(period.to);
  const QString full = QStringLiteral("d MMM yyyy");
  if (from == to) return locale.toString(to, full);
  return QStringLiteral("%1 \u2013 %2")
      .arg(locale.toString(from, from.year() == to.year() ? QStringLiteral("d MMM") : full), locale.toString(to, full));
}

}  // namespace salesops::charts
