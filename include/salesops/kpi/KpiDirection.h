// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace salesops::kpi {

/// True for the KPIs where less is better (cancellations, addresses it takes per sale), so alerts and
/// target progress can say whether a change or a value is good news.
inline bool lowerIsBetter(std::string_view kpi) {
  return kpi == "cancel_rate" || kpi == "cancel_rate_14d" || kpi == "pre_install_churn" ||
         kpi == "addresses_per_sale" || kpi == "cancelled" || kpi == "pre_install_cancelled";
}

}  // namespace salesops::kpi
