// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/QualityQueries.h"

#include <algorithm>
#include <map>

#include "QualitySource.h"

#include "salesops/core/Enums.h"
#include "salesops/store/StoreReader.h"

namespace salesops::store {
namespace {

std::string at(int64_t seconds) { return DateTime::fromSeconds(seconds).toString(); }
std::string str(std::string_view s) { return std::string(s); }
std::string textOrEmpty(const QualityRow& s, int col) { return s.isNull(col) ? std::string() : str(s.text(col)); }

/// Adds `n` rows of `rep` to `out`; rows of an unknown rep (empty) count in the total only.
void addRepCount(std::string_view rep, int64_t n, QualityRows& out) {
  if (n == 0) return;
  out.count += n;
  if (rep.empty()) return;
  auto it = std::find_if(out.reps.begin(), out.reps.end(), [&](const QualityRepCount& r) { return r.rep == rep; });
  if (it == out.reps.end())
    out.reps.push_back({str(rep), n});
  else
    it->count += n;
}

std::string outcomeName(int64_t v) {
  return v >= 0 && v <= static_cast<int>(Outcome::Sale) ? str(toString(static_cast<Outcome>(v))) : std::to_string(v);
}

std::string dayOrOpen(const QualityRow& s, int col) {
  return s.isNull(col) ? std::string("...") : Date::fromDays(static_cast<int32_t>(s.int64(col))).toString();
}

}  // namespace

QualityQueries::QualityQueries(std::unique_ptr<QualitySource> source, Date asOf, int maxExamples)
    : source_(std::move(source)), asOf_(asOf), maxExamples_(std::max(0, maxExamples)) {}

Result<std::unique_ptr<QualityQueries>> QualityQueries::open(Store& store, Date asOf, int maxExamples) {
  auto source = store.reader().qualitySource();
  if (!source) return source.error();
  return std::unique_ptr<QualityQueries>(new QualityQueries(std::move(*source), asOf, maxExamples));
}

QualityQueries::~QualityQueries() = default;

Result<void> QualityQueries::addRows(std::string_view what, QualitySql q, const std::vector<int64_t>& params,
                                     int repCol, const ExampleOf& exampleOf, QualityRows& out) {
  return source_->each(what, q, params, [&](const QualityRow& s) {
    addRepCount(s.isNull(repCol) ? std::string_view() : s.text(repCol), 1, out);
    if (static_cast<int>(out.examples.size()) < maxExamples_) out.examples.push_back(exampleOf(s));
  });
}

Result<void> QualityQueries::addCounts(std::string_view what, QualitySql q, const std::vector<int64_t>& params,
                                       QualityRows& out) {
  return source_->each(what, q, params, [&](const QualityRow& s) {
    addRepCount(s.isNull(0) ? std::string_view() : s.text(0), s.int64(1), out);
  });
}

// Visits are found through the rollups (which days) and then read day by day, each day the store's
// quickest way; the visit table is never scanned whole.
Result<void> QualityQueries::addVisitExamples(std::string_view what, QualitySql days, std::vector<int64_t> dayParams,
                                              QualitySql visits, const ExampleOf& exampleOf, QualityRows& out) {
  if (out.count == 0 || static_cast<int>(out.examples.size()) >= maxExamples_) return {};
  std::vector<int64_t> found;
  dayParams.push_back(maxExamples_);
  if (auto r = source_->each(what, days, dayParams, [&](const QualityRow& s) { found.push_back(s.int64(0)); }); !r)
    return r;
  for (int64_t day : found) {
    const int64_t wanted = maxExamples_ - static_cast<int64_t>(out.examples.size());
    if (wanted <= 0) break;
    if (auto r = source_->visitsOfDay(what, visits, day, wanted,
                                      [&](const QualityRow& s) { out.examples.push_back(exampleOf(s)); });
        !r)
      return r;
  }
  return {};
}

// Orders with an unknown visit and orders on a visit without a sale both look their visit up by
// primary key, the dearest step of the check: one pass over the orders finds both.
Result<void> QualityQueries::linkOrdersToVisits() {
  if (visitLinks_) return {};
  VisitLinks links;
  if (auto r = source_->each("orders and their visits", QualitySql::OrdersAndTheirVisits, {},
                             [&](const QualityRow& s) {
                               const bool unknown =
                                   s.isNull(2);  // outcome is NOT NULL in the table: NULL means no visit
                               QualityRows& out = unknown ? links.unknown : links.notSale;
                               addRepCount(s.isNull(3) ? std::string_view() : s.text(3), 1, out);
                               if (static_cast<int>(out.examples.size()) >= maxExamples_) return;
                               std::string value = "visit_id " + str(s.text(1));
                               if (!unknown) value += ", outcome " + outcomeName(s.int64(2));
                               out.examples.push_back({str(s.text(0)), std::move(value), textOrEmpty(s, 3)});
                             });
      !r)
    return r;
  visitLinks_ = std::move(links);
  return {};
}

Result<QualityRows> QualityQueries::ordersWithUnknownVisit() {
  if (auto r = linkOrdersToVisits(); !r) return r.error();
  return visitLinks_->unknown;
}

Result<QualityRows> QualityQueries::ordersOnVisitWithoutSale() {
  if (auto r = linkOrdersToVisits(); !r) return r.error();
  return visitLinks_->notSale;
}

Result<QualityRows> QualityQueries::ordersWithoutVisit() {
  QualityRows out;
  if (auto r = addRows(
          "orders without a visit", QualitySql::OrdersWithoutVisit, {}, 2,
          [](const QualityRow& s) {
            return QualityExample{str(s.text(0)), "ordered_at " + at(s.int64(1)), textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::installedBeforeOrdered() {
  QualityRows out;
  if (auto r = addRows(
          "installed before ordered", QualitySql::InstalledBeforeOrdered, {}, 3,
          [](const QualityRow& s) {
            return QualityExample{str(s.text(0)), "ordered_at " + at(s.int64(1)) + ", installed_at " + at(s.int64(2)),
                                  textOrEmpty(s, 3)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::cancellationsOfUnknownOrders() {
  QualityRows out;
  if (auto r = addRows(
          "cancellations of unknown orders", QualitySql::CancellationsOfUnknownOrders, {}, 2,
          [](const QualityRow& s) {
            return QualityExample{str(s.text(0)), "cancelled_at " + at(s.int64(1)), {}};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::cancelledBeforeOrdered() {
  QualityRows out;
  if (auto r = addRows(
          "cancelled before ordered", QualitySql::CancelledBeforeOrdered, {}, 3,
          [](const QualityRow& s) {
            return QualityExample{str(s.text(0)), "ordered_at " + at(s.int64(1)) + ", cancelled_at " + at(s.int64(2)),
                                  textOrEmpty(s, 3)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::futureVisits() {
  QualityRows out;
  if (auto r = addCounts("visits in the future", QualitySql::FutureVisitCounts, {asOf_.days()}, out); !r)
    return r.error();
  if (auto r = addVisitExamples(
          "visits in the future", QualitySql::FutureVisitDays, {asOf_.days()}, QualitySql::FutureVisits,
          [](const QualityRow& s) {
            return QualityExample{str(s.text(0)), "visited_at " + at(s.int64(1)), textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::futureOrders() {
  QualityRows out;
  if (auto r = addRows(
          "orders in the future", QualitySql::FutureOrders, {futureFrom()}, 3,
          [cutoff = futureFrom()](const QualityRow& s) {
            const bool ordered = s.int64(1) >= cutoff;
            return QualityExample{str(s.text(0)),
                                  ordered ? "ordered_at " + at(s.int64(1)) : "installed_at " + at(s.int64(2)),
                                  textOrEmpty(s, 3)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::futureCancellations() {
  QualityRows out;
  if (auto r = addRows(
          "cancellations in the future", QualitySql::FutureCancellations, {futureFrom()}, 2,
          [](const QualityRow& s) {
            return QualityExample{str(s.text(0)), "cancelled_at " + at(s.int64(1)), textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::unknownReps() {
  QualityRows out;
  auto example = [](const QualityRow& s) {
    return QualityExample{str(s.text(0)), "rep_id " + textOrEmpty(s, 1), textOrEmpty(s, 1)};
  };
  // Visits first (counts from the rollup, examples by day), then orders.
  if (auto r = addCounts("unknown reps", QualitySql::UnknownRepVisitCounts, {}, out); !r) return r.error();
  if (auto r = addVisitExamples("unknown reps", QualitySql::UnknownRepVisitDays, {}, QualitySql::UnknownRepVisits,
                                example, out);
      !r)
    return r.error();
  if (auto r = addRows("unknown reps", QualitySql::OrdersOfUnknownReps, {}, 1, example, out); !r) return r.error();
  return out;
}

Result<QualityRows> QualityQueries::unknownAreas() {
  QualityRows out;
  auto example = [](const QualityRow& s) {
    return QualityExample{str(s.text(0)), "area " + textOrEmpty(s, 1), textOrEmpty(s, 2)};
  };
  if (auto r = addCounts("unknown areas", QualitySql::UnknownAreaVisitCounts, {}, out); !r) return r.error();
  if (auto r = addVisitExamples("unknown areas", QualitySql::UnknownAreaVisitDays, {}, QualitySql::UnknownAreaVisits,
                                example, out);
      !r)
    return r.error();
  if (auto r = addRows("unknown areas", QualitySql::OrdersInUnknownAreas, {}, 2, example, out); !r) return r.error();
  return out;
}

Result<QualityRows> QualityQueries::visitsOutsideActivePeriod() {
  QualityRows out;
  if (auto r = addCounts("visits outside the rep's active period", QualitySql::InactiveVisitCounts, {}, out); !r)
    return r.error();
  if (auto r = addVisitExamples(
          "visits outside the rep's active period", QualitySql::InactiveVisitDays, {}, QualitySql::InactiveVisits,
          [](const QualityRow& s) {
            return QualityExample{
                str(s.text(0)),
                "visited_at " + at(s.int64(1)) + ", active " + dayOrOpen(s, 3) + " to " + dayOrOpen(s, 4),
                textOrEmpty(s, 2)};
          },
          out);
      !r)
    return r.error();
  return out;
}

Result<QualityRows> QualityQueries::doubleOrders(int withinDays) {
  // The live orders (not cancelled, with an address) sorted by address and time; each is compared
  // with its neighbours at the same address here, as the rows stream by. One sort, no self-join,
  // and about half the time of SQL window functions (lag/lead) on the same sort.
  const int64_t window = static_cast<int64_t>(withinDays) * 86400;

  struct Live {
    int64_t at;
    std::string id;
    int64_t rep;
  };
  struct Shown {
    QualityExample example;
    std::vector<int64_t> reps;  // in order of appearance, once each
  };
  std::vector<Live> group;  // the orders at one address
  std::string postcode, addition;
  int64_t house = -1;
  std::map<int64_t, int64_t> perRep;
  std::vector<Shown> shown;
  QualityRows out;

  auto closeGroup = [&] {
    Shown* example = nullptr;
    for (size_t i = 0; i < group.size(); ++i) {
      const bool nearPrev = i > 0 && group[i].at - group[i - 1].at < window;
      const bool nearNext = i + 1 < group.size() && group[i + 1].at - group[i].at < window;
      if (!nearPrev && !nearNext) continue;
      ++out.count;
      ++perRep[group[i].rep];
      if (!example) {
        if (static_cast<int>(shown.size()) >= maxExamples_) continue;
        example = &shown.emplace_back();
        example->example.id = postcode + " " + std::to_string(house) + (addition.empty() ? "" : " " + addition);
      }
      std::string& value = example->example.value;
      value += (value.empty() ? "" : ", ") + group[i].id + " on " + at(group[i].at).substr(0, 10);
      if (std::find(example->reps.begin(), example->reps.end(), group[i].rep) == example->reps.end())
        example->reps.push_back(group[i].rep);
    }
  };

  if (auto r = source_->each("double orders", QualitySql::LiveOrdersByAddress, {},
                             [&](const QualityRow& s) {
                               if (s.text(0) != postcode || s.int64(1) != house || s.text(2) != addition) {
                                 closeGroup();
                                 group.clear();
                                 postcode = str(s.text(0));
                                 house = s.int64(1);
                                 addition = str(s.text(2));
                               }
                               group.push_back({s.int64(3), str(s.text(4)), s.int64(5)});
                             });
      !r)
    return r.error();
  closeGroup();

  // Rep ids to codes (a few hundred reps at most).
  std::map<int64_t, std::string> codes;
  if (auto r = source_->each("double orders", QualitySql::RepCodes, {},
                             [&](const QualityRow& s) { codes[s.int64(0)] = str(s.text(1)); });
      !r)
    return r.error();
  for (const auto& [rep, n] : perRep)
    if (!codes[rep].empty()) out.reps.push_back({codes[rep], n});
  for (Shown& sh : shown) {
    for (int64_t rep : sh.reps)
      if (!codes[rep].empty()) sh.example.rep += (sh.example.rep.empty() ? "" : ", ") + codes[rep];
    out.examples.push_back(std::move(sh.example));
  }
  return out;
}

}  // namespace salesops::store
