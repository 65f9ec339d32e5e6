// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salesops/core/Enums.h"
#include "salesops/core/Result.h"

namespace salesops::ingest {

/// Every column of every kind of file, by its canonical name in data-formats.md.
enum class Column : uint8_t {
  VisitId,
  VisitedAt,
  RepId,
  Area,
  Outcome,
  Channel,
  Postcode,
  HouseNumber,
  HouseNumberAddition,
  OrderId,
  OrderedAt,
  Product,
  MonthlyFee,
  InstalledAt,
  FirstTimeRight,
  CancelledAt,
  Reason,
  Name,
  Team,
  ActiveFrom,
  ActiveTo,
  City,
  HomesPassed,
  BundlingThreshold,
  Week,
  Level,
  Key,
  Metric,
  Target,
};
inline constexpr size_t kColumnCount = static_cast<size_t>(Column::Target) + 1;

/// `visit_id`, `house_number_addition`, ...
std::string_view columnName(Column column);
/// Exact canonical name to column.
std::optional<Column> columnFromName(std::string_view canonicalName);

/// A header field as it is matched: trimmed, lower-case, spaces and hyphens read as `_`.
std::string normalizeColumnName(std::string_view headerField);

struct KindColumns {
  std::span<const Column> required;
  std::span<const Column> optional;
};
/// The columns of a kind of file. For visits, `postcode` and `house_number` are listed as optional:
/// they are required only for d2d visits, which mapColumns and row validation check.
KindColumns kindColumns(FileKind kind);

/// Which header field holds which column, for one file.
struct ColumnMapping {
  FileKind kind = FileKind::Visits;
  std::array<int, kColumnCount> index{};    ///< header index per column, -1 when absent
  std::vector<std::string> ignoredColumns;  ///< header fields (as written) used for nothing

  int operator[](Column c) const { return index[static_cast<size_t>(c)]; }
  bool has(Column c) const { return (*this)[c] >= 0; }
};

/// Maps a header (fields as written) to the columns of a kind: canonical names first, then
/// aliases in the order of data-formats.md; `overrides` (canonical name -> header field as
/// written, or empty to leave the column unmapped) win over both. The kind is detected from the
/// header unless given: the kind whose required columns are all present and that matches the most
/// columns. Errors name the missing columns and list the columns found.
Result<ColumnMapping> mapColumns(const std::vector<std::string>& header, std::optional<FileKind> kind = {},
                                 const std::map<std::string, std::string>& overrides = {});

}  // namespace salesops::ingest
