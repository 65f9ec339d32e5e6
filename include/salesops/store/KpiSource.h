// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

namespace salesops::store {

/// The keys a fact query can group by (a bit set). The KPI engine maps them to its dimensions:
/// week, month and weekday are made from days, city from areas, team from reps.
enum FactKeyBit : unsigned {
  kKeyDay = 1u << 0,
  kKeyHour = 1u << 1,
  kKeyRep = 1u << 2,
  kKeyArea = 1u << 3,
  kKeyChannel = 1u << 4,
  kKeyProduct = 1u << 5,  ///< orders only; visits have no product
};

/// A group's key; the members not grouped by are 0 or empty.
struct FactKey {
  int32_t day = 0;  ///< days since 1970 (local)
  int32_t hour = 0;
  int64_t rep = 0;   ///< rep_code id
  int64_t area = 0;  ///< area_code id
  int32_t channel = 0;
  std::string product;
  auto operator<=>(const FactKey&) const = default;
};

/// A slice of the data: an inclusive day range, filters as id sets (nullopt = no filter, an empty
/// set = nothing passes) and the keys to group by. Ids are bound as a JSON array, never spliced.
struct FactQuery {
  int32_t fromDay = 0;
  int32_t toDay = 0;
  unsigned groupBy = 0;
  std::optional<std::vector<int64_t>> reps;
  std::optional<std::vector<int64_t>> areas;
  std::optional<std::vector<int64_t>> channels;
};

/// Rollup: visits from visit_rollup and rep_day, active installs from install_rollup. Raw: the same
/// numbers straight from visit, orders and cancellation (for checks and tests).
enum class FactPath { Rollup, Raw };

struct VisitFacts {
  FactKey key;
  int64_t visits = 0;
  int64_t notHome = 0;
  int64_t noInterest = 0;
  int64_t callback = 0;
  int64_t quote = 0;
  int64_t sale = 0;
  /// Each rep-day's field time (first to last visit + 5 minutes) shared evenly over its visits,
  /// summed over the group's visits.
  double fieldSeconds = 0;
  /// The d2d part (channel d2d): the door-only KPIs count it alone (kpis.md).
  int64_t d2dVisits = 0;
  int64_t d2dNotHome = 0;
  /// The other doorstep outcomes (with noInterest and callback: where a conversation ended).
  int64_t alreadyCustomer = 0;
  int64_t contractLockIn = 0;
};

/// Orders of the slice by order date; the cancellation and install counts are as of `asOfDay`.
struct OrderFacts {
  FactKey key;
  int64_t orders = 0;
  int64_t cancelled = 0;            ///< cancellation dated on or before as-of
  int64_t preInstallCancelled = 0;  ///< of those, no installed_at or cancelled before it
  int64_t installed = 0;            ///< installed on or before as-of and not cancelled by then
  int64_t revenueCents = 0;         ///< monthly fee of orders not cancelled by as-of
  int64_t ftrTrue = 0;
  int64_t ftrKnown = 0;
  int64_t orders14d = 0;     ///< ordered at least 14 days before as-of
  int64_t cancelled14d = 0;  ///< of those, cancelled at most 14 days after the order day
  int64_t d2dOrders = 0;     ///< orders of channel d2d (addresses per sale, hit rate)
};

/// One d2d visit's address, for distinct counting by the caller (which knows its buckets).
struct VisitAddress {
  int32_t day = 0;
  int32_t hour = 0;
  int64_t rep = 0;
  int64_t area = 0;
  std::string_view postcode;  ///< valid during the callback only
  int32_t houseNumber = 0;
  std::string_view addition;  ///< valid during the callback only
};

struct RepInfo {
  int64_t id = 0;
  std::string code;
  std::optional<std::string> team;  ///< nullopt: not in the reps file
  std::string name = {};            ///< from the reps file; empty when not in it
};

struct AreaInfo {
  int64_t id = 0;
  std::string code;
  std::optional<std::string> city;  ///< nullopt: not in the areas file
  int64_t homesPassed = 0;
  std::optional<double> bundlingThreshold;
  std::string name = {};  ///< from the areas file (its name column is optional); empty when not known
};

/// Active installs (installed and not cancelled) of one area at the end of one day.
struct ActiveInstalls {
  int32_t day = 0;
  int64_t area = 0;
  int64_t active = 0;
};

/// How finely a postcode breakdown groups: by the four digits (PC4, the neighbourhood) or by the
/// whole postcode (PC6, one side of a street).
enum class PostcodeLevel { Pc4, Pc6 };

/// One postcode's visits, orders and visited addresses in a slice. Visits and addresses group by
/// the visit's postcode, orders by the order's own; the key members of the facts are unused.
/// Field time is not shared out over postcodes (`fieldSeconds` stays 0).
struct PostcodeFacts {
  std::string postcode;  ///< PC4 or PC6; empty for visits and orders without one (htl, promo bus)
  VisitFacts visits;
  OrderFacts orders;
  int64_t addresses = 0;    ///< distinct d2d addresses visited
  int64_t addresses2x = 0;  ///< of those, visited at least twice
  int64_t addresses3x = 0;  ///< of those, visited at least three times
};

/// One order as the KPI engine tallies it (OrderTally), with its cancellation's time (if any).
struct OrderRow {
  int64_t orderedAt = 0;
  int64_t rep = 0;
  int64_t area = 0;
  int32_t channel = 0;
  std::optional<int64_t> feeCents, installedAt, firstTimeRight, cancelledAt;
  std::string product;
};

/// The read side for the KPI engine: plain structs out, every value bound, every SQL fragment
/// chosen from a fixed list by key, never built from a value.
class KpiSource {
 public:
  explicit KpiSource(Store& store, FactPath path = FactPath::Rollup) : store_(store), path_(path) {}

  FactPath path() const { return path_; }
  Result<std::vector<RepInfo>> reps() const;
  Result<std::vector<AreaInfo>> areas() const;
  /// Ignores kKeyProduct (visits have none).
  Result<std::vector<VisitFacts>> visits(const FactQuery& q) const;
  Result<std::vector<OrderFacts>> orders(const FactQuery& q, int32_t asOfDay) const;
  /// Calls `each` for every d2d visit of the slice (groupBy is ignored).
  Result<void> forEachAddress(const FactQuery& q, const std::function<void(const VisitAddress&)>& each) const;
  /// Active installs per area (of `areas`, nullopt = all) at the end of each of `days`.
  Result<std::vector<ActiveInstalls>> activeInstalls(const std::vector<int32_t>& days,
                                                     const std::optional<std::vector<int64_t>>& areas) const;
  /// The slice's visits, orders and addresses per postcode, sorted by postcode; groupBy is ignored.
  /// Meant for a short slice of one area (the drill-down): visits are read through the day zones,
  /// orders through orders_by_time, so the cost follows the period, not the size of the store.
  Result<std::vector<PostcodeFacts>> postcodes(const FactQuery& q, int32_t asOfDay, PostcodeLevel level) const;

  /// Keeps the orders of these days in memory, read once on the first order read inside them;
  /// later order reads inside the days with the same filters are answered from memory. A
  /// dashboard asks some twenty questions of overlapping periods, which otherwise read the same
  /// order rows twenty times. At most kMaxKeptDays days (longer spans are not kept). Days inside
  /// those already kept change nothing. Const as the kept rows are: they change no answer.
  void keepOrders(int32_t fromDay, int32_t toDay) const;
  /// Store::reader() (for a ReadSnapshot of the reads that follow).
  StoreReader& reader() const;
  static constexpr int32_t kMaxKeptDays = 180;

 private:
  struct KeptOrders {
    int32_t fromDay = 0;
    int32_t toDay = 0;
    bool loaded = false;
    FactQuery filters;           ///< the filters the rows were read with (days and groupBy unused)
    std::vector<OrderRow> rows;  ///< by orderedAt
  };
  /// The kept rows for `q`, loading them on first use; nullptr when `q` is outside the kept days
  /// or has other filters.
  Result<const std::vector<OrderRow>*> keptOrders(const FactQuery& q) const;

  Result<std::vector<VisitFacts>> rollupVisits(const FactQuery& q) const;
  Result<std::vector<VisitFacts>> inCodeOrder(std::vector<VisitFacts> facts, unsigned groupBy) const;
  Result<std::vector<OrderFacts>> orderRows(const FactQuery& q, int32_t asOfDay) const;

  Store& store_;
  FactPath path_;
  mutable std::optional<KeptOrders> kept_;
};

}  // namespace salesops::store
