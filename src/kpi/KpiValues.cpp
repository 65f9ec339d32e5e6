// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each catalogue KPI as a function of a row's counts: the one place where a rate's numerator and
// denominator are spelled out, for the engine, the command line and the window alike.
#include <algorithm>
#include <iterator>
#include <string>

#include "salesops/kpi/KpiRow.h"

namespace salesops::kpi {
namespace {

constexpr unsigned V = kVisitSource, O = kOrderSource, A = kAddressSource, H = kAreaSource;

// What a KPI reads and how it follows from a row: a count's value, or a rate's parts.
struct Formula {
  unsigned sources;
  KpiValue count;
  std::optional<RateParts> rate = std::nullopt;
};

RateParts over(double numerator, double denominator) { return {numerator, denominator}; }
RateParts over(int64_t numerator, int64_t denominator) {
  return {static_cast<double>(numerator), static_cast<double>(denominator)};
}

// A switch without a default, so that -Wswitch names a KPI added to KpiId.h but not here.
// clang-format off
Formula formula(const KpiValues& v, KpiId id) {
  switch (id) {
    case KpiId::visits: return {V, v.visits};
    case KpiId::contacts: return {V, v.contacts};
    case KpiId::pitches: return {V, v.pitches};
    case KpiId::quotes: return {V, v.quotes};
    case KpiId::orders: return {O, v.orders};
    case KpiId::cancelled: return {O, v.cancelled};
    case KpiId::pre_install_cancelled: return {O, v.preInstallCancelled};
    case KpiId::installed: return {O, v.installed};
    case KpiId::addresses: return {A, v.addresses};
    case KpiId::addresses_2x: return {A, v.addresses2x};
    case KpiId::addresses_3x: return {A, v.addresses3x};
    case KpiId::revenue: return {O, v.revenue};
    case KpiId::field_hours: return {V, v.fieldHours};
    case KpiId::contact_rate: return {V, {}, over(v.d2dContacts, v.d2dVisits)};
    case KpiId::conversion: return {V | O, {}, over(v.orders, v.contacts)};
    case KpiId::hit_rate: return {V | O, {}, over(v.d2dOrders, v.d2dVisits)};
    case KpiId::cancel_rate: return {O, {}, over(v.cancelled, v.orders)};
    case KpiId::cancel_rate_14d: return {O, {}, over(v.cancelled14d, v.orders14d)};
    case KpiId::pre_install_churn: return {O, {}, over(v.preInstallCancelled, v.orders)};
    case KpiId::quote_conversion: return {V | O, {}, over(v.orders, v.quotes)};
    case KpiId::addresses_per_sale: return {A | O, {}, over(v.addresses, v.d2dOrders)};
    case KpiId::first_time_right: return {O, {}, over(v.ftrTrue, v.ftrKnown)};
    case KpiId::coverage: return {A | H, {}, over(v.addresses, v.homesPassed)};
    // Penetration belongs to areas only: a row without active installs has no value, not 0.
    case KpiId::penetration:
      if (!v.activeInstalls) return {H, {}};
      return {H, {}, over(*v.activeInstalls, v.homesPassed)};
    case KpiId::visits_per_hour: return {V, {}, over(static_cast<double>(v.visits), v.fieldHours)};
    case KpiId::orders_per_hour: return {V | O, {}, over(static_cast<double>(v.orders), v.fieldHours)};
    case KpiId::bundling_date: return {H, v.bundlingDate ? KpiValue(*v.bundlingDate) : KpiValue{}};
  }
  return {0, KpiValue{}};
}
// clang-format on

// The KPIs that only exist at the door (kpis.md): no value for a selection without the d2d channel,
// and in a mixed one they count the d2d part only (the rates above use the d2d counts).
constexpr KpiId kDoorOnly[] = {KpiId::contact_rate, KpiId::hit_rate,           KpiId::addresses, KpiId::addresses_2x,
                               KpiId::addresses_3x, KpiId::addresses_per_sale, KpiId::coverage};

}  // namespace

bool doorOnly(KpiId kpi) { return std::find(std::begin(kDoorOnly), std::end(kDoorOnly), kpi) != std::end(kDoorOnly); }

unsigned sourcesOf(KpiId kpi) { return formula(KpiValues{}, kpi).sources; }

std::optional<RateParts> KpiValues::parts(KpiId id) const {
  const Formula f = formula(*this, id);
  if (!f.rate || (sources & f.sources) != f.sources) return std::nullopt;
  if (!atTheDoor && doorOnly(id)) return std::nullopt;
  return f.rate;
}

KpiValue KpiValues::value(KpiId id) const {
  const Formula f = formula(*this, id);
  if ((sources & f.sources) != f.sources || (!atTheDoor && doorOnly(id))) return std::monostate{};
  if (!f.rate) return f.count;
  if (f.rate->denominator <= 0) return std::monostate{};
  return f.rate->numerator / f.rate->denominator;
}

KpiValue KpiValues::value(std::string_view name) const {
  const auto id = kpiIdFromName(name);
  return id ? value(*id) : KpiValue{};
}

std::optional<RateParts> KpiValues::parts(std::string_view name) const {
  const auto id = kpiIdFromName(name);
  return id ? parts(*id) : std::nullopt;
}

std::string_view toString(BundlingOutlook o) {
  switch (o) {
    case BundlingOutlook::Reached:
      return "reached";
    case BundlingOutlook::NoGrowth:
      return "no_growth";
    case BundlingOutlook::TooFarOut:
      return "more_than_5_years";
    case BundlingOutlook::TooFewWeeks:
      return "fewer_than_4_weeks";
  }
  return "";
}

}  // namespace salesops::kpi
