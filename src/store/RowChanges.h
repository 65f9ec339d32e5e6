// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an update changed in a stored row, in the terms of the input files (column names and values
// as data-formats.md writes them), for the report of `import --dry-run`.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Records.h"

#include "salesops/store/StoreWriter.h"

namespace salesops::store {

/// The code (rep id or area) of an interned id.
using CodeName = std::function<std::string(int64_t)>;

/// A row's key and its columns as text (nullopt for no value), in the input file's column order.
struct RowFields {
  std::string id;
  std::vector<std::pair<std::string_view, std::optional<std::string>>> columns;
};

RowFields fieldsOf(const VisitRecord& r, const CodeName& rep, const CodeName& area);
RowFields fieldsOf(const OrderRecord& r, const CodeName& rep, const CodeName& area);
RowFields fieldsOf(const CancellationRecord& r, const CodeName& rep, const CodeName& area);
RowFields fieldsOf(const RepRecord& r, const CodeName& rep, const CodeName& area);
RowFields fieldsOf(const AreaRecord& r, const CodeName& rep, const CodeName& area);
RowFields fieldsOf(const TargetRecord& r, const CodeName& rep, const CodeName& area);

/// The columns that differ between the stored row and the new one.
template <class Record>
RowChange rowChange(const Record& old, const Record& now, const CodeName& rep, const CodeName& area) {
  const RowFields before = fieldsOf(old, rep, area);
  RowFields after = fieldsOf(now, rep, area);
  RowChange change{after.id, {}};
  for (size_t i = 0; i < after.columns.size(); ++i)
    if (before.columns[i].second != after.columns[i].second)
      change.columns.push_back(
          {std::string(after.columns[i].first), before.columns[i].second, std::move(after.columns[i].second)});
  return change;
}

}  // namespace salesops::store
