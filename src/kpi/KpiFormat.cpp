// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/KpiFormat.h"

#include <algorithm>
#include <cstdio>

#include "salesops/core/KpiCatalogue.h"

namespace salesops::kpi {
namespace {

enum class Style { Json, Csv, Table };

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Hand-written rather than QJsonObject: keys stay in the order the contract shows.
std::string jsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string formatValue(const KpiDefinition& d, const KpiValue& v, Style style) {
  if (std::holds_alternative<std::monostate>(v)) return style == Style::Json ? "null" : style == Style::Csv ? "" : "—";
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* m = std::get_if<Money>(&v)) return m->toString();
  if (const auto* date = std::get_if<Date>(&v))
    return style == Style::Json ? jsonString(date->toString()) : date->toString();
  const double x = std::get<double>(v);
  if (d.kind != KpiKind::Rate) return fixed(x, 2);  // field_hours
  if (style == Style::Table && d.fraction) return fixed(x * 100.0, 1) + "%";
  return fixed(x, style == Style::Table ? 2 : 4);
}

std::string formatDim(const DimValue& v, Style style) {
  if (style == Style::Json) return v.number ? std::to_string(*v.number) : jsonString(v.text);
  return style == Style::Csv ? csvField(v.text) : v.text;
}

/// Cells of one row in column order (formatted for `style`).
std::vector<std::string> cells(const KpiQuery& q, const KpiRow& row, Style style) {
  std::vector<std::string> out;
  for (const auto& d : row.dims) out.push_back(formatDim(d, style));
  for (const KpiDefinition& d : kpiCatalogue()) {
    out.push_back(formatValue(d, row.now.value(d.name), style));
    if (q.compare) out.push_back(formatValue(d, row.prev ? row.prev->value(d.name) : KpiValue{}, style));
  }
  return out;
}

// Display width in code points: the em dash and names such as "Den Haag – Zuid" are multi-byte.
size_t width(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
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

std::string formatJson(const KpiQuery& q, const std::vector<KpiRow>& rows) {
  const auto columns = kpiColumns(q);
  std::string out = "{\"from\": " + jsonString(q.period.from.toString()) +
                    ", \"to\": " + jsonString(q.period.to.toString()) + ", \"as_of\": " + jsonString(q.asOf.toString()) +
                    ", \"by\": [";
  for (size_t i = 0; i < q.by.size(); ++i) out += (i ? ", " : "") + jsonString(toString(q.by[i]));
  out += "], \"rows\": [";
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto values = cells(q, rows[r], Style::Json);
    out += r ? ",\n  {" : "\n  {";
    for (size_t c = 0; c < values.size(); ++c) out += (c ? ", " : "") + jsonString(columns[c]) + ": " + values[c];
    out += "}";
  }
  return out + (rows.empty() ? "]}\n" : "\n]}\n");
}

std::string jsonValue(std::string_view kpi, const KpiValues& values) {
  const KpiDefinition* d = findKpi(kpi);
  return d ? formatValue(*d, values.value(d->name), Style::Json) : "null";
}

std::string tableValue(std::string_view kpi, const KpiValues& values) {
  const KpiDefinition* d = findKpi(kpi);
  return d ? formatValue(*d, values.value(d->name), Style::Table) : "—";
}

std::string jsonValues(const KpiValues& values) {
  std::string out = "{";
  for (const KpiDefinition& d : kpiCatalogue())
    out += (out.size() > 1 ? ", " : "") + jsonString(d.name) + ": " + formatValue(d, values.value(d.name), Style::Json);
  return out + "}";
}

std::string formatCsv(const KpiQuery& q, const std::vector<KpiRow>& rows) {
  const auto line = [](const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + fields[i];
    return out + "\r\n";
  };
  std::string out = line(kpiColumns(q));
  for (const auto& r : rows) out += line(cells(q, r, Style::Csv));
  return out;
}

std::string formatTable(const KpiQuery& q, const std::vector<KpiRow>& rows) {
  std::vector<std::vector<std::string>> grid{kpiColumns(q)};
  for (const auto& r : rows) grid.push_back(cells(q, r, Style::Table));
  std::vector<size_t> widths(grid[0].size(), 0);
  for (const auto& line : grid)
    for (size_t c = 0; c < line.size(); ++c) widths[c] = std::max(widths[c], width(line[c]));
  std::string out;
  for (size_t l = 0; l < grid.size(); ++l) {
    for (size_t c = 0; c < grid[l].size(); ++c) {
      const std::string pad(widths[c] - width(grid[l][c]), ' ');
      // Dimension columns read left-aligned, numbers right-aligned so digits line up.
      const bool left = c < q.by.size();
      out += (c ? "  " : "") + (left ? grid[l][c] + pad : pad + grid[l][c]);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
  }
  return out;
}

}  // namespace salesops::kpi
