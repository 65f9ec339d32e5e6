// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {

/// How bad a finding is. Errors make KPIs wrong; warnings are likely mistakes worth a look; info
/// is allowed by the file formats and only reported.
enum class Severity : uint8_t { Error = 0, Warning = 1, Info = 2 };

/// `error`, `warning`, `info`.
std::string_view toString(Severity s);

/// One data-quality check: a stable id (used in JSON and by scripts), a title and what it means.
struct QualityCheck {
  std::string_view id;
  std::string_view title;
  Severity severity;
  std::string_view description;
};

/// Every check, in the order of the report.
std::span<const QualityCheck> qualityChecks();

/// Less than this many days between two live orders at one address makes them a likely double order.
inline constexpr int kDoubleOrderDays = 14;

/// Orders or cancellations not imported on this many days on which visits were imported make the
/// `missing_exports` finding.
inline constexpr int kMissingExportDays = 3;

struct RepCount {
  std::string rep;
  int64_t count = 0;
  std::string name = {};  ///< from the reps file, for people (memberLabel); empty when not in it
  /// The finding itself: the rep and its count; the name only spells the rep for people.
  bool operator==(const RepCount& o) const { return rep == o.rep && count == o.count; }
};

struct FindingExample {
  std::string id;     ///< visit_id, order_id, or for double orders the address
  std::string value;  ///< the offending values
  std::string rep;    ///< the rep(s) concerned, comma-separated; empty when unknown
  bool operator==(const FindingExample&) const = default;
};

/// What one check found. `count` is the number of offending rows (visits, orders or cancellations);
/// `reps` splits them by rep, most first (rows with no known rep are in `count` only).
struct Finding {
  std::string id;
  std::string title;
  Severity severity = Severity::Error;
  int64_t count = 0;
  std::vector<FindingExample> examples;
  std::vector<RepCount> reps;
};

struct DataQualityOptions {
  Date asOf;  ///< anything dated after this day is in the future
  int maxExamples = 5;
};

/// Every check of qualityChecks(), in that order, including those that found nothing (count 0).
struct DataQualityReport {
  Date asOf;
  std::vector<Finding> findings;
  /// True when an error or warning check found something; info findings are not problems.
  bool hasProblems() const;
  /// The finding with this id, or nullptr.
  const Finding* find(std::string_view id) const;
  /// The titles of the error and warning checks that found something, in check order: what the
  /// daily start's attention strip lists.
  std::vector<std::string> failingTitles() const;
};

/// Runs every data-quality check on the store, in one read snapshot.
Result<DataQualityReport> checkDataQuality(store::Store& store, const DataQualityOptions& options);

}  // namespace salesops::kpi
