// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/KpiText.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <map>

#include "salesops/charts/Translation.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/MemberLabel.h"
#include "salesops/kpi/UnknownMember.h"

namespace salesops::charts {
namespace {

const QString kNoValue = QStringLiteral("\u2014");
// The unit of a change in a percentage ("+1,2 pp"); its space never breaks, so a narrow tile does
// not put "pp" on a line of its own.
constexpr const char* kPercentagePoints = QT_TRANSLATE_NOOP("Kpi", " pp");
constexpr const char* kCohortNote = QT_TRANSLATE_NOOP("Kpi", "orders %1 \u2013 %2, as of %3");
constexpr const char* kInProgress = QT_TRANSLATE_NOOP("Kpi", "in progress, up to %1");
constexpr const char* kInProgressNoData = QT_TRANSLATE_NOOP("Kpi", "in progress, no data yet");
constexpr const char* kUnknown = QT_TRANSLATE_NOOP("Kpi", "(unknown)");

// The data's key for "no known member" (kpi::kUnknownMember) said in the locale's language.
QString shownMember(const std::string& label, const QLocale& locale) {
  if (label == kpi::kUnknownMember) return translate("Kpi", kUnknown, locale);
  return QString::fromStdString(label);
}

// Display names live here, not in the catalogue, because they go through Qt's translations. A switch
// without a default, so that -Wswitch names a KPI added to KpiId.h but not here.
const char* titleText(KpiId kpi) {
  switch (kpi) {
    case KpiId::visits:
      return QT_TRANSLATE_NOOP("Kpi", "Visits");
    case KpiId::contacts:
      return QT_TRANSLATE_NOOP("Kpi", "Contacts");
    case KpiId::pitches:
      return QT_TRANSLATE_NOOP("Kpi", "Pitches");
    case KpiId::quotes:
      return QT_TRANSLATE_NOOP("Kpi", "Quotes");
    case KpiId::orders:
      return QT_TRANSLATE_NOOP("Kpi", "Orders");
    case KpiId::cancelled:
      return QT_TRANSLATE_NOOP("Kpi", "Cancelled");
    case KpiId::pre_install_cancelled:
      return QT_TRANSLATE_NOOP("Kpi", "Cancelled before install");
    case KpiId::installed:
      return QT_TRANSLATE_NOOP("Kpi", "Installed");
    case KpiId::addresses:
      return QT_TRANSLATE_NOOP("Kpi", "Addresses");
    case KpiId::addresses_2x:
      return QT_TRANSLATE_NOOP("Kpi", "Addresses 2x");
    case KpiId::addresses_3x:
      return QT_TRANSLATE_NOOP("Kpi", "Addresses 3x");
    case KpiId::revenue:
      return QT_TRANSLATE_NOOP("Kpi", "Revenue (monthly)");
    case KpiId::field_hours:
      return QT_TRANSLATE_NOOP("Kpi", "Field hours");
    case KpiId::contact_rate:
      return QT_TRANSLATE_NOOP("Kpi", "Contact rate");
    case KpiId::conversion:
      return QT_TRANSLATE_NOOP("Kpi", "Conversion");
    case KpiId::hit_rate:
      return QT_TRANSLATE_NOOP("Kpi", "Hit rate");
    case KpiId::cancel_rate:
      return QT_TRANSLATE_NOOP("Kpi", "Cancel rate");
    case KpiId::cancel_rate_14d:
      return QT_TRANSLATE_NOOP("Kpi", "Cancel rate 14d");
    case KpiId::pre_install_churn:
      return QT_TRANSLATE_NOOP("Kpi", "Pre-install churn");
    case KpiId::quote_conversion:
      return QT_TRANSLATE_NOOP("Kpi", "Quote conversion");
    case KpiId::addresses_per_sale:
      return QT_TRANSLATE_NOOP("Kpi", "Addresses per sale");
    case KpiId::first_time_right:
      return QT_TRANSLATE_NOOP("Kpi", "First time right");
    case KpiId::coverage:
      return QT_TRANSLATE_NOOP("Kpi", "Coverage");
    case KpiId::penetration:
      return QT_TRANSLATE_NOOP("Kpi", "Penetration");
    case KpiId::visits_per_hour:
      return QT_TRANSLATE_NOOP("Kpi", "Visits per hour");
    case KpiId::orders_per_hour:
      return QT_TRANSLATE_NOOP("Kpi", "Orders per hour");
    case KpiId::bundling_date:
      return QT_TRANSLATE_NOOP("Kpi", "Projected bundling date");
  }
  return "";
}

bool isFraction(std::optional<KpiId> kpi) {
  return kpi && kpiDefinition(*kpi).kind == KpiKind::Rate && kpiDefinition(*kpi).fraction;
}

bool isPace(std::optional<KpiId> kpi) {
  return (kpi && kpiDefinition(*kpi).kind == KpiKind::Rate && !kpiDefinition(*kpi).fraction) ||
         kpi == KpiId::field_hours;
}

}  // namespace

std::optional<double> kpiNumber(const kpi::KpiValue& value) {
  if (const auto* i = std::get_if<int64_t>(&value)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&value)) return std::isfinite(*d) ? std::optional<double>(*d) : std::nullopt;
  if (const auto* m = std::get_if<Money>(&value)) return static_cast<double>(m->cents()) / 100.0;
  return std::nullopt;
}

QString formatKpiNumber(std::string_view name, std::optional<double> v, const QLocale& locale) {
  if (!v) return kNoValue;
  const auto kpi = kpiIdFromName(name);
  if (isFraction(kpi)) return locale.toString(*v * 100.0, 'f', 1) + locale.percent();
  if (kpi == KpiId::revenue) return locale.toCurrencyString(*v, QStringLiteral("\u20AC"), 0);
  if (isPace(kpi)) return locale.toString(*v, 'f', 1);
  if (std::abs(*v - std::round(*v)) > 1e-9) return locale.toString(*v, 'f', 1);
  return locale.toString(static_cast<qlonglong>(std::llround(*v)));
}

QString formatKpi(std::string_view kpi, const kpi::KpiValue& value, const QLocale& locale) {
  if (const auto* d = std::get_if<Date>(&value)) return locale.toString(toQDate(*d), QLocale::ShortFormat);
  if (const auto* m = std::get_if<Money>(&value))
    return locale.toCurrencyString(static_cast<double>(m->cents()) / 100.0, QStringLiteral("\u20AC"), 2);
  return formatKpiNumber(kpi, kpiNumber(value), locale);
}

QString formatChange(std::string_view kpi, std::optional<double> now, std::optional<double> before,
                     const QLocale& locale) {
  if (!now || !before) return kNoValue;
  const double diff = *now - *before;
  QString size;
  if (isFraction(kpiIdFromName(kpi)))
    size = locale.toString(std::abs(diff) * 100.0, 'f', 1) +
           translate("Kpi", kPercentagePoints, locale).replace(u' ', QChar(0x00A0));
  else if (*before == 0)
    size = formatKpiNumber(kpi, std::abs(diff), locale);
  else
    size = locale.toString(std::abs(diff / *before) * 100.0, 'f', 1) + locale.percent();
  // A change too small to show has no sign: "0.0 pp", not "-0.0 pp".
  const bool shown = std::any_of(size.begin(), size.end(), [](QChar c) { return c.isDigit() && c != u'0'; });
  if (!shown || diff == 0) return size;
  return (diff > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + size;
}

QString kpiTitle(std::string_view kpi, const QLocale& locale) {
  if (const auto id = kpiIdFromName(kpi)) return translate("Kpi", titleText(*id), locale);
  return QString::fromUtf8(kpi.data(), static_cast<int>(kpi.size()));
}

QString kpiTooltip(std::string_view kpi, const QLocale& locale) {
  const KpiDefinition* d = findKpi(kpi);
  if (!d) return {};
  const std::string_view text = locale.language() == QLocale::Dutch ? d->definitionNl : d->definitionEn;
  QString tip = QStringLiteral("<b>%1</b> (<code>%2</code>)<br>%3")
                    .arg(kpiTitle(kpi, locale), QString::fromUtf8(d->name.data(), static_cast<int>(d->name.size())),
                         QString::fromUtf8(text.data(), static_cast<int>(text.size())).toHtmlEscaped());
  if (!d->formula.empty())
    tip += QStringLiteral("<br><i>%1</i>")
               .arg(QString::fromUtf8(d->formula.data(), static_cast<int>(d->formula.size())).toHtmlEscaped());
  return tip;
}

namespace {

constexpr const char* kHorizons[] = {QT_TRANSLATE_NOOP("Kpi", "week"), QT_TRANSLATE_NOOP("Kpi", "month"),
                                     QT_TRANSLATE_NOOP("Kpi", "quarter"), QT_TRANSLATE_NOOP("Kpi", "period")};
constexpr const char* kTargetOnly = QT_TRANSLATE_NOOP("Kpi", "%1: target %2");
constexpr const char* kProjectedOnTrack = QT_TRANSLATE_NOOP("Kpi", "%1: on track, projected %2 of %3");
constexpr const char* kProjectedBehind = QT_TRANSLATE_NOOP("Kpi", "%1: behind, projected %2 of %3");
constexpr const char* kMet = QT_TRANSLATE_NOOP("Kpi", "%1: target met, %2 of %3");
constexpr const char* kMissed = QT_TRANSLATE_NOOP("Kpi", "%1: target missed, %2 of %3");
constexpr const char* kRateOnTrack = QT_TRANSLATE_NOOP("Kpi", "%1: on track, %2 against %3");
constexpr const char* kRateBehind = QT_TRANSLATE_NOOP("Kpi", "%1: behind, %2 against %3");

}  // namespace

QString pacingText(const kpi::TargetProgress& t, const QLocale& locale) {
  const QString horizon = translate("Kpi", kHorizons[static_cast<int>(t.horizon)], locale);
  // A count's target made of parts of weeks can be fractional: people read it in whole units.
  const QString target = formatKpiNumber(t.metric, t.rate ? t.target : std::round(t.target), locale);
  if (!t.pace || !t.onTrack) return translate("Kpi", kTargetOnly, locale).arg(horizon, target);
  // A projected count is rounded to whole units: "projected 61 of 58", not 60.67.
  const QString pace = formatKpiNumber(t.metric, t.rate ? *t.pace : std::round(*t.pace), locale);
  const char* text = t.rate       ? (*t.onTrack ? kRateOnTrack : kRateBehind)
                     : t.complete ? (*t.onTrack ? kMet : kMissed)
                                  : (*t.onTrack ? kProjectedOnTrack : kProjectedBehind);
  return translate("Kpi", text, locale).arg(horizon, pace, target);
}

QString cohortNote(const Period& orders, Date asOf, const QLocale& locale) {
  return translate("Kpi", "orders %1 – %2, as of %3", locale)
      .arg(locale.toString(toQDate(orders.from), "d MMM"), locale.toString(toQDate(orders.to), "d MMM"),
           locale.toString(toQDate(asOf), "d MMM"));
}

QString inProgressNote(const kpi::DataClock& clock, const Period& period, const QLocale& locale) {
  if (!clock.inProgress(period)) return {};
  if (!clock.latest) return translate("Kpi", kInProgressNoData, locale);
  const DateTime t = *clock.latest;
  const QDateTime at = toQDateTime(t);
  return translate("Kpi", kInProgress, locale).arg(locale.toString(at, "ddd d MMM HH:mm"));
}

QString memberText(const kpi::DimValue& value, const QLocale& locale) {
  return shownMember(kpi::memberLabel(value), locale);
}

QString memberText(std::string_view name, std::string_view code, const QLocale& locale) {
  return shownMember(kpi::memberLabel(name, code), locale);
}

}  // namespace salesops::charts
