// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/KpiId.h"
#include "salesops/core/Money.h"

namespace salesops::kpi {

/// A KPI's value: nothing (no value: zero denominator or not applicable), a count, a double (rates,
/// field_hours), money (revenue) or a date (bundling_date).
using KpiValue = std::variant<std::monostate, int64_t, double, Money, Date>;

/// Why a bundling date is missing (kpis.md): the threshold is reached, there is no growth, or the
/// date is not in sight (more than 5 years out, or fewer than 4 weeks of installs to project from).
enum class BundlingOutlook { Reached, NoGrowth, TooFarOut, TooFewWeeks };
std::string_view toString(BundlingOutlook o);

/// A rate's parts, so a reader can show n and grey out small denominators.
struct RateParts {
  double numerator = 0;
  double denominator = 0;
};

/// The sources a KPI reads (a bit set); see sourcesOf().
enum KpiSourceBit : unsigned { kVisitSource = 1, kOrderSource = 2, kAddressSource = 4, kAreaSource = 8 };
/// Which sources `kpi` needs.
unsigned sourcesOf(KpiId kpi);
/// Whether `kpi` only exists at the door (d2d): contact_rate, hit_rate, addresses*,
/// addresses_per_sale, coverage (kpis.md).
bool doorOnly(KpiId kpi);

/// Every count of one row, from which each rate follows. A source that was not read (not asked
/// for, or not applicable to the row such as visits by product) leaves its KPIs without a value.
struct KpiValues {
  unsigned sources = 0;  ///< the KpiSourceBits that were read for this row
  int64_t visits = 0;
  int64_t contacts = 0;
  int64_t pitches = 0;
  int64_t quotes = 0;
  /// Where the doorstep conversations that made no quote ended (outcomes of data-formats.md);
  /// contacts = noInterest + alreadyCustomer + contractLockIn + callbacks + quotes.
  int64_t noInterest = 0;
  int64_t alreadyCustomer = 0;
  int64_t contractLockIn = 0;
  int64_t callbacks = 0;
  int64_t orders = 0;
  int64_t cancelled = 0;
  int64_t preInstallCancelled = 0;
  int64_t installed = 0;
  int64_t addresses = 0;
  int64_t addresses2x = 0;
  int64_t addresses3x = 0;
  Money revenue;
  double fieldHours = 0;
  int64_t ftrTrue = 0;
  int64_t ftrKnown = 0;
  int64_t orders14d = 0;
  int64_t cancelled14d = 0;
  int64_t homesPassed = 0;
  std::optional<int64_t> activeInstalls;  ///< nullopt when penetration does not apply to the row
  std::optional<Date> bundlingDate;
  /// Why the row has no bundling date although its area has a threshold (BundlingOutlook::NotInSight).
  std::optional<BundlingOutlook> bundlingOutlook;
  /// The d2d part of the counts: door-only KPIs (contact_rate, hit_rate, addresses*,
  /// addresses_per_sale, coverage) count it alone, as no door is rung at a stand or on the bus.
  int64_t d2dVisits = 0;
  int64_t d2dContacts = 0;
  int64_t d2dOrders = 0;
  /// The row's selection includes the d2d channel (no channel filter or dimension leaves it out);
  /// door-only KPIs have no value otherwise.
  bool atTheDoor = true;

  /// The value of a KPI; monostate for no value.
  KpiValue value(KpiId id) const;
  /// The value of the catalogue KPI `name` (from data or users: a tile, a --kpi, a catalogue walk);
  /// monostate for no value or an unknown name.
  KpiValue value(std::string_view name) const;
  /// A KPI named in code is a KpiId, so that a typo does not compile: a string literal is refused.
  template <std::size_t N>
  KpiValue value(const char (&literal)[N]) const = delete;

  /// A rate's numerator and denominator; nullopt for counts or sources not read.
  std::optional<RateParts> parts(KpiId id) const;
  /// As parts(KpiId) for a name from data or users; nullopt for an unknown name too.
  std::optional<RateParts> parts(std::string_view name) const;
  template <std::size_t N>
  std::optional<RateParts> parts(const char (&literal)[N]) const = delete;
};

/// One dimension value: text, or a number for hour and weekday (sorted as numbers). A rep or area
/// also carries its name from the reps or areas file, for people (memberLabel); the text (its code)
/// stays the key, so two values compare by text and number only.
struct DimValue {
  std::string text;
  std::optional<int64_t> number;
  std::string name = {};  ///< rep and area only: the name, empty when not known
  bool operator==(const DimValue& o) const { return text == o.text && number == o.number; }
  bool operator<(const DimValue& o) const {
    if (number && o.number) return *number < *o.number;
    return text < o.text;
  }
};

/// A result row: the dimension values in the order of KpiQuery::by, the values, and with a
/// comparison the values of the compared period.
struct KpiRow {
  std::vector<DimValue> dims;
  KpiValues now;
  std::optional<KpiValues> prev;
};

}  // namespace salesops::kpi
