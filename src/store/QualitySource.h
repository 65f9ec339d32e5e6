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

/// The queries, each with its (parameters) in order, both stores numbering them 1, 2, ..., and its
/// columns: row queries return the offending rows in id order with the rep's code; count queries
/// (rep code, visits) come from the rollups; day queries list the first days with such visits. The
/// list is written once, here: the enum and each store's table of SQL texts (`k` + the name) are
/// made from it, so they cannot disagree in order or length.
#define SALESOPS_QUALITY_SQL(X)                                                                            \
  X(OrdersWithoutVisit)           /* order_id, ordered_at, rep code */                                     \
  X(InstalledBeforeOrdered)       /* order_id, ordered_at, installed_at, rep code */                       \
  X(CancellationsOfUnknownOrders) /* order_id, cancelled_at, NULL */                                       \
  X(CancelledBeforeOrdered)       /* order_id, ordered_at, cancelled_at, rep code */                       \
  X(FutureOrders)                 /* (first future second) order_id, ordered_at, installed_at, rep code */ \
  X(FutureCancellations)          /* (first future second) order_id, cancelled_at, rep code */             \
  X(OrdersOfUnknownReps)          /* order_id, rep code */                                                 \
  X(OrdersInUnknownAreas)         /* order_id, area code, rep code */                                      \
  X(OrdersAndTheirVisits)         /* order_id, visit_id, the visit's outcome or NULL, rep code */          \
  X(LiveOrdersByAddress)          /* postcode, house_number, addition, ordered_at, order_id, rep id */     \
  X(RepCodes)                     /* rep id, code */                                                       \
  X(FutureVisitCounts)            /* (as-of day) rep code, visits */                                       \
  X(UnknownRepVisitCounts)        /* rep code, visits */                                                   \
  X(UnknownAreaVisitCounts)       /* rep code, visits */                                                   \
  X(InactiveVisitCounts)          /* rep code, visits */                                                   \
  X(FutureVisitDays)              /* (as-of day, how many) day */                                          \
  X(UnknownRepVisitDays)          /* (how many) day */                                                     \
  X(UnknownAreaVisitDays)         /* (how many) day */                                                     \
  X(InactiveVisitDays)            /* (how many) day */                                                     \
  X(FutureVisits)                 /* visits of a day: visit_id, visited_at, rep code */                    \
  X(UnknownRepVisits)             /* visits of a day: visit_id, rep code */                                \
  X(UnknownAreaVisits)            /* visits of a day: visit_id, area code, rep code */                     \
  X(InactiveVisits)               /* visits of a day: visit_id, visited_at, rep code, active_from, active_to */
enum class QualitySql {
#define SALESOPS_QUALITY_ENUM(name) name,
  SALESOPS_QUALITY_SQL(SALESOPS_QUALITY_ENUM)
#undef SALESOPS_QUALITY_ENUM
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
