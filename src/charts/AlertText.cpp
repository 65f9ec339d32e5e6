// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/AlertText.h"

#include <QDate>
#include <QStringList>
#include <cmath>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/Translation.h"

namespace salesops::charts {
namespace {

constexpr const char* kContext = "Alerts";

QString tr(const char* source, const QLocale& locale) { return translate(kContext, source, locale); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

QString dimensionWord(kpi::Dimension d, const QLocale& l) {
  switch (d) {
    case kpi::Dimension::Area:
      return tr(QT_TRANSLATE_NOOP("Alerts", "Area"), l);
    case kpi::Dimension::Team:
      return tr(QT_TRANSLATE_NOOP("Alerts", "Team"), l);
    case kpi::Dimension::Rep:
      return tr(QT_TRANSLATE_NOOP("Alerts", "Rep"), l);
    default:
      break;
  }
  const std::string_view name = kpi::toString(d);
  return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString days(const Period& p, const QLocale& l) {
  const QDate from(p.from.year(), p.from.month(), p.from.day()), to(p.to.year(), p.to.month(), p.to.day());
  return QStringLiteral("%1 \u2013 %2")
      .arg(l.toString(from, QStringLiteral("d MMM")), l.toString(to, QStringLiteral("d MMM")));
}

QString rounded(double v, const QLocale& l) { return l.toString(static_cast<qlonglong>(std::llround(std::abs(v)))); }

/// "about 34 orders fewer", in the unit of the KPI's numerator and, for contacts, in orders too.
QString amount(const kpi::Alert& a, const QLocale& l) {
  const bool more = a.excess > 0;
  const std::string_view unit = kpi::excessUnit(a.kpi);
  if (unit == "contacts")
    return (more ? tr(QT_TRANSLATE_NOOP("Alerts", "about %1 contacts more (about %2 orders)"), l)
                 : tr(QT_TRANSLATE_NOOP("Alerts", "about %1 contacts fewer (about %2 orders)"), l))
        .arg(rounded(a.excess, l), rounded(a.impact, l));
  if (unit == "cancellations")
    return (more ? tr(QT_TRANSLATE_NOOP("Alerts", "about %1 cancellations more"), l)
                 : tr(QT_TRANSLATE_NOOP("Alerts", "about %1 cancellations fewer"), l))
        .arg(rounded(a.excess, l));
  return (more ? tr(QT_TRANSLATE_NOOP("Alerts", "about %1 orders more"), l)
               : tr(QT_TRANSLATE_NOOP("Alerts", "about %1 orders fewer"), l))
      .arg(rounded(a.excess, l));
}

}  // namespace

QString alertSubject(const kpi::Alert& a, const QLocale& l) {
  const QString member = qs(a.member);
  const QString word = dimensionWord(a.dimension, l);
  return member.startsWith(word + QLatin1Char(' '), Qt::CaseInsensitive) ? member : word + QLatin1Char(' ') + member;
}

QString alertSummary(const kpi::Alert& a, const QLocale& l) {
  const QString text = a.kind == kpi::AlertKind::Change
                           ? tr(QT_TRANSLATE_NOOP("Alerts", "%1: %2 %3 against %4 usually, %5"), l)
                           : tr(QT_TRANSLATE_NOOP("Alerts", "%1: %2 %3 against %4 for the rest, %5"), l);
  return text.arg(alertSubject(a, l), kpiTitle(a.kpi, l).toLower(), formatKpiNumber(a.kpi, a.test.current, l),
                  formatKpiNumber(a.kpi, a.test.previous, l), amount(a, l));
}

QString alertDetail(const kpi::Alert& a, const QLocale& l) {
  QStringList channels;
  for (const std::string& c : a.channels) channels << qs(c);
  const QString test = channels.isEmpty()
                           ? tr(QT_TRANSLATE_NOOP("Alerts", "two-proportion z-test"), l)
                           : tr(QT_TRANSLATE_NOOP("Alerts", "two-proportion z-test within channel (%1)"), l)
                                 .arg(channels.join(QStringLiteral(", ")));
  const QString z = l.toString(a.test.z.value_or(0), 'f', 1).replace(QLatin1Char('-'), QChar(0x2212));
  const QString n1 = rounded(a.current.denominator, l), n0 = rounded(a.compared.denominator, l);
  // The cohort of a cancel rate is a set of orders: say so, since its days are not the period's.
  const bool orders = a.kpi == "cancel_rate_14d";
  QString when;
  if (a.kind == kpi::AlertKind::Change)
    when = (orders ? tr(QT_TRANSLATE_NOOP("Alerts", "orders of %1 against orders of %2"), l)
                   : tr(QT_TRANSLATE_NOOP("Alerts", "%1 against %2"), l))
               .arg(days(a.period, l), days(a.comparedPeriod, l));
  else
    when = (orders ? tr(QT_TRANSLATE_NOOP("Alerts", "orders of %1"), l) : QStringLiteral("%1")).arg(days(a.period, l));
  const QString sample = a.kind == kpi::AlertKind::Change
                             ? tr(QT_TRANSLATE_NOOP("Alerts", "%1: z = %2, n = %3 against %4; %5"), l)
                             : tr(QT_TRANSLATE_NOOP("Alerts", "%1: z = %2, n = %3 against %4 for the rest; %5"), l);
  return sample.arg(test, z, n1, n0, when);
}

}  // namespace salesops::charts
