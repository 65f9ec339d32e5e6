// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

#include "salesops/core/KpiId.h"
#include "salesops/core/Result.h"
#include "salesops/ingest/CsvDialect.h"
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

/// The item data role under which a table model gives a cell as it is exported: a QVariant holding
/// an ExportCell made from the engine's value (kpiExportCell for a KPI), never from the shown text.
inline constexpr int kExportCellRole = Qt::UserRole + 0x0E0C;

/// A KPI's value as an export cell: counts integers, fractions percentages, other rates and hours
/// decimals, revenue money, dates dates, no value an empty cell.
ExportCell kpiExportCell(std::string_view kpi, const kpi::KpiValue& v);
inline ExportCell kpiExportCell(KpiId kpi, const kpi::KpiValue& v) { return kpiExportCell(kpiName(kpi), v); }
template <std::size_t N>
ExportCell kpiExportCell(const char (&literal)[N], const kpi::KpiValue& v) = delete;  // name it by its KpiId
/// A count as an export cell.
ExportCell countExportCell(int64_t n);

/// A table to export: a header row and typed cells, row by row.
struct ExportTable {
  QString sheetName;
  QStringList headers;
  std::vector<std::vector<ExportCell>> rows;
  int frozenColumns = 1;  ///< the leading columns that name a row, kept in view when scrolling
  /// The period and filters the rows are of ("2 Nov – 29 Nov 2026 · Team: Team Zuid"), as under a
  /// chart export's title; empty for none. XLSX writes it in the first row, above the header. CSV
  /// leaves it out, so its first row stays the header for scripts (the file name says the period).
  QString subtitle;
};

/// The rows of a KPI query as the `kpi` command lists them: the dimension columns, then every
/// catalogue KPI (with `k_prev` after it when the query compares), headed by their names.
/// Counts are integers, fractions percentages (KpiCatalogue), revenue money, dates dates.
ExportTable kpiExportTable(const kpi::KpiQuery& query, const std::vector<kpi::KpiRow>& rows);

/// Exactly the rows and columns of `model` with its horizontal header. A cell is what the model
/// gives under kExportCellRole (the engine's number, typed); without it, a number or date the
/// display role holds as such, else the shown text as text (an em dash as empty). Shown text is
/// never parsed back into a number: "5.4%" is not 27/500.
ExportTable modelExportTable(const QAbstractItemModel& model);

/// XLSX (libxlsxwriter): typed cells, a bold header row, the header and the first column frozen,
/// an autofilter and column widths fitted to the contents.
Result<void> writeXlsx(const ExportTable& table, const QString& path);
/// CSV in `dialect` (rfc4180: `,`, UTF-8; excel-nl: `;`, UTF-8 with BOM, decimal comma), the header
/// row first, CRLF line ends; numbers unformatted (fractions as fractions), dates as YYYY-MM-DD,
/// text with the formula guard.
Result<void> writeCsv(const ExportTable& table, const QString& path,
                      ingest::CsvDialect dialect = ingest::CsvDialect::Rfc4180);
/// writeXlsx or writeCsv by the suffix of `path` (.xlsx or .csv).
Result<void> writeTable(const ExportTable& table, const QString& path,
                        ingest::CsvDialect dialect = ingest::CsvDialect::Rfc4180);

}  // namespace salesops::charts

Q_DECLARE_METATYPE(salesops::charts::ExportCell)
