// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/KpiQuery.h"

#include <array>

namespace salesops::kpi {
namespace {

constexpr std::array<Dimension, 11> kDimensions = {
    Dimension::Day, Dimension::Week,    Dimension::Month, Dimension::Area,    Dimension::City,   Dimension::Team,
    Dimension::Rep, Dimension::Channel, Dimension::Hour,  Dimension::Weekday, Dimension::Product};
constexpr std::array<std::string_view, 11> kDimensionNames = {"day", "week",    "month", "area",    "city",   "team",
                                                              "rep", "channel", "hour",  "weekday", "product"};
constexpr std::array<std::string_view, 3> kComparisonNames = {"previous", "last-week", "last-year"};

}  // namespace

std::string_view toString(Dimension d) { return kDimensionNames[static_cast<size_t>(d)]; }

std::optional<Dimension> dimensionFromString(std::string_view name) {
  for (size_t i = 0; i < kDimensions.size(); ++i)
    if (kDimensionNames[i] == name) return kDimensions[i];
  return std::nullopt;
}

std::span<const Dimension> allDimensions() { return kDimensions; }

std::string_view toString(Comparison c) { return kComparisonNames[static_cast<size_t>(c)]; }

std::optional<Comparison> comparisonFromString(std::string_view name) {
  for (size_t i = 0; i < kComparisonNames.size(); ++i)
    if (kComparisonNames[i] == name) return static_cast<Comparison>(i);
  return std::nullopt;
}

ComparedPeriod comparedPeriod(const Period& current, Date asOf, Comparison c) {
  int offset = 0;
  switch (c) {
    case Comparison::Previous:
      offset = current.lengthDays();
      break;
    case Comparison::LastWeek:
      offset = 7;
      break;
    case Comparison::LastYear:
      offset = 364;
      break;
  }
  return {current.shifted(-offset), asOf.addDays(-offset), offset};
}

}  // namespace salesops::kpi
