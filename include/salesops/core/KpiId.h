// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "salesops/core/KpiCatalogue.h"

namespace salesops {

// Every KPI of the catalogue (src/core/KpiCatalogue.cpp), in catalogue order. The enumerators are the
// catalogue's names so that code reads like the contract; KpiCatalogue.cpp checks at compile time that
// this list and the catalogue agree, name for name and position for position.
#define SALESOPS_KPI_IDS(X) \
  X(visits)                 \
  X(contacts)               \
  X(pitches)                \
  X(quotes)                 \
  X(orders)                 \
  X(cancelled)              \
  X(pre_install_cancelled)  \
  X(installed)              \
  X(addresses)              \
  X(addresses_2x)           \
  X(addresses_3x)           \
  X(revenue)                \
  X(field_hours)            \
  X(contact_rate)           \
  X(conversion)             \
  X(hit_rate)               \
  X(cancel_rate)            \
  X(cancel_rate_14d)        \
  X(pre_install_churn)      \
  X(quote_conversion)       \
  X(addresses_per_sale)     \
  X(first_time_right)       \
  X(coverage)               \
  X(penetration)            \
  X(visits_per_hour)        \
  X(orders_per_hour)        \
  X(bundling_date)

/// A KPI named in code: a misspelt `KpiId::convrsion` does not compile, where a misspelt string
/// would only answer "no value" at run time. Names that come from users (--kpi, targets files,
/// settings) stay strings until kpiIdFromName() parses them.
enum class KpiId {
#define SALESOPS_KPI_ID_ENUMERATOR(name) name,
  SALESOPS_KPI_IDS(SALESOPS_KPI_ID_ENUMERATOR)
#undef SALESOPS_KPI_ID_ENUMERATOR
};

/// Every id in catalogue order, with the name each one stands for.
inline constexpr std::array kKpiIdNames = {
#define SALESOPS_KPI_ID_NAME(name) std::string_view(#name),
    SALESOPS_KPI_IDS(SALESOPS_KPI_ID_NAME)
#undef SALESOPS_KPI_ID_NAME
};
inline constexpr std::size_t kKpiIdCount = kKpiIdNames.size();

/// The catalogue's name of the KPI: the one spelling for SQL columns and JSON and CSV fields.
constexpr std::string_view kpiName(KpiId id) { return kKpiIdNames[static_cast<std::size_t>(id)]; }

/// The id of a KPI name; nullopt for a name that is no KPI (a typo in user input).
constexpr std::optional<KpiId> kpiIdFromName(std::string_view name) {
  for (std::size_t i = 0; i < kKpiIdCount; ++i)
    if (kKpiIdNames[i] == name) return static_cast<KpiId>(i);
  return std::nullopt;
}

/// The catalogue's definition of the KPI.
const KpiDefinition& kpiDefinition(KpiId id);

}  // namespace salesops
