// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/TargetSource.h"

#include "Sqlite.h"

namespace salesops::store {

Result<std::vector<StoredTarget>> TargetSource::targets(IsoWeek first, IsoWeek last) const {
  // Weeks are stored as `2026-W05` (fixed width, zero-padded), so text order is week order.
  Stmt s = store_.db().prepare(
      "SELECT week, level, key, metric, target FROM target WHERE week BETWEEN ?1 AND ?2 "
      "ORDER BY week, level, key, metric");
  const std::string from = first.toString(), to = last.toString();
  s.bind(1, std::string_view(from)).bind(2, std::string_view(to));
  std::vector<StoredTarget> out;
  while (s.step() == SQLITE_ROW) {
    const auto week = IsoWeek::parse(s.text(0));
    const int level = s.int32(1);
    // The importer writes only valid weeks and levels; anything else is not ours to guess at.
    if (!week || level < 0 || level > static_cast<int>(TargetLevel::Rep))
      return makeError("the targets table holds an invalid row (week '" + std::string(s.text(0)) + "')");
    out.push_back({*week, static_cast<TargetLevel>(level), std::string(s.text(2)), std::string(s.text(3)), s.real(4)});
  }
  if (!s.done()) return makeError("reading the targets failed: " + s.error());
  return out;
}

}  // namespace salesops::store
