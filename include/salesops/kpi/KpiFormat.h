// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"

namespace salesops::kpi {

/// The columns of a KPI table: the query's dimensions, then every catalogue KPI in catalogue order,
/// each followed by `k_prev` when the query has a comparison.
std::vector<std::string> kpiColumns(const KpiQuery& q);

/// The `kpi` command's outputs (spec cli.md). JSON: `{"from", "to", "as_of", "by", "rows"}` with
/// hour and weekday as numbers, rates as fractions, revenue in euros, `null` for no value.
std::string formatJson(const KpiQuery& q, const std::vector<KpiRow>& rows);
/// RFC 4180 CSV with a header line; an empty field for no value.
std::string formatCsv(const KpiQuery& q, const std::vector<KpiRow>& rows);
/// Aligned columns for people: rates that are fractions as percentages, an em dash for no value.
std::string formatTable(const KpiQuery& q, const std::vector<KpiRow>& rows);

/// One KPI's value as `formatJson` writes it (`null` where undefined).
std::string jsonValue(std::string_view kpi, const KpiValues& values);
/// One KPI's value as `formatTable` writes it (`12.3%`, `—` where undefined).
std::string tableValue(std::string_view kpi, const KpiValues& values);
/// Every KPI of the catalogue as one JSON object, `{"visits": 120, ...}`, as a row of `formatJson`.
std::string jsonValues(const KpiValues& values);

}  // namespace salesops::kpi
