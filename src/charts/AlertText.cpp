// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/AlertText.h"

#include <QDate>
#include <QStringList>

#include <cmath>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/Translation.h"
#include "salesops/core/QtDate.h"

namespace salesops::charts {
namespace {

constexpr const char* kContext = "Alerts";

QString say(const char* source, const QLocale& locale) { return translate(kContext, source, locale); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

QString dimensionWord(kpi::Dimension d, const QLocale& l) {
  switch (d) {
    case kpi::Dimension::Area:
      return say(QT_TRANSLATE_NOOP("Alerts", "Area"), l);
    case kpi::Dimension::Team:
      return say(QT_TRANSLATE_NOOP("Alerts", "Team"), l);
    case kpi::Dimension::Rep:
      return say(QT_TRANSLATE_NOOP("Alerts", "Rep"), l);
    default:
      break;
  }
  const std::string_view name = kpi::toString(d);
  return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString days(const Period& p, const QLocale& l) {
  const QDate from = toQDate(p.from), to = toQDate(p.to);
  // The year only where the days alone would be ambiguous: a period across New Year.
  const QString format = p.from.year() == p.to.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
  return QStringLiteral("%1 \u2013 %2").arg(l.toString(from, format), l.toString(to, format));
}

QString rounded(double v, const QLocale& l) { return l.toString(static_cast<qlonglong>(std::llround(std::abs(v)))); }

/// `one` or `many` (English and Dutch both use the singular for 1 only) with the rounded count.
QString counted(double v, const char* one, const char* many, const QLocale& l) {
  const QString n = rounded(v, l);
  return say(n == QLatin1String("1") ? one : many, l).arg(n);
}

/// "about 34 orders fewer", in the unit of the KPI's numerator and, for contacts, in orders too.
QString amount(const kpi::Alert& a, const QLocale& l) {
  const bool more = a.excess > 0;
  const std::string_view unit = kpi::excessUnit(a.kpi);
  if (unit == "contacts") {
    const QString contacts = more ? counted(a.excess, QT_TRANSLATE_NOOP("Alerts", "about %1 contact more"),
                                            QT_TRANSLATE_NOOP("Alerts", "about %1 contacts more"), l)
                                  : counted(a.excess, QT_TRANSLATE_NOOP("Alerts", "about %1 contact fewer"),
                                            QT_TRANSLATE_NOOP("Alerts", "about %1 contacts fewer"), l);
    return contacts + QStringLiteral(" (") +
           counted(a.impact, QT_TRANSLATE_NOOP("Alerts", "about %1 order"),
                   QT_TRANSLATE_NOOP("Alerts", "about %1 orders"), l) +
           QLatin1Char(')');
  }
  if (unit == "cancellations")
    return more ? counted(a.excess, QT_TRANSLATE_NOOP("Alerts", "about %1 cancellation more"),
                          QT_TRANSLATE_NOOP("Alerts", "about %1 cancellations more"), l)
                : counted(a.excess, QT_TRANSLATE_NOOP("Alerts", "about %1 cancellation fewer"),
                          QT_TRANSLATE_NOOP("Alerts", "about %1 cancellations fewer"), l);
  return more ? counted(a.excess, QT_TRANSLATE_NOOP("Alerts", "about %1 order more"),
                        QT_TRANSLATE_NOOP("Alerts", "about %1 orders more"), l)
              : counted(a.excess, QT_TRANSLATE_NOOP("Alerts", "about %1 order fewer"),
                        QT_TRANSLATE_NOOP("Alerts", "about %1 orders fewer"), l);
}

}  // namespace

QString alertSubject(const kpi::Alert& a, const QLocale& l) {
  const QString member = memberText(a.memberName, a.member, l);
  const QString word = dimensionWord(a.dimension, l);
  return member.startsWith(word + QLatin1Char(' '), Qt::CaseInsensitive) ? member : word + QLatin1Char(' ') + member;
}

QString alertSummary(const kpi::Alert& a, const QLocale& l) {
  const QString text = a.kind == kpi::AlertKind::Change
                           ? say(QT_TRANSLATE_NOOP("Alerts", "%1: %2 %3 against %4 usually, %5"), l)
                           : say(QT_TRANSLATE_NOOP("Alerts", "%1: %2 %3 against %4 for the rest, %5"), l);
  return text.arg(alertSubject(a, l), kpiTitle(a.kpi, l).toLower(), formatKpiNumber(a.kpi, a.test.current, l),
                  formatKpiNumber(a.kpi, a.test.previous, l), amount(a, l));
}

QString alertDetail(const kpi::Alert& a, const QLocale& l) {
  QStringList channels;
  for (const std::string& c : a.channels) channels << qs(c);
  const QString test = channels.isEmpty()
                           ? say(QT_TRANSLATE_NOOP("Alerts", "two-proportion z-test"), l)
                           : say(QT_TRANSLATE_NOOP("Alerts", "two-proportion z-test within channel (%1)"), l)
                                 .arg(channels.join(QStringLiteral(", ")));
  const QString z = l.toString(a.test.z.value_or(0), 'f', 1).replace(QLatin1Char('-'), QChar(0x2212));
  const QString n1 = rounded(a.current.denominator, l), n0 = rounded(a.compared.denominator, l);
  // The cohort of a cancel rate is a set of orders: say so, since its days are not the period's.
  const bool orders = a.kpi == KpiId::cancel_rate_14d;
  QString when;
  if (a.kind == kpi::AlertKind::Change)
    when = (orders ? say(QT_TRANSLATE_NOOP("Alerts", "orders of %1 against orders of %2"), l)
                   : say(QT_TRANSLATE_NOOP("Alerts", "%1 against %2"), l))
               .arg(days(a.period, l), days(a.comparedPeriod, l));
  else
    when = (orders ? say(QT_TRANSLATE_NOOP("Alerts", "orders of %1"), l) : QStringLiteral("%1")).arg(days(a.period, l));
  const QString sample = a.kind == kpi::AlertKind::Change
                             ? say(QT_TRANSLATE_NOOP("Alerts", "%1: z = %2, n = %3 against %4; %5"), l)
                             : say(QT_TRANSLATE_NOOP("Alerts", "%1: z = %2, n = %3 against %4 for the rest; %5"), l);
  return sample.arg(test, z, n1, n0, when);
}

}  // namespace salesops::charts
