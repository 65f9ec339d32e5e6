// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/Significance.h"

namespace salesops::kpi {

/// The rates alerts watch: conversion, contact_rate, hit_rate, pre_install_churn (the early signal of
/// cancellations, on the period itself) and cancel_rate_14d (on the matured cohort, see
/// alertCohort()).
std::span<const KpiId> alertKpis();
/// The dimensions alerts look at: area, team, rep.
std::span<const Dimension> alertDimensions();
/// What an alert's excess counts for `kpi`: `orders`, `contacts` or `cancellations`. The impact
/// always counts orders.
std::string_view excessUnit(KpiId kpi);

/// Orders are in the matured cohort of cancel_rate_14d from this many days old...
inline constexpr int kCohortMinAgeDays = 14;
/// ...for this many days (four weeks: orders 14 to 41 days old when the period ends at as-of - 14).
inline constexpr int kCohortDays = 28;
/// The orders whose cancel_rate_14d alerts judge: the kCohortDays days ending at the period's end,
/// or kCohortMinAgeDays days before as-of when that is earlier, so every order in it is old enough
/// and a daily run (whose own orders are too young) still sees cancellations.
Period alertCohort(const Period& period, Date asOf);

enum class AlertKind {
  /// The member's rate changed significantly between the previous period and the current one.
  Change,
  /// The member's rate differs significantly from the rest of the organisation (every other member
  /// of the same dimension, within the filters) in the current period. This catches what a change
  /// never shows: a rep whose cancel rate has been high all along.
  Outlier,
};
/// `change`, `outlier`.
std::string_view toString(AlertKind k);

struct Alert {
  AlertKind kind = AlertKind::Change;
  Dimension dimension = Dimension::Area;
  std::string member;      ///< the area code, team name or rep id
  std::string memberName;  ///< an area's or rep's name (memberLabel); empty for a team or when not known
  KpiId kpi = KpiId::conversion;
  /// The days the rates measure (for cancel_rate_14d the matured cohort's order days) and the days
  /// compared with: the period before for a change, the same days for an outlier.
  Period period;
  Period comparedPeriod;
  /// The channels compared: those with a denominator in both samples. Rates are compared within
  /// each channel, never across (a stand's contact rate is always 100%).
  std::vector<std::string> channels;
  /// The member's numerator and denominator (n) over those channels, and those of what it is
  /// compared with: its previous period (Change) or the rest of the organisation (Outlier).
  RateParts current;
  RateParts compared;
  /// testWithinStrata() by channel: test.current is the member's rate, test.previous the rate it
  /// would have had at the compared sample's rate in each channel ("usually", or "the rest"), on
  /// its own channel mix; test.z is never empty.
  Significance test;
  /// The numerator beyond that expectation, in excessUnit(): -34 orders, -40 contacts, +15
  /// cancellations.
  double excess = 0;
  /// The ranking unit: orders won (+) or lost (-). For conversion and hit_rate the excess; for
  /// contact_rate each channel's contacts beyond expectation times its compared conversion; for
  /// cancel rates minus the excess (a cancellation more is an order lost).
  double impact = 0;
  /// True when it is bad news (impact < 0).
  bool worse = false;
};

/// The alerts of one dimension's rows for `kpis`. `rows` come from a KpiQuery by that dimension,
/// optionally followed by channel (then rates are compared within channel), with `prev` set for
/// change alerts. `period` and `comparedPeriod` are left for the caller. Unordered.
std::vector<Alert> alertsFromRows(Dimension dimension, const std::vector<KpiRow>& rows,
                                  std::span<const AlertKind> kinds, std::span<const KpiId> kpis);

/// Orders alerts by |impact| in orders, largest first, whatever their kind or KPI; ties by kind,
/// dimension, member and KPI so the order is stable.
void sortAlerts(std::vector<Alert>& alerts);

struct AlertQuery {
  Period period;  ///< the current period; it is compared with the same length just before
  /// Cohort date of the current period; the previous period's is as many days earlier, so both
  /// cancel rates are equally mature.
  Date asOf;
  KpiFilters filters;
  std::vector<AlertKind> kinds{AlertKind::Change, AlertKind::Outlier};
};

/// The alerts of every area, team and rep, in the order of sortAlerts().
Result<std::vector<Alert>> findAlerts(const KpiEngine& engine, const AlertQuery& query);

}  // namespace salesops::kpi
