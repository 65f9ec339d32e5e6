// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

namespace salesops::store {

class QualityRow;
class QualitySource;
enum class QualitySql;

/// Rows of one data-quality query that concern one rep.
struct QualityRepCount {
  std::string rep;  ///< the rep id as imported
  int64_t count = 0;
};

/// One offending row (or, for duplicates, one group of rows).
struct QualityExample {
  std::string id;     ///< visit_id, order_id, or the address of a group
  std::string value;  ///< the offending values, e.g. `visit_id V000000123` or `ordered_at ..., installed_at ...`
  std::string rep;    ///< the rep(s) concerned; empty when not known
};

/// What one data-quality query found: the number of offending rows, how they split over reps (rows
/// whose rep cannot be known, such as cancellations of unknown orders, are in `count` only) and
/// the first few, in id order.
struct QualityRows {
  int64_t count = 0;
  std::vector<QualityRepCount> reps;
  std::vector<QualityExample> examples;
};

/// The set-based queries behind the data-quality check, on either kind of store (the SQL of each is
/// in src/store/SqliteQualitySource.cpp and src/store/pg/PgQualitySource.cpp). Each one reads the
/// primary keys, the rollups (visit_rollup, rep_day; on SQLite visit_zone) or one pass over the
/// orders or cancellations, never the whole visit table, so the check stays fast on ten million visits. Queries over
/// orders and cancellations return only the offending rows, which give counts and examples in one pass; visit counts
/// come from the rollups, and visit examples are read through the day zones. All queries of one object run in one read
/// transaction: they see the same data even while an import commits.
class QualityQueries {
 public:
  /// `asOf`: the day the data is seen from; anything dated after it is in the future.
  static Result<std::unique_ptr<QualityQueries>> open(Store& store, Date asOf, int maxExamples = 5);
  ~QualityQueries();
  QualityQueries(const QualityQueries&) = delete;
  QualityQueries& operator=(const QualityQueries&) = delete;

  /// Orders whose visit_id is given but not among the visits.
  Result<QualityRows> ordersWithUnknownVisit();
  /// Orders without a visit_id (allowed by the file format).
  Result<QualityRows> ordersWithoutVisit();
  /// Orders whose visit's outcome is not `sale`.
  Result<QualityRows> ordersOnVisitWithoutSale();
  /// Orders with installed_at before ordered_at.
  Result<QualityRows> installedBeforeOrdered();
  /// Cancellations whose order_id is not among the orders.
  Result<QualityRows> cancellationsOfUnknownOrders();
  /// Cancellations dated before their order.
  Result<QualityRows> cancelledBeforeOrdered();
  /// Visits on a day after asOf.
  Result<QualityRows> futureVisits();
  /// Orders ordered or installed after asOf.
  Result<QualityRows> futureOrders();
  /// Cancellations dated after asOf.
  Result<QualityRows> futureCancellations();
  /// Visits and orders whose rep is not in the reps file.
  Result<QualityRows> unknownReps();
  /// Visits and orders whose area is not in the areas file.
  Result<QualityRows> unknownAreas();
  /// Visits on days outside their rep's active_from..active_to.
  Result<QualityRows> visitsOutsideActivePeriod();
  /// Orders at an address (postcode, house number, addition) that has another order, not cancelled
  /// either, ordered less than `withinDays` days before or after it. Examples are one per address.
  Result<QualityRows> doubleOrders(int withinDays);

 private:
  using ExampleOf = std::function<QualityExample(const QualityRow&)>;
  struct VisitLinks {
    QualityRows unknown;
    QualityRows notSale;
  };

  QualityQueries(std::unique_ptr<QualitySource> source, Date asOf, int maxExamples);
  /// The first second after asOf, local time.
  int64_t futureFrom() const { return (static_cast<int64_t>(asOf_.days()) + 1) * 86400; }
  /// Adds each row of `q` to `out`: one row per offending row, the rep's code in column `repCol`,
  /// the first ones as examples.
  Result<void> addRows(std::string_view what, QualitySql q, const std::vector<int64_t>& params, int repCol,
                       const ExampleOf& exampleOf, QualityRows& out);
  /// Adds the (rep code, count) rows of `q` to `out`.
  Result<void> addCounts(std::string_view what, QualitySql q, const std::vector<int64_t>& params, QualityRows& out);
  /// Adds examples from the visits (`visits`) of the days `days` lists (`dayParams`, then how many
  /// days at most).
  Result<void> addVisitExamples(std::string_view what, QualitySql days, std::vector<int64_t> dayParams,
                                QualitySql visits, const ExampleOf& exampleOf, QualityRows& out);
  /// Finds orders with an unknown visit and orders on a visit without a sale, once, in one pass.
  Result<void> linkOrdersToVisits();

  std::unique_ptr<QualitySource> source_;
  Date asOf_;
  int maxExamples_;
  std::optional<VisitLinks> visitLinks_;
};

}  // namespace salesops::store
