// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "salesops/core/KpiId.h"

namespace salesops::kpi {

/// True for the KPIs where less is better (cancellations, addresses it takes per sale), so alerts and
/// target progress can say whether a change or a value is good news.
constexpr bool lowerIsBetter(KpiId kpi) {
  return kpi == KpiId::cancel_rate || kpi == KpiId::cancel_rate_14d || kpi == KpiId::pre_install_churn ||
         kpi == KpiId::addresses_per_sale || kpi == KpiId::cancelled || kpi == KpiId::pre_install_cancelled;
}
/// As lowerIsBetter(KpiId) for a name from a file (a target's metric); false for a name that is no KPI.
constexpr bool lowerIsBetter(std::string_view kpi) {
  const auto id = kpiIdFromName(kpi);
  return id && lowerIsBetter(*id);
}
template <std::size_t N>
bool lowerIsBetter(const char (&literal)[N]) = delete;  // name it by its KpiId

}  // namespace salesops::kpi
