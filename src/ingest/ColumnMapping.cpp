// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/ingest/ColumnMapping.h"

#include <algorithm>

#include "salesops/ingest/FieldParsers.h"

namespace salesops::ingest {
namespace {

struct ColumnSpec {
  Column column;
  std::string_view name;
  std::span<const std::string_view> aliases;
};

using A = std::string_view;
constexpr A kVisitId[] = {"bezoek_id"};
constexpr A kVisitedAt[] = {"bezocht_op", "datum"};
constexpr A kRepId[] = {"verkoper_id", "verkoper"};
constexpr A kArea[] = {"gebied", "loopgebied"};
constexpr A kOutcome[] = {"uitkomst", "resultaat"};
constexpr A kChannel[] = {"kanaal"};
constexpr A kHouseNumber[] = {"huisnummer"};
constexpr A kAddition[] = {"toevoeging"};
constexpr A kOrderId[] = {"order_nummer", "ordernummer"};
constexpr A kOrderedAt[] = {"besteld_op", "orderdatum"};
constexpr A kProduct[] = {"pakket"};
constexpr A kMonthlyFee[] = {"maandbedrag"};
constexpr A kInstalledAt[] = {"aangesloten_op", "installatiedatum"};
constexpr A kFtr[] = {"ftr"};
constexpr A kCancelledAt[] = {"geannuleerd_op", "annuleringsdatum"};
constexpr A kReason[] = {"reden"};
constexpr A kName[] = {"naam"};
constexpr A kCity[] = {"plaats"};
constexpr A kHomesPassed[] = {"aansluitingen"};
constexpr A kThreshold[] = {"vraagbundeling"};

const ColumnSpec kColumns[kColumnCount] = {
    {Column::VisitId, "visit_id", kVisitId},
    {Column::VisitedAt, "visited_at", kVisitedAt},
    {Column::RepId, "rep_id", kRepId},
    {Column::Area, "area", kArea},
    {Column::Outcome, "outcome", kOutcome},
    {Column::Channel, "channel", kChannel},
    {Column::Postcode, "postcode", {}},
    {Column::HouseNumber, "house_number", kHouseNumber},
    {Column::HouseNumberAddition, "house_number_addition", kAddition},
    {Column::OrderId, "order_id", kOrderId},
    {Column::OrderedAt, "ordered_at", kOrderedAt},
    {Column::Product, "product", kProduct},
    {Column::MonthlyFee, "monthly_fee", kMonthlyFee},
    {Column::InstalledAt, "installed_at", kInstalledAt},
    {Column::FirstTimeRight, "first_time_right", kFtr},
    {Column::CancelledAt, "cancelled_at", kCancelledAt},
    {Column::Reason, "reason", kReason},
    {Column::Name, "name", kName},
    {Column::Team, "team", {}},
    {Column::ActiveFrom, "active_from", {}},
    {Column::ActiveTo, "active_to", {}},
    {Column::City, "city", kCity},
    {Column::HomesPassed, "homes_passed", kHomesPassed},
    {Column::BundlingThreshold, "bundling_threshold", kThreshold},
    {Column::Week, "week", {}},
    {Column::Level, "level", {}},
    {Column::Key, "key", {}},
    {Column::Metric, "metric", {}},
    {Column::Target, "target", {}},
};

using C = Column;
constexpr Column kVisitsReq[] = {C::VisitId, C::VisitedAt, C::RepId, C::Area, C::Outcome};
constexpr Column kVisitsOpt[] = {C::Channel, C::Postcode, C::HouseNumber, C::HouseNumberAddition};
constexpr Column kOrdersReq[] = {C::OrderId, C::OrderedAt, C::RepId, C::Area};
constexpr Column kOrdersOpt[] = {C::Channel, C::VisitId,    C::Postcode,    C::HouseNumber,   C::HouseNumberAddition,
                                 C::Product, C::MonthlyFee, C::InstalledAt, C::FirstTimeRight};
constexpr Column kCancelReq[] = {C::OrderId, C::CancelledAt};
constexpr Column kCancelOpt[] = {C::Reason};
constexpr Column kRepsReq[] = {C::RepId, C::Name, C::Team};
constexpr Column kRepsOpt[] = {C::ActiveFrom, C::ActiveTo};
constexpr Column kAreasReq[] = {C::Area, C::City, C::HomesPassed};
constexpr Column kAreasOpt[] = {C::Name, C::BundlingThreshold};
constexpr Column kTargetsReq[] = {C::Week, C::Level, C::Metric, C::Target};
constexpr Column kTargetsOpt[] = {C::Key};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

std::string foundList(const std::vector<std::string>& header) {
  std::vector<std::string> quoted;
  quoted.reserve(header.size());
  for (const auto& h : header) quoted.push_back("'" + h + "'");
  return "columns found: " + (quoted.empty() ? std::string("none") : join(quoted));
}

std::vector<std::string> names(std::span<const Column> columns) {
  std::vector<std::string> out;
  for (Column c : columns) out.emplace_back(columnName(c));
  return out;
}

// Header index per column by name and alias, the first match of the highest priority winning.
std::array<int, kColumnCount> matchByName(const std::vector<std::string>& normalized) {
  std::array<int, kColumnCount> index;
  index.fill(-1);
  for (const ColumnSpec& spec : kColumns) {
    auto& slot = index[static_cast<size_t>(spec.column)];
    auto find = [&](std::string_view name) {
      const auto it = std::find(normalized.begin(), normalized.end(), name);
      return it == normalized.end() ? -1 : static_cast<int>(it - normalized.begin());
    };
    slot = find(spec.name);
    for (size_t a = 0; slot < 0 && a < spec.aliases.size(); ++a) slot = find(spec.aliases[a]);
  }
  return index;
}

Result<void> applyOverrides(const std::vector<std::string>& header, const std::vector<std::string>& normalized,
                            const std::map<std::string, std::string>& overrides, std::array<int, kColumnCount>& index) {
  for (const auto& [canonical, headerName] : overrides) {
    const auto column = columnFromName(canonical);
    if (!column) return makeError("column mapping names an unknown column '" + canonical + "'");
    int at = -1;
    if (!headerName.empty()) {
      const auto exact = std::find(header.begin(), header.end(), headerName);
      const auto loose = std::find(normalized.begin(), normalized.end(), normalizeColumnName(headerName));
      if (exact != header.end())
        at = static_cast<int>(exact - header.begin());
      else if (loose != normalized.end())
        at = static_cast<int>(loose - normalized.begin());
      else
        // NOLINTNEXTLINE(performance-inefficient-string-concatenation): once, then the loop returns
        return makeError("column mapping: '" + headerName + "' (for " + canonical + ") is not in the header; " +
                         foundList(header));
      for (int& other : index)
        if (other == at) other = -1;  // the header field now belongs to this column only
    }
    index[static_cast<size_t>(*column)] = at;
  }
  return {};
}

// The required columns a kind misses; for visits without a channel column every row is d2d, so
// postcode and house number are required of the file.
std::vector<Column> missingColumns(FileKind kind, const std::array<int, kColumnCount>& index) {
  std::vector<Column> missing;
  for (Column c : kindColumns(kind).required)
    if (index[static_cast<size_t>(c)] < 0) missing.push_back(c);
  if (kind == FileKind::Visits && index[static_cast<size_t>(Column::Channel)] < 0)
    for (Column c : {Column::Postcode, Column::HouseNumber})
      if (index[static_cast<size_t>(c)] < 0) missing.push_back(c);
  return missing;
}

std::string missingMessage(FileKind kind, const std::vector<Column>& missing, const std::vector<std::string>& header,
                           bool detected) {
  std::vector<std::string> quoted;
  quoted.reserve(missing.size());
  for (Column c : missing) quoted.push_back("'" + std::string(columnName(c)) + "'");
  std::string msg = (missing.size() == 1 ? "missing required column " : "missing required columns ") + join(quoted) +
                    " for a " + std::string(toString(kind)) + " file";
  if (detected) msg += " (the kind was guessed from the header)";
  const auto misses = [&](Column c) { return std::find(missing.begin(), missing.end(), c) != missing.end(); };
  if (kind == FileKind::Visits && (misses(Column::Postcode) || misses(Column::HouseNumber)))
    msg += "; postcode and house_number are required for d2d visits, the default without a channel column";
  return msg + "; " + foundList(header);
}

Result<FileKind> detectKind(const std::vector<std::string>& header, const std::array<int, kColumnCount>& index) {
  std::optional<FileKind> best;
  size_t bestMatched = 0, bestRequired = 0;
  std::optional<FileKind> closest;
  double closestShare = 0;
  for (FileKind kind : allValues<FileKind>()) {
    const KindColumns cols = kindColumns(kind);
    size_t required = 0, matched = 0;
    for (Column c : cols.required) required += index[static_cast<size_t>(c)] >= 0;
    for (Column c : cols.optional) matched += index[static_cast<size_t>(c)] >= 0;
    matched += required;
    if (required == cols.required.size()) {
      if (!best || matched > bestMatched || (matched == bestMatched && required > bestRequired))
        best = kind, bestMatched = matched, bestRequired = required;
    } else {
      const double share = double(required) / double(cols.required.size());
      if (share > closestShare) closest = kind, closestShare = share;
    }
  }
  if (best) return *best;
  if (closest && closestShare >= 0.5)
    return makeError(missingMessage(*closest, missingColumns(*closest, index), header, true));
  std::string expected;
  for (FileKind kind : allValues<FileKind>())
    expected += std::string(expected.empty() ? "" : "; ") + std::string(toString(kind)) + ": " +
                join(names(kindColumns(kind).required));
  return makeError("cannot tell what kind of file this is from its header; " + foundList(header) +
                   " (each kind needs these columns: " + expected + ")");
}

}  // namespace

std::string_view columnName(Column c) { return kColumns[static_cast<size_t>(c)].name; }

std::optional<Column> columnFromName(std::string_view name) {
  for (const ColumnSpec& spec : kColumns)
    if (spec.name == name) return spec.column;
  return std::nullopt;
}

std::string normalizeColumnName(std::string_view h) {
  std::string out(trimmed(h));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

KindColumns kindColumns(FileKind kind) {
  switch (kind) {
    case FileKind::Visits:
      return {kVisitsReq, kVisitsOpt};
    case FileKind::Orders:
      return {kOrdersReq, kOrdersOpt};
    case FileKind::Cancellations:
      return {kCancelReq, kCancelOpt};
    case FileKind::Reps:
      return {kRepsReq, kRepsOpt};
    case FileKind::Areas:
      return {kAreasReq, kAreasOpt};
    case FileKind::Targets:
      return {kTargetsReq, kTargetsOpt};
  }
  return {};
}

Result<ColumnMapping> mapColumns(const std::vector<std::string>& header, std::optional<FileKind> kind,
                                 const std::map<std::string, std::string>& overrides) {
  std::vector<std::string> normalized;
  normalized.reserve(header.size());
  for (const auto& h : header) normalized.push_back(normalizeColumnName(h));

  auto byName = matchByName(normalized);
  if (auto r = applyOverrides(header, normalized, overrides, byName); !r) return r.error();

  ColumnMapping mapping;
  if (kind) {
    mapping.kind = *kind;
  } else {
    auto detected = detectKind(header, byName);
    if (!detected) return detected.error();
    mapping.kind = *detected;
  }
  if (const auto missing = missingColumns(mapping.kind, byName); !missing.empty())
    return makeError(missingMessage(mapping.kind, missing, header, !kind));

  // Only the kind's own columns are mapped; everything else in the header is ignored and named.
  mapping.index.fill(-1);
  std::vector<bool> used(header.size(), false);
  const KindColumns cols = kindColumns(mapping.kind);
  for (auto list : {cols.required, cols.optional})
    for (Column c : list) {
      const int at = byName[static_cast<size_t>(c)];
      mapping.index[static_cast<size_t>(c)] = at;
      if (at >= 0) used[static_cast<size_t>(at)] = true;
    }
  for (size_t i = 0; i < header.size(); ++i)
    if (!used[i] && !normalized[i].empty()) mapping.ignoredColumns.push_back(header[i]);
  return mapping;
}

}  // namespace salesops::ingest
