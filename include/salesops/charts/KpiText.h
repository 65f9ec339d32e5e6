// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <string_view>

#include "salesops/core/KpiId.h"
#include "salesops/kpi/DataClock.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/TargetProgress.h"

namespace salesops::charts {

/// Rates under this many in their denominator are shown greyed out, with the reason.
inline constexpr double kSmallDenominator = 30;

/// A KPI value as the user reads it in `locale`: counts with thousands separators, fractions as
/// percentages with one decimal (12,3% in Dutch), paces with one decimal, money in euro, an em dash
/// for no value.
QString formatKpi(std::string_view kpi, const kpi::KpiValue& value, const QLocale& locale = QLocale());
/// A number that is not a catalogue value (an average, a change) in the KPI's unit.
QString formatKpiNumber(std::string_view kpi, std::optional<double> value, const QLocale& locale = QLocale());
/// A change: `+1,2 pp` for percentages, `+12` / `+3,4%` for counts.
QString formatChange(std::string_view kpi, std::optional<double> now, std::optional<double> before,
                     const QLocale& locale = QLocale());

/// The KPI's name for people (`Conversion`, `Hit rate`) in the language of `locale`.
QString kpiTitle(std::string_view kpi, const QLocale& locale = QLocale());
/// Definition and formula, for tooltips, in the language of `locale`.
QString kpiTooltip(std::string_view kpi, const QLocale& locale = QLocale());

/// A target's pacing in words, for the tiles and the weekly pack: "week: on track, projected 61 of
/// 58", "month: behind, 9.1% against 12.0%", "week: target 58" before any value.
QString pacingText(const kpi::TargetProgress& t, const QLocale& locale = QLocale());
/// What a cohort figure was measured on, under it: "orders 19 Oct – 15 Nov, as of 3 Dec".
QString cohortNote(const Period& orders, Date asOf, const QLocale& locale = QLocale());
/// The mark of a period in progress: "in progress, up to Thu 3 Dec 14:00"; empty for a complete one.
QString inProgressNote(const kpi::DataClock& clock, const Period& period, const QLocale& locale = QLocale());
/// A member as people see it (kpi::memberLabel: "Kevin van Dijk (R007)", "Team Zuid"), with the
/// member that stands for no known team, city, rep or area in the locale's language ("(onbekend)").
QString memberText(const kpi::DimValue& value, const QLocale& locale = QLocale());
QString memberText(std::string_view name, std::string_view code, const QLocale& locale = QLocale());

// A KPI named in code is a KpiId (a misspelt one does not compile); the string_view forms are for
// names that come from users, files or Qt models. A string literal is refused at compile time so
// that one cannot slip back in.
inline QString formatKpi(KpiId kpi, const kpi::KpiValue& value, const QLocale& locale = QLocale()) {
  return formatKpi(kpiName(kpi), value, locale);
}
inline QString formatKpiNumber(KpiId kpi, std::optional<double> value, const QLocale& locale = QLocale()) {
  return formatKpiNumber(kpiName(kpi), value, locale);
}
inline QString formatChange(KpiId kpi, std::optional<double> now, std::optional<double> before,
                            const QLocale& locale = QLocale()) {
  return formatChange(kpiName(kpi), now, before, locale);
}
inline QString kpiTitle(KpiId kpi, const QLocale& locale = QLocale()) { return kpiTitle(kpiName(kpi), locale); }
inline QString kpiTooltip(KpiId kpi, const QLocale& locale = QLocale()) { return kpiTooltip(kpiName(kpi), locale); }
template <std::size_t N, typename... Rest>
QString formatKpi(const char (&literal)[N], Rest&&...) = delete;
template <std::size_t N, typename... Rest>
QString formatKpiNumber(const char (&literal)[N], Rest&&...) = delete;
template <std::size_t N, typename... Rest>
QString formatChange(const char (&literal)[N], Rest&&...) = delete;
template <std::size_t N, typename... Rest>
QString kpiTitle(const char (&literal)[N], Rest&&...) = delete;
template <std::size_t N, typename... Rest>
QString kpiTooltip(const char (&literal)[N], Rest&&...) = delete;

/// The value as a plain number (rates as fractions, money in euro), nullopt for no value.
std::optional<double> kpiNumber(const kpi::KpiValue& value);

}  // namespace salesops::charts
