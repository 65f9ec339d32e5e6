// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The postcode breakdown of the drill-down: visits, orders and addresses per PC4 or PC6. There is no
// rollup by postcode (it would be as large as the visits), so these read the rows of the slice:
// visits through the day zones, orders through the covering time index, both filtered by the
// area first. ?6 is the number of postcode characters kept (4 or 6).
#include <array>

#include "KpiSql.h"
#include "PostcodeGroups.h"
#include "SqliteReader.h"

#include "salesops/store/KpiSource.h"
#include "salesops/store/StoreReader.h"

namespace salesops::store {
namespace {

#define SALESOPS_ZONE                                                                    \
  "visit_id BETWEEN (SELECT min(first_id) FROM visit_zone WHERE day BETWEEN ?1 AND ?2) " \
  "AND (SELECT max(last_id) FROM visit_zone WHERE day BETWEEN ?1 AND ?2) AND "
#define SALESOPS_VISIT_SLICE "visited_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("v")

// Outcome codes as stored: 0 not_home, 1 no_interest, 2 already_customer, 3 contract_lock_in, 4 callback,
// 5 quote, 6 sale (see kRawVisits).
#define SALESOPS_VISIT_COUNTS(where)                                                                 \
  "SELECT substr(postcode, 1, ?6), count(*), sum(outcome = 0), sum(outcome = 1), sum(outcome = 4), " \
  "sum(outcome = 5), sum(outcome = 6), sum(channel = 0), sum(channel = 0 AND outcome = 0), "         \
  "sum(outcome = 2), sum(outcome = 3) FROM visit v WHERE " where " GROUP BY 1"
// Addresses as the engine counts them: distinct (postcode, house number, addition) of d2d visits.
#define SALESOPS_ADDRESS_COUNTS(where)                                                                       \
  "SELECT pc, count(*), sum(n >= 2), sum(n >= 3) FROM (SELECT substr(postcode, 1, ?6) AS pc, count(*) AS n " \
  "FROM visit v WHERE " where " AND channel = 0 GROUP BY postcode, house_number, addition) GROUP BY pc"

constexpr const char* kZoneVisits = SALESOPS_VISIT_COUNTS(SALESOPS_ZONE SALESOPS_VISIT_SLICE);
constexpr const char* kRawVisits = SALESOPS_VISIT_COUNTS(SALESOPS_VISIT_SLICE);
constexpr const char* kZoneAddresses = SALESOPS_ADDRESS_COUNTS(SALESOPS_ZONE SALESOPS_VISIT_SLICE);
constexpr const char* kRawAddresses = SALESOPS_ADDRESS_COUNTS(SALESOPS_VISIT_SLICE);

// The rollup path reads the cancellation copied onto the order; the raw path the cancellation itself.
constexpr const char* kIndexOrders =
    "SELECT substr(o.postcode, 1, ?6), o.ordered_at, o.monthly_fee_cents, o.installed_at, o.first_time_right, "
    "o.cancelled_at, o.channel FROM orders o INDEXED BY orders_by_time "
    "WHERE o.ordered_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("o");
constexpr const char* kRawOrders =
    "SELECT substr(o.postcode, 1, ?6), o.ordered_at, o.monthly_fee_cents, o.installed_at, o.first_time_right, "
    "c.cancelled_at, o.channel FROM orders o LEFT JOIN cancellation c ON c.order_id = o.order_id "
    "WHERE o.ordered_at BETWEEN ?1 * 86400 AND ?2 * 86400 + 86399 AND " SALESOPS_FILTERS("o");

}  // namespace

Result<std::vector<PostcodeFacts>> sqlitePostcodes(Db& db, const FactQuery& q, int32_t asOfDay, int chars, bool raw) {
  const FilterJson f(q);
  PostcodeGroups groups(asOfDay);

  Stmt visits = db.prepare(raw ? kRawVisits : kZoneVisits);
  f.bind(visits, q);
  visits.bind(6, static_cast<int64_t>(chars));
  while (visits.step() == SQLITE_ROW) {
    std::array<int64_t, 10> counts{};
    for (int i = 0; i < 10; ++i) counts[static_cast<size_t>(i)] = visits.int64(i + 1);
    groups.visits(std::string(visits.text(0)), counts);
  }
  if (!visits.done()) return makeError("reading the visits by postcode failed: " + visits.error());

  Stmt addresses = db.prepare(raw ? kRawAddresses : kZoneAddresses);
  f.bind(addresses, q);
  addresses.bind(6, static_cast<int64_t>(chars));
  while (addresses.step() == SQLITE_ROW)
    groups.addresses(std::string(addresses.text(0)), addresses.int64(1), addresses.int64(2), addresses.int64(3));
  if (!addresses.done()) return makeError("reading the addresses by postcode failed: " + addresses.error());

  Stmt orders = db.prepare(raw ? kRawOrders : kIndexOrders);
  f.bind(orders, q);
  orders.bind(6, static_cast<int64_t>(chars));
  const auto nullable = [&orders](int i) {
    return orders.isNull(i) ? std::nullopt : std::optional<int64_t>(orders.int64(i));
  };
  while (orders.step() == SQLITE_ROW)
    groups.order(std::string(orders.text(0)), orders.int64(1), orders.int64(6), nullable(2), nullable(3), nullable(4),
                 nullable(5));
  if (!orders.done()) return makeError("reading the orders by postcode failed: " + orders.error());
  return groups.take();
}

Result<std::vector<PostcodeFacts>> KpiSource::postcodes(const FactQuery& q, int32_t asOfDay,
                                                        PostcodeLevel level) const {
  const int chars = level == PostcodeLevel::Pc4 ? 4 : 6;
  if (path_ == FactPath::Rollup) return store_.reader().postcodes(q, asOfDay, chars);
  if (auto r = needsSqliteFile(store_, "the raw fact path"); !r) return r.error();
  return sqlitePostcodes(store_.db(), q, asOfDay, chars, true);
}

}  // namespace salesops::store
