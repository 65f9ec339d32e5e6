// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "salesops/ingest/CsvDialect.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/TargetProgress.h"

namespace salesops::kpi {

/// The columns of a KPI table: the query's dimensions, then every catalogue KPI in catalogue order,
/// each followed by `k_prev` when the query has a comparison.
std::vector<std::string> kpiColumns(const KpiQuery& q);

/// The `kpi` command's outputs (spec cli.md). JSON: `{"from", "to", "as_of", "by", "rows"}` with
/// hour and weekday as numbers, rates as fractions, revenue in euros, `null` for no value.
/// With `targets`, a row that has targets at its level (targetsOfRow) also has `"targets": {metric:
/// targetJson}` after its KPIs; rows without keep exactly the keys above.
/// `moreKeys`: further top-level keys (`"k": v, ...`), written after `as_of`.
std::string formatJson(const KpiQuery& q, const std::vector<KpiRow>& rows, const TargetBook* targets = nullptr,
                       const std::string& moreKeys = {});

/// One target with its pacing as a JSON object: `{"horizon", "from", "to", "level", "keys",
/// "from_members", "target", "value", "n", "projected", "on_track", "complete"}`; `projected` is a
/// count's projected total at the pace so far (a rate's value so far), null when not known yet.
std::string targetJson(const TargetProgress& t);
/// CSV in `dialect` (ingest::CsvDialect) with a header line; an empty field for no value.
std::string formatCsv(const KpiQuery& q, const std::vector<KpiRow>& rows,
                      ingest::CsvDialect dialect = ingest::CsvDialect::Rfc4180);
/// Aligned columns for people: rates that are fractions as percentages, an em dash for no value.
std::string formatTable(const KpiQuery& q, const std::vector<KpiRow>& rows);

/// The names beside the row's rep and area codes in JSON, which keeps the codes as the keys:
/// `, "rep_name": "Jan de Vries"` for each rep or area dimension of `by` (`null` when the file did
/// not name it); empty without one. Written after a row's values, so the keys before stay put.
std::string dimNamesJson(const std::vector<Dimension>& by, const KpiRow& row);
/// One KPI's value as `formatJson` writes it (`null` where undefined).
std::string jsonValue(KpiId kpi, const KpiValues& values);
/// One KPI's value as `formatTable` writes it (`12.3%`, `—` where undefined).
std::string tableValue(KpiId kpi, const KpiValues& values);
/// Every KPI of the catalogue as one JSON object, `{"visits": 120, ...}`, as a row of `formatJson`.
std::string jsonValues(const KpiValues& values);

}  // namespace salesops::kpi
