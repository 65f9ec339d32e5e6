// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows as stored: the typed rows of ingest with rep and area interned to integers and times as
// seconds, so comparing a row with its stored version is comparing these structs.

#include <cstdint>
#include <optional>
#include <string>

namespace salesops::store {

struct VisitRecord {
  std::string id;
  int64_t at = 0;
  int64_t rep = 0;
  int64_t area = 0;
  int channel = 0;
  int outcome = 0;
  std::string postcode;
  int houseNumber = 0;
  std::string addition;
  bool operator==(const VisitRecord&) const = default;
};

struct OrderRecord {
  std::string id;
  int64_t at = 0;
  int64_t rep = 0;
  int64_t area = 0;
  int channel = 0;
  std::string visitId;
  std::string postcode;
  int houseNumber = 0;
  std::string addition;
  std::string product;
  std::optional<int64_t> feeCents;
  std::optional<int64_t> installedAt;
  std::optional<int> firstTimeRight;
  bool operator==(const OrderRecord&) const = default;
};

struct CancellationRecord {
  std::string orderId;
  int64_t at = 0;
  int reason = 0;
  std::string reasonText;
  bool operator==(const CancellationRecord&) const = default;
};

struct RepRecord {
  int64_t rep = 0;
  std::string name;
  std::string team;
  std::optional<int64_t> activeFrom;  ///< days since 1970
  std::optional<int64_t> activeTo;
  bool operator==(const RepRecord&) const = default;
};

struct AreaRecord {
  int64_t area = 0;
  std::string name;
  std::string city;
  int64_t homesPassed = 0;
  std::optional<double> bundlingThreshold;
  bool operator==(const AreaRecord&) const = default;
};

struct TargetRecord {
  std::string week;
  int level = 0;
  std::string key;
  std::string metric;
  double target = 0;
  bool operator==(const TargetRecord&) const = default;
};

}  // namespace salesops::store
