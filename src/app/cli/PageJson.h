// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/kpi/Alerts.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/Explain.h"
#include "salesops/kpi/TargetProgress.h"
#include "salesops/kpi/WeeklyPack.h"

namespace salesops::cli {

// The JSON of the pages and analyses: one writer per structure, shared by every command that prints
// it (`alerts` and `dashboard` write alerts alike, `explain` and `report` explanations). Keys are
// documented in docs/cli-json.md. No trailing newline.

/// The alerts of `period` against the period before it.
std::string alertsJson(const Period& period, Date asOf, const std::vector<kpi::Alert>& alerts);
/// Where the data of `period` stops: `"in_progress": …, "data_up_to": …, "last_complete_day": …, "cut": …`,
/// for the inside of an object.
std::string clockJson(const kpi::DataClock& clock, const Period& period, const std::optional<kpi::DataCut>& cut);
std::string explanationJson(const kpi::Explanation& e, Date asOf);
std::string qualityJson(const kpi::DataQualityReport& report);
/// Everything the daily start shows (`salesops-cli dashboard`).
std::string dashboardJson(const kpi::DashboardData& d);
/// Every number of the weekly pack (`salesops-cli report --format json`).
std::string weeklyPackJson(const kpi::WeeklyPack& p);

}  // namespace salesops::cli
