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

struct Rate {
  std::string_view name;
  unsigned sources;
  double (*numerator)(const KpiValues&);
  double (*denominator)(const KpiValues&);
};

constexpr unsigned V = kVisitSource, O = kOrderSource, A = kAddressSource, H = kAreaSource;

// clang-format off
const Rate kRates[] = {
    {"contact_rate", V, [](const KpiValues& v) { return double(v.d2dContacts); }, [](const KpiValues& v) { return double(v.d2dVisits); }},
    {"conversion", V | O, [](const KpiValues& v) { return double(v.orders); }, [](const KpiValues& v) { return double(v.contacts); }},
    {"hit_rate", V | O, [](const KpiValues& v) { return double(v.d2dOrders); }, [](const KpiValues& v) { return double(v.d2dVisits); }},
    {"cancel_rate", O, [](const KpiValues& v) { return double(v.cancelled); }, [](const KpiValues& v) { return double(v.orders); }},
    {"cancel_rate_14d", O, [](const KpiValues& v) { return double(v.cancelled14d); }, [](const KpiValues& v) { return double(v.orders14d); }},
    {"pre_install_churn", O, [](const KpiValues& v) { return double(v.preInstallCancelled); }, [](const KpiValues& v) { return double(v.orders); }},
    {"quote_conversion", V | O, [](const KpiValues& v) { return double(v.orders); }, [](const KpiValues& v) { return double(v.quotes); }},
    {"addresses_per_sale", A | O, [](const KpiValues& v) { return double(v.addresses); }, [](const KpiValues& v) { return double(v.d2dOrders); }},
    {"first_time_right", O, [](const KpiValues& v) { return double(v.ftrTrue); }, [](const KpiValues& v) { return double(v.ftrKnown); }},
    {"coverage", A | H, [](const KpiValues& v) { return double(v.addresses); }, [](const KpiValues& v) { return double(v.homesPassed); }},
    {"penetration", H, [](const KpiValues& v) { return double(v.activeInstalls.value_or(0)); }, [](const KpiValues& v) { return double(v.homesPassed); }},
    {"visits_per_hour", V, [](const KpiValues& v) { return double(v.visits); }, [](const KpiValues& v) { return v.fieldHours; }},
    {"orders_per_hour", V | O, [](const KpiValues& v) { return double(v.orders); }, [](const KpiValues& v) { return v.fieldHours; }},
};
// clang-format on

// The KPIs that only exist at the door (kpis.md): no value for a selection without the d2d channel,
// and in a mixed one they count the d2d part only (the rates above use the d2d counts).
constexpr std::string_view kDoorOnly[] = {"contact_rate", "hit_rate",           "addresses", "addresses_2x",
                                          "addresses_3x", "addresses_per_sale", "coverage"};

const Rate* findRate(std::string_view name) {
  for (const Rate& r : kRates)
    if (r.name == name) return &r;
  return nullptr;
}

struct Count {
  std::string_view name;
  unsigned source;
};
constexpr Count kCounts[] = {{"visits", V},
                             {"contacts", V},
                             {"pitches", V},
                             {"quotes", V},
                             {"orders", O},
                             {"cancelled", O},
                             {"pre_install_cancelled", O},
                             {"installed", O},
                             {"addresses", A},
                             {"addresses_2x", A},
                             {"addresses_3x", A},
                             {"revenue", O},
                             {"field_hours", V},
                             {"bundling_date", H}};

}  // namespace

bool doorOnly(std::string_view kpi) {
  return std::find(std::begin(kDoorOnly), std::end(kDoorOnly), kpi) != std::end(kDoorOnly);
}

unsigned sourcesOf(std::string_view kpi) {
  if (const Rate* r = findRate(kpi)) return r->sources;
  for (const Count& c : kCounts)
    if (c.name == kpi) return c.source;
  return 0;
}

std::optional<RateParts> KpiValues::parts(std::string_view name) const {
  const Rate* r = findRate(name);
  if (!r || (sources & r->sources) != r->sources) return std::nullopt;
  if (!atTheDoor && doorOnly(name)) return std::nullopt;
  if (name == "penetration" && !activeInstalls) return std::nullopt;
  return RateParts{r->numerator(*this), r->denominator(*this)};
}

KpiValue KpiValues::value(std::string_view name) const {
  if (findRate(name)) {
    const auto p = parts(name);
    if (!p || p->denominator <= 0) return std::monostate{};
    return p->numerator / p->denominator;
  }
  const unsigned source = sourcesOf(name);
  if (source == 0 || !(sources & source)) return std::monostate{};
  if (!atTheDoor && doorOnly(name)) return std::monostate{};
  if (name == "visits") return visits;
  if (name == "contacts") return contacts;
  if (name == "pitches") return pitches;
  if (name == "quotes") return quotes;
  if (name == "orders") return orders;
  if (name == "cancelled") return cancelled;
  if (name == "pre_install_cancelled") return preInstallCancelled;
  if (name == "installed") return installed;
  if (name == "addresses") return addresses;
  if (name == "addresses_2x") return addresses2x;
  if (name == "addresses_3x") return addresses3x;
  if (name == "revenue") return revenue;
  if (name == "field_hours") return fieldHours;
  if (name == "bundling_date" && bundlingDate) return *bundlingDate;
  return std::monostate{};
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
