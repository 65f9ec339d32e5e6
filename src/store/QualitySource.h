// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the data-quality queries read their rows: one SQL text per query and store kind, run in
// one read snapshot. QualityQueries holds the logic (counts per rep, examples, double orders);
// a source only runs the query it is named and hands over the rows, so the SQLite file and the
// team server find the same problems in the same words.

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "salesops/core/Result.h"

namespace salesops::store {

/// One row of a quality query, whichever store it came from.
class QualityRow {
 public:
  virtual ~QualityRow() = default;
  virtual bool isNull(int col) const = 0;
  virtual std::string_view text(int col) const = 0;
  virtual int64_t int64(int col) const = 0;
};

/// The queries, each with its parameters in order (both stores number them 1, 2, ...). Row queries
/// return the offending rows in id order with the rep's code; count queries (rep code, visits)
/// from the rollups; day queries the first days with such visits.
enum class QualitySql {
  OrdersWithoutVisit,            ///< order_id, ordered_at, rep code
  InstalledBeforeOrdered,        ///< order_id, ordered_at, installed_at, rep code
  CancellationsOfUnknownOrders,  ///< order_id, cancelled_at, NULL
  CancelledBeforeOrdered,        ///< order_id, ordered_at, cancelled_at, rep code
  FutureOrders,                  ///< (first future second) order_id, ordered_at, installed_at, rep code
  FutureCancellations,           ///< (first future second) order_id, cancelled_at, rep code
  OrdersOfUnknownReps,           ///< order_id, rep code
  OrdersInUnknownAreas,          ///< order_id, area code, rep code
  OrdersAndTheirVisits,          ///< order_id, visit_id, the visit's outcome or NULL, rep code
  LiveOrdersByAddress,           ///< postcode, house_number, addition, ordered_at, order_id, rep id
  RepCodes,                      ///< rep id, code
  FutureVisitCounts,             ///< (as-of day) rep code, visits
  UnknownRepVisitCounts,         ///< rep code, visits
  UnknownAreaVisitCounts,        ///< rep code, visits
  InactiveVisitCounts,           ///< rep code, visits
  FutureVisitDays,               ///< (as-of day, how many) day
  UnknownRepVisitDays,           ///< (how many) day
  UnknownAreaVisitDays,          ///< (how many) day
  InactiveVisitDays,             ///< (how many) day
  FutureVisits,                  ///< visits of a day: visit_id, visited_at, rep code
  UnknownRepVisits,              ///< visits of a day: visit_id, rep code
  UnknownAreaVisits,             ///< visits of a day: visit_id, area code, rep code
  InactiveVisits,                ///< visits of a day: visit_id, visited_at, rep code, active_from, active_to
};

class QualitySource {
 public:
  using EachRow = std::function<void(const QualityRow&)>;
  virtual ~QualitySource() = default;
  /// Runs `q` with `params` and calls `row` for each row. `what` names the query in errors.
  virtual Result<void> each(std::string_view what, QualitySql q, const std::vector<int64_t>& params,
                            const EachRow& row) = 0;
  /// Runs the visits query `q` for one day (local day number), at most `limit` rows in visit_id order,
  /// each read the store's quickest way (SQLite: the day's zone of ids; a server: the time index).
  virtual Result<void> visitsOfDay(std::string_view what, QualitySql q, int64_t day, int64_t limit,
                                   const EachRow& row) = 0;
};

}  // namespace salesops::store
