// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>
#include <vector>

#include "salesops/core/Result.h"
#include "salesops/kpi/KpiQuery.h"
#include "salesops/kpi/KpiRow.h"

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace salesops::charts {

/// How a cell is typed and shown in a spreadsheet.
enum class CellFormat {
  Text,
  Integer,  ///< whole number, thousands separated
  Decimal,  ///< two decimals (paces, hours)
  Percent,  ///< a fraction 0..1 shown as a percentage
  Money,    ///< euros with cents
  Date,     ///< a calendar date
};

struct ExportCell {
  std::variant<std::monostate, QString, double, QDate> value;  ///< monostate: an empty cell
  CellFormat format = CellFormat::Text;
};

/// A table to export: a header row and typed cells, row by row.
struct ExportTable {
  QString sheetName;
  QStringList headers;
  std::vector<std::vector<ExportCell>> rows;
  int frozenColumns = 1;  ///< the leading columns that name a row, kept in view when scrolling
};

/// The rows of a KPI query as the `kpi` command lists them: the dimension columns, then every
/// catalogue KPI (with `k_prev` after it when the query compares), headed by their names.
/// Counts are integers, fractions percentages (KpiCatalogue), revenue money, dates dates.
ExportTable kpiExportTable(const kpi::KpiQuery& query, const std::vector<kpi::KpiRow>& rows);

/// Exactly the rows and columns of `model` with its horizontal header. Numbers are read from the
/// display text as `locale` writes it (`12,3%` is the percentage 0.123, `€ 1.234,50` money,
/// `1.234` a count, an em dash empty), so the sheet holds what the table shows, typed.
ExportTable modelExportTable(const QAbstractItemModel& model, const QLocale& locale = QLocale());

/// XLSX (libxlsxwriter): typed cells, a bold header row, the header and the first column frozen,
/// an autofilter and column widths fitted to the contents.
Result<void> writeXlsx(const ExportTable& table, const QString& path);
/// UTF-8 CSV, RFC 4180, the header row first; numbers unformatted with a dot (fractions as
/// fractions), dates as YYYY-MM-DD.
Result<void> writeCsv(const ExportTable& table, const QString& path);
/// writeXlsx or writeCsv by the suffix of `path` (.xlsx or .csv).
Result<void> writeTable(const ExportTable& table, const QString& path);

}  // namespace salesops::charts
