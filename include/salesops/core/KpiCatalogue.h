// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace salesops {

/// Counts are whole numbers (revenue in cents, field_hours in hours); rates are a numerator over a
/// denominator; the projected bundling date is a date.
enum class KpiKind { Count, Rate, Date };

/// One KPI of the definitions (spec kpis.md). The engine, the command line, the window and the
/// exports all take the name and texts from here, so one KPI has one name and one definition.
struct KpiDefinition {
  std::string_view name;  ///< as in SQL, C++, JSON and UI: `conversion`
  KpiKind kind = KpiKind::Count;
  /// Rates only: true for fractions 0..1 (shown as a percentage), false for paces such as
  /// visits_per_hour or addresses_per_sale.
  bool fraction = false;
  std::string_view numerator;    ///< rates: what is counted on top (a KPI name where there is one)
  std::string_view denominator;  ///< rates: what it is divided by
  std::string_view formula;      ///< `orders / contacts`
  std::string_view definitionEn;
  std::string_view definitionNl;
};

/// Every KPI, counts first, then rates, then dates; this is also the order of output columns.
std::span<const KpiDefinition> kpiCatalogue();
/// nullptr when no KPI has that name.
const KpiDefinition* findKpi(std::string_view name);

}  // namespace salesops
