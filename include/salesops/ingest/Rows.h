// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Enums.h"
#include "salesops/core/Money.h"

namespace salesops::ingest {

// Typed, validated rows: what the importer hands to the store. Text fields are UTF-8; an empty
// string means "not given" for optional text; house number 0 means "not given".

struct VisitRow {
  std::string visitId;
  DateTime visitedAt;
  std::string repId;
  std::string area;
  Outcome outcome = Outcome::NotHome;
  Channel channel = Channel::D2d;
  std::string postcode;  ///< normalised `1234AB`
  int32_t houseNumber = 0;
  std::string addition;
  bool operator==(const VisitRow&) const = default;
};

struct OrderRow {
  std::string orderId;
  DateTime orderedAt;
  std::string repId;
  Channel channel = Channel::D2d;
  std::string area;
  std::string visitId;
  std::string postcode;
  int32_t houseNumber = 0;
  std::string addition;
  std::string product;
  std::optional<Money> monthlyFee;
  std::optional<DateTime> installedAt;
  std::optional<bool> firstTimeRight;
  bool operator==(const OrderRow&) const = default;
};

struct CancellationRow {
  std::string orderId;
  DateTime cancelledAt;
  CancelReason reason = CancelReason::Other;
  std::string reasonText;  ///< the original text when it was not a known reason (stored as `other`)
  bool operator==(const CancellationRow&) const = default;
};

struct RepRow {
  std::string repId;
  std::string name;
  std::string team;
  std::optional<Date> activeFrom;
  std::optional<Date> activeTo;
  bool operator==(const RepRow&) const = default;
};

struct AreaRow {
  std::string area;
  std::string name;
  std::string city;
  int64_t homesPassed = 0;
  std::optional<double> bundlingThreshold;  ///< fraction 0..1
  bool operator==(const AreaRow&) const = default;
};

struct TargetRow {
  IsoWeek week;
  TargetLevel level = TargetLevel::All;
  std::string key;     ///< team name or rep id; empty for level `all`
  std::string metric;  ///< a KPI name
  double target = 0;   ///< rates as fractions
  bool operator==(const TargetRow&) const = default;
};

/// Why and where a row was rejected. `line` is the line on which the record starts (1 = header).
struct RowError {
  int64_t line = 0;
  std::string column;
  std::string value;
  std::string reason;
};

/// A rejected record: its error plus the original fields, for the reject file.
struct RejectedRow {
  RowError error;
  std::vector<std::string> fields;
};

/// One batch of parsed rows; only the vector of the file's kind is filled.
struct RowBatch {
  std::vector<VisitRow> visits;
  std::vector<OrderRow> orders;
  std::vector<CancellationRow> cancellations;
  std::vector<RepRow> reps;
  std::vector<AreaRow> areas;
  std::vector<TargetRow> targets;
  std::vector<RejectedRow> rejected;

  size_t rowCount() const {
    return visits.size() + orders.size() + cancellations.size() + reps.size() + areas.size() + targets.size();
  }
  void clear() {
    visits.clear();
    orders.clear();
    cancellations.clear();
    reps.clear();
    areas.clear();
    targets.clear();
    rejected.clear();
  }
};

}  // namespace salesops::ingest
