// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/KpiFormat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "salesops/core/DisplayWidth.h"
#include "salesops/core/JsonText.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/ingest/CsvWriter.h"
#include "salesops/kpi/MemberLabel.h"

namespace salesops::kpi {
namespace {

enum class Style { Json, Csv, Table };

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// `dialect` is the CSV style's: its decimal separator and delimiter.
std::string formatValue(const KpiDefinition& d, const KpiValue& v, Style style,
                        ingest::CsvDialect dialect = ingest::CsvDialect::Rfc4180) {
  if (std::holds_alternative<std::monostate>(v)) return style == Style::Json ? "null" : style == Style::Csv ? "" : "—";
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* m = std::get_if<Money>(&v))
    return style == Style::Csv ? ingest::csvNumber(m->toString(), dialect) : m->toString();
  if (const auto* date = std::get_if<Date>(&v))
    return style == Style::Json ? jsonString(date->toString()) : date->toString();
  const double x = std::get<double>(v);
  // Machine-readable outputs carry the engine's double exactly (shortest round-trip text); only
  // the table for people rounds.
  if (style == Style::Json) return jsonNumber(x);
  if (style == Style::Csv) return std::isfinite(x) ? ingest::csvNumber(shortestNumber(x), dialect) : std::string();
  if (d.kind != KpiKind::Rate) return fixed(x, 2);  // field_hours
  if (d.fraction) return fixed(x * 100.0, 1) + "%";
  return fixed(x, 2);
}

std::string formatDim(const DimValue& v, Style style, ingest::CsvDialect dialect = ingest::CsvDialect::Rfc4180) {
  if (style == Style::Json) return v.number ? std::to_string(*v.number) : jsonString(v.text);
  if (style == Style::Table) return memberLabel(v);  // "Jan de Vries (R001)"
  // Text dimensions come from the data (a team named `=1+1`) and get the formula guard; numbers
  // (hour, weekday) stay numbers.
  return v.number ? std::to_string(*v.number) : ingest::CsvWriter::textCell(v.text, ingest::csvDelimiter(dialect));
}

/// Cells of one row in column order (formatted for `style`).
std::vector<std::string> cells(const KpiQuery& q, const KpiRow& row, Style style,
                               ingest::CsvDialect dialect = ingest::CsvDialect::Rfc4180) {
  std::vector<std::string> out;
  for (const auto& d : row.dims) out.push_back(formatDim(d, style, dialect));
  for (const KpiDefinition& d : kpiCatalogue()) {
    out.push_back(formatValue(d, row.now.value(d.name), style, dialect));
    if (q.compare) out.push_back(formatValue(d, row.prev ? row.prev->value(d.name) : KpiValue{}, style, dialect));
  }
  return out;
}

}  // namespace

std::vector<std::string> kpiColumns(const KpiQuery& q) {
  std::vector<std::string> out;
  for (Dimension d : q.by) out.emplace_back(toString(d));
  for (const KpiDefinition& d : kpiCatalogue()) {
    out.emplace_back(d.name);
    if (q.compare) out.push_back(std::string(d.name) + "_prev");
  }
  return out;
}

std::string targetJson(const TargetProgress& t) {
  std::string keys = "[";
  for (size_t i = 0; i < t.keys.size(); ++i) keys += (i ? ", " : "") + jsonString(t.keys[i]);
  keys += "]";
  return "{\"horizon\": " + jsonString(toString(t.horizon)) + ", \"from\": " + jsonString(t.period.from.toString()) +
         ", \"to\": " + jsonString(t.period.to.toString()) + ", \"level\": " + jsonString(toString(t.level)) +
         ", \"keys\": " + keys + ", \"from_members\": " + (t.fromMembers ? "true" : "false") +
         ", \"target\": " + jsonNumber(t.target) + ", \"value\": " + jsonNumber(t.value) +
         ", \"n\": " + jsonNumber(t.n) + ", \"projected\": " + jsonNumber(t.pace) +
         ", \"on_track\": " + (t.onTrack ? (*t.onTrack ? "true" : "false") : "null") +
         ", \"complete\": " + (t.complete ? "true" : "false") + "}";
}

std::string formatJson(const KpiQuery& q, const std::vector<KpiRow>& rows, const TargetBook* targets,
                       const std::string& moreKeys) {
  const auto columns = kpiColumns(q);
  std::string out =
      "{\"from\": " + jsonString(q.period.from.toString()) + ", \"to\": " + jsonString(q.period.to.toString()) +
      ", \"as_of\": " + jsonString(q.asOf.toString()) + (moreKeys.empty() ? "" : ", " + moreKeys) + ", \"by\": [";
  for (size_t i = 0; i < q.by.size(); ++i) out += (i ? ", " : "") + jsonString(toString(q.by[i]));
  out += "], \"rows\": [";
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto values = cells(q, rows[r], Style::Json);
    out += r ? ",\n  {" : "\n  {";
    for (size_t c = 0; c < values.size(); ++c) {
      out += (c ? ", " : "") + jsonString(columns[c]) + ": " + values[c];
      // Why an area with a bundling threshold has no date (kpis.md), right after the date.
      if (columns[c] == kpiName(KpiId::bundling_date) && rows[r].now.bundlingOutlook)
        out += ", \"bundling_outlook\": " + jsonString(toString(*rows[r].now.bundlingOutlook));
    }
    out += dimNamesJson(q.by, rows[r]);  // names for people after the values (docs/cli-json.md)
    if (targets) {
      const auto own = targetsOfRow(*targets, q, rows[r]);
      for (size_t i = 0; i < own.size(); ++i)
        out += (i ? ", " : ", \"targets\": {") + jsonString(own[i].metric) + ": " + targetJson(own[i]);
      if (!own.empty()) out += "}";
    }
    out += "}";
  }
  return out + (rows.empty() ? "]}\n" : "\n]}\n");
}

std::string dimNamesJson(const std::vector<Dimension>& by, const KpiRow& row) {
  std::string out;
  for (size_t i = 0; i < by.size() && i < row.dims.size(); ++i) {
    if (by[i] != Dimension::Rep && by[i] != Dimension::Area) continue;
    const std::string& name = row.dims[i].name;
    out += ", " + jsonString(std::string(toString(by[i])) + "_name") + ": ";
    out += name.empty() ? std::string("null") : jsonString(name);
  }
  return out;
}

std::string jsonValue(KpiId kpi, const KpiValues& values) {
  return formatValue(kpiDefinition(kpi), values.value(kpi), Style::Json);
}

std::string tableValue(KpiId kpi, const KpiValues& values) {
  return formatValue(kpiDefinition(kpi), values.value(kpi), Style::Table);
}

std::string jsonValues(const KpiValues& values) {
  std::string out = "{";
  for (const KpiDefinition& d : kpiCatalogue())
    out += (out.size() > 1 ? ", " : "") + jsonString(d.name) + ": " + formatValue(d, values.value(d.name), Style::Json);
  return out + "}";
}

std::string formatCsv(const KpiQuery& q, const std::vector<KpiRow>& rows, ingest::CsvDialect dialect) {
  const char delimiter = ingest::csvDelimiter(dialect);
  const auto line = [delimiter](const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += delimiter;
      out += fields[i];
    }
    return out + "\r\n";
  };
  std::string out = std::string(ingest::csvPreamble(dialect)) + line(kpiColumns(q));
  for (const auto& r : rows) out += line(cells(q, r, Style::Csv, dialect));
  return out;
}

std::string formatTable(const KpiQuery& q, const std::vector<KpiRow>& rows) {
  std::vector<std::vector<std::string>> grid{kpiColumns(q)};
  for (const auto& r : rows) grid.push_back(cells(q, r, Style::Table));
  std::vector<size_t> widths(grid[0].size(), 0);
  for (const auto& line : grid)
    for (size_t c = 0; c < line.size(); ++c) widths[c] = std::max(widths[c], displayWidth(line[c]));
  std::string out;
  for (size_t l = 0; l < grid.size(); ++l) {
    for (size_t c = 0; c < grid[l].size(); ++c) {
      // Dimension columns read left-aligned, numbers right-aligned so digits line up.
      const Align align = c < q.by.size() ? Align::Left : Align::Right;
      out += (c ? "  " : "") + padToWidth(grid[l][c], widths[c], align);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
  }
  return out;
}

}  // namespace salesops::kpi
