// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/KpiNames.h"

#include <vector>

#include "salesops/core/KpiCatalogue.h"

namespace salesops {

// The names are the catalogue's counts and rates (a date such as bundling_date is no target metric).
std::span<const std::string_view> kpiNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const KpiDefinition& d : kpiCatalogue())
      if (d.kind != KpiKind::Date) out.push_back(d.name);
    return out;
  }();
  return names;
}

bool isKpiName(std::string_view name) {
  const KpiDefinition* d = findKpi(name);
  return d && d->kind != KpiKind::Date;
}

bool isRateKpi(std::string_view name) {
  const KpiDefinition* d = findKpi(name);
  return d && d->kind == KpiKind::Rate;
}

}  // namespace salesops
