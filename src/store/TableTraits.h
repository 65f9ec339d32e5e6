// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL and column mapping of each imported table, for KeyedUpsert. Columns are listed once here,
// in the order of the table definitions in Schema.cpp; every value is bound, never spliced.

#include <optional>
#include <string_view>

#include "Records.h"
#include "Sqlite.h"

namespace salesops::store {

namespace detail {
template <class T>
void bindOptional(Stmt& s, int i, const std::optional<T>& v) {
  if (v)
    s.bind(i, *v);
  else
    s.bindNull(i);
}
inline std::optional<int64_t> optInt(const Stmt& s, int c) {
  return s.isNull(c) ? std::nullopt : std::optional<int64_t>(s.int64(c));
}
}  // namespace detail

struct VisitTraits {
  using Row = VisitRecord;
  static constexpr bool kRangeScan = true;
  static constexpr const char* kSelectRange =
      "SELECT visit_id, visited_at, rep, area, channel, outcome, postcode, house_number, addition "
      "FROM visit WHERE visit_id BETWEEN ?1 AND ?2 ORDER BY visit_id";
  static constexpr const char* kSelectOne =
      "SELECT visit_id, visited_at, rep, area, channel, outcome, postcode, house_number, addition "
      "FROM visit WHERE visit_id = ?1";
  static constexpr const char* kTable = "visit";
  static constexpr int kColumns = 9;
  static constexpr const char* kUpdate =
      "UPDATE visit SET visited_at = ?2, rep = ?3, area = ?4, channel = ?5, outcome = ?6, postcode = ?7, "
      "house_number = ?8, addition = ?9 WHERE visit_id = ?1";

  static std::string_view key(const Row& r) { return r.id; }
  static void bindKey(Stmt& s, const Row& r) { s.bind(1, std::string_view(r.id)); }
  static void bindRow(Stmt& s, const Row& r, int o = 0) {
    s.bind(o + 1, std::string_view(r.id))
        .bind(o + 2, r.at)
        .bind(o + 3, r.rep)
        .bind(o + 4, r.area)
        .bind(o + 5, r.channel)
        .bind(o + 6, r.outcome)
        .bind(o + 7, std::string_view(r.postcode))
        .bind(o + 8, r.houseNumber)
        .bind(o + 9, std::string_view(r.addition));
  }
  static Row read(const Stmt& s) {
    return Row{std::string(s.text(0)),
               s.int64(1),
               s.int64(2),
               s.int64(3),
               s.int32(4),
               s.int32(5),
               std::string(s.text(6)),
               s.int32(7),
               std::string(s.text(8))};
  }
};

struct OrderTraits {
  using Row = OrderRecord;
  static constexpr bool kRangeScan = true;
  static constexpr const char* kSelectRange =
      "SELECT order_id, ordered_at, rep, area, channel, visit_id, postcode, house_number, addition, product, "
      "monthly_fee_cents, installed_at, first_time_right FROM orders WHERE order_id BETWEEN ?1 AND ?2 "
      "ORDER BY order_id";
  static constexpr const char* kSelectOne =
      "SELECT order_id, ordered_at, rep, area, channel, visit_id, postcode, house_number, addition, product, "
      "monthly_fee_cents, installed_at, first_time_right FROM orders WHERE order_id = ?1";
  static constexpr const char* kTable = "orders";
  static constexpr int kColumns = 13;
  // cancelled_at and cancel_reason follow, copied from cancellation at commit.
  static constexpr const char* kInsertColumns =
      "(order_id, ordered_at, rep, area, channel, visit_id, postcode, house_number, addition, product, "
      "monthly_fee_cents, installed_at, first_time_right)";
  static constexpr const char* kUpdate =
      "UPDATE orders SET ordered_at = ?2, rep = ?3, area = ?4, channel = ?5, visit_id = ?6, postcode = ?7, "
      "house_number = ?8, addition = ?9, product = ?10, monthly_fee_cents = ?11, installed_at = ?12, "
      "first_time_right = ?13 WHERE order_id = ?1";

  static std::string_view key(const Row& r) { return r.id; }
  static void bindKey(Stmt& s, const Row& r) { s.bind(1, std::string_view(r.id)); }
  static void bindRow(Stmt& s, const Row& r, int o = 0) {
    s.bind(o + 1, std::string_view(r.id))
        .bind(o + 2, r.at)
        .bind(o + 3, r.rep)
        .bind(o + 4, r.area)
        .bind(o + 5, r.channel)
        .bind(o + 6, std::string_view(r.visitId))
        .bind(o + 7, std::string_view(r.postcode))
        .bind(o + 8, r.houseNumber)
        .bind(o + 9, std::string_view(r.addition))
        .bind(o + 10, std::string_view(r.product));
    detail::bindOptional(s, o + 11, r.feeCents);
    detail::bindOptional(s, o + 12, r.installedAt);
    detail::bindOptional(s, o + 13, r.firstTimeRight);
  }
  static Row read(const Stmt& s) {
    Row r{std::string(s.text(0)),
          s.int64(1),
          s.int64(2),
          s.int64(3),
          s.int32(4),
          std::string(s.text(5)),
          std::string(s.text(6)),
          s.int32(7),
          std::string(s.text(8)),
          std::string(s.text(9)),
          detail::optInt(s, 10),
          detail::optInt(s, 11),
          std::nullopt};
    if (!s.isNull(12)) r.firstTimeRight = s.int32(12);
    return r;
  }
};

struct CancellationTraits {
  using Row = CancellationRecord;
  static constexpr bool kRangeScan = true;
  static constexpr const char* kSelectRange =
      "SELECT order_id, cancelled_at, reason, reason_text FROM cancellation WHERE order_id BETWEEN ?1 AND ?2 "
      "ORDER BY order_id";
  static constexpr const char* kSelectOne =
      "SELECT order_id, cancelled_at, reason, reason_text FROM cancellation WHERE order_id = ?1";
  static constexpr const char* kTable = "cancellation";
  static constexpr int kColumns = 4;
  static constexpr const char* kUpdate =
      "UPDATE cancellation SET cancelled_at = ?2, reason = ?3, reason_text = ?4 WHERE order_id = ?1";

  static std::string_view key(const Row& r) { return r.orderId; }
  static void bindKey(Stmt& s, const Row& r) { s.bind(1, std::string_view(r.orderId)); }
  static void bindRow(Stmt& s, const Row& r, int o = 0) {
    s.bind(o + 1, std::string_view(r.orderId))
        .bind(o + 2, r.at)
        .bind(o + 3, r.reason)
        .bind(o + 4, std::string_view(r.reasonText));
  }
  static Row read(const Stmt& s) { return Row{std::string(s.text(0)), s.int64(1), s.int32(2), std::string(s.text(3))}; }
};

struct RepTraits {
  using Row = RepRecord;
  static constexpr bool kRangeScan = false;
  static constexpr const char* kSelectOne = "SELECT rep, name, team, active_from, active_to FROM rep WHERE rep = ?1";
  static constexpr const char* kTable = "rep";
  static constexpr int kColumns = 5;
  static constexpr const char* kUpdate =
      "UPDATE rep SET name = ?2, team = ?3, active_from = ?4, active_to = ?5 WHERE rep = ?1";

  static void bindKey(Stmt& s, const Row& r) { s.bind(1, r.rep); }
  static void bindRow(Stmt& s, const Row& r, int o = 0) {
    s.bind(o + 1, r.rep).bind(o + 2, std::string_view(r.name)).bind(o + 3, std::string_view(r.team));
    detail::bindOptional(s, o + 4, r.activeFrom);
    detail::bindOptional(s, o + 5, r.activeTo);
  }
  static Row read(const Stmt& s) {
    return Row{s.int64(0), std::string(s.text(1)), std::string(s.text(2)), detail::optInt(s, 3), detail::optInt(s, 4)};
  }
};

struct AreaTraits {
  using Row = AreaRecord;
  static constexpr bool kRangeScan = false;
  static constexpr const char* kSelectOne =
      "SELECT area, name, city, homes_passed, bundling_threshold FROM area WHERE area = ?1";
  static constexpr const char* kTable = "area";
  static constexpr int kColumns = 5;
  static constexpr const char* kUpdate =
      "UPDATE area SET name = ?2, city = ?3, homes_passed = ?4, bundling_threshold = ?5 WHERE area = ?1";

  static void bindKey(Stmt& s, const Row& r) { s.bind(1, r.area); }
  static void bindRow(Stmt& s, const Row& r, int o = 0) {
    s.bind(o + 1, r.area)
        .bind(o + 2, std::string_view(r.name))
        .bind(o + 3, std::string_view(r.city))
        .bind(o + 4, r.homesPassed);
    detail::bindOptional(s, o + 5, r.bundlingThreshold);
  }
  static Row read(const Stmt& s) {
    Row r{s.int64(0), std::string(s.text(1)), std::string(s.text(2)), s.int64(3), std::nullopt};
    if (!s.isNull(4)) r.bundlingThreshold = s.real(4);
    return r;
  }
};

struct TargetTraits {
  using Row = TargetRecord;
  static constexpr bool kRangeScan = false;
  static constexpr const char* kSelectOne =
      "SELECT week, level, key, metric, target FROM target WHERE week = ?1 AND level = ?2 AND key = ?3 "
      "AND metric = ?4";
  static constexpr const char* kTable = "target";
  static constexpr int kColumns = 5;
  static constexpr const char* kUpdate =
      "UPDATE target SET target = ?5 WHERE week = ?1 AND level = ?2 AND key = ?3 AND metric = ?4";

  static void bindKey(Stmt& s, const Row& r, int o = 0) {
    s.bind(o + 1, std::string_view(r.week))
        .bind(o + 2, r.level)
        .bind(o + 3, std::string_view(r.key))
        .bind(o + 4, std::string_view(r.metric));
  }
  static void bindRow(Stmt& s, const Row& r, int o = 0) {
    bindKey(s, r, o);
    s.bind(o + 5, r.target);
  }
  static Row read(const Stmt& s) {
    return Row{std::string(s.text(0)), s.int32(1), std::string(s.text(2)), std::string(s.text(3)), s.real(4)};
  }
};

}  // namespace salesops::store
