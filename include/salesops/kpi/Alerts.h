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

/// The rates alerts watch (spec kpis.md): conversion, contact_rate, hit_rate, cancel_rate_14d.
std::span<const std::string_view> alertKpis();
/// The dimensions alerts look at: area, team, rep.
std::span<const Dimension> alertDimensions();
/// What an alert's impact counts for `kpi`: `orders`, `contacts` or `cancellations`.
std::string_view impactUnit(std::string_view kpi);

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
  std::string member;  ///< the area code, team name or rep id
  std::string kpi;
  /// The member's rate now and what it is compared with: its previous period (Change) or the rest
  /// of the organisation in the current period (Outlier), with their numerators and denominators (n).
  RateParts current;
  RateParts compared;
  Significance test;  ///< test.current and test.previous are the two rates; test.z is never empty
  /// The change in rate times the current denominator: for conversion and hit_rate orders won (+)
  /// or lost (-), for contact_rate contacts, for cancel_rate_14d cancellations (+ = more). For an
  /// outlier, what the member did beyond the rest's rate on its own denominator.
  double impact = 0;
  /// True when the change is bad news (a rate went down, or a cancel rate up).
  bool worse = false;
};

/// The alerts of one dimension's rows; `rows` come from a KpiQuery by that dimension alone, with
/// `prev` set for change alerts. Unordered; findAlerts() orders them.
std::vector<Alert> alertsFromRows(Dimension dimension, const std::vector<KpiRow>& rows,
                                  std::span<const AlertKind> kinds);

/// Orders alerts as people read them: changes before outliers, each by |impact|, largest first;
/// ties by dimension, member and KPI so the order is stable.
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
