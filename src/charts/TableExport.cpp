// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/TableExport.h"

#include <QAbstractItemModel>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

#include "WholeFile.h"

#include "salesops/core/JsonText.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/QtDate.h"
#include "salesops/ingest/CsvWriter.h"

namespace salesops::charts {
namespace {

CellFormat formatOf(const KpiDefinition& d, const kpi::KpiValue& v) {
  if (std::holds_alternative<Money>(v)) return CellFormat::Money;
  if (std::holds_alternative<Date>(v)) return CellFormat::Date;
  if (d.kind == KpiKind::Rate) return d.fraction ? CellFormat::Percent : CellFormat::Decimal;
  if (std::holds_alternative<double>(v)) return CellFormat::Decimal;  // field_hours
  return CellFormat::Integer;
}

ExportCell kpiCell(const KpiDefinition& d, const kpi::KpiValue& v) {
  ExportCell cell;
  cell.format = formatOf(d, v);
  if (const auto* n = std::get_if<int64_t>(&v))
    cell.value = static_cast<double>(*n);
  else if (const auto* x = std::get_if<double>(&v)) {
    if (std::isfinite(*x)) cell.value = *x;
  } else if (const auto* m = std::get_if<Money>(&v))
    cell.value = static_cast<double>(m->cents()) / 100.0;
  else if (const auto* date = std::get_if<Date>(&v))
    cell.value = toQDate(*date);
  return cell;
}

ExportCell dimCell(kpi::Dimension dim, const kpi::DimValue& v) {
  if (v.number) return {static_cast<double>(*v.number), CellFormat::Integer};
  if (dim == kpi::Dimension::Day) {
    const QDate d = QDate::fromString(QString::fromStdString(v.text), Qt::ISODate);
    if (d.isValid()) return {d, CellFormat::Date};
  }
  return {QString::fromStdString(v.text), CellFormat::Text};
}

// A cell without kExportCellRole: typed only when the display role holds a number or a date.
ExportCell shownCell(const QVariant& shown) {
  switch (shown.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
      return {shown.toDouble(), CellFormat::Integer};
    case QMetaType::Double:
    case QMetaType::Float:
      return {shown.toDouble(), CellFormat::Decimal};
    case QMetaType::QDate:
      return {shown.toDate(), CellFormat::Date};
    default:
      break;
  }
  const QString text = shown.toString();
  if (text.trimmed().isEmpty() || text.trimmed() == QStringLiteral("\u2014")) return {};
  return {text, CellFormat::Text};
}

// Text cells (and headers) get the formula guard; numbers and dates are written as they are, so a
// negative number stays a number.
QString csvField(const QString& s, ingest::CsvDialect dialect) {
  return QString::fromStdString(ingest::CsvWriter::textCell(s.toStdString(), ingest::csvDelimiter(dialect)));
}

QString csvText(const ExportCell& c, ingest::CsvDialect dialect) {
  if (const auto* s = std::get_if<QString>(&c.value)) return csvField(*s, dialect);
  if (const auto* d = std::get_if<QDate>(&c.value)) return d->toString(Qt::ISODate);
  if (const auto* x = std::get_if<double>(&c.value)) {
    if (c.format == CellFormat::Integer && std::abs(*x) < 9e15 && *x == std::round(*x))
      return QString::number(static_cast<qlonglong>(*x));
    const std::string number =
        c.format == CellFormat::Money ? QString::number(*x, 'f', 2).toStdString() : shortestNumber(*x);
    return QString::fromStdString(ingest::csvNumber(number, dialect));
  }
  return {};
}

// Excel's column width unit is about one character of the default font; text cells are measured
// by their length, numbers by their shown width.
double shownWidth(const ExportCell& c) {
  if (const auto* s = std::get_if<QString>(&c.value)) return s->size();
  if (std::holds_alternative<QDate>(c.value)) return 10;
  if (const auto* x = std::get_if<double>(&c.value)) {
    const double digits = std::floor(std::log10(std::max(1.0, std::abs(*x)))) + 1;
    switch (c.format) {
      case CellFormat::Percent:
        return 6;
      case CellFormat::Money:
        return digits + digits / 3 + 5;
      case CellFormat::Decimal:
        return digits + digits / 3 + 3;
      default:
        return digits + digits / 3;
    }
  }
  return 0;
}

// Sheet names: at most 31 characters, none of []:*?/\ .
std::string sheetName(const QString& name) {
  QString s = name.isEmpty() ? QStringLiteral("KPIs") : name;
  for (QChar bad : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                    QLatin1Char('/'), QLatin1Char('\\')})
    s.replace(bad, QLatin1Char(' '));
  return s.left(31).toStdString();
}

// The workbook of `table`, written by libxlsxwriter to the file named `partial`.
Result<void> writeWorkbook(const ExportTable& table, const QString& path, const QString& partial) {
  lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
  if (!book) return exportError(path, QStringLiteral("cannot create the workbook"));
  lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName(table.sheetName).c_str());
  lxw_format* header = workbook_add_format(book);
  format_set_bold(header);
  format_set_bottom(header, LXW_BORDER_THIN);
  const auto numberFormat = [&](const char* code) {
    lxw_format* f = workbook_add_format(book);
    format_set_num_format(f, code);
    return f;
  };
  lxw_format* integer = numberFormat("#,##0");
  lxw_format* decimal = numberFormat("#,##0.00");
  lxw_format* percent = numberFormat("0.0%");
  lxw_format* money = numberFormat("\"\xE2\x82\xAC\" #,##0.00");
  lxw_format* date = numberFormat("yyyy-mm-dd");
  const auto formatFor = [&](CellFormat f) -> lxw_format* {
    switch (f) {
      case CellFormat::Integer:
        return integer;
      case CellFormat::Decimal:
        return decimal;
      case CellFormat::Percent:
        return percent;
      case CellFormat::Money:
        return money;
      case CellFormat::Date:
        return date;
      case CellFormat::Text:
        return nullptr;
    }
    return nullptr;
  };

  const int columns = static_cast<int>(table.headers.size());
  // The subtitle stands above the header, in a row of its own that its width does not widen.
  const lxw_row_t headerRow = table.subtitle.isEmpty() ? 0 : 1;
  if (headerRow > 0) {
    lxw_format* italic = workbook_add_format(book);
    format_set_italic(italic);
    worksheet_write_string(sheet, 0, 0, table.subtitle.toUtf8().constData(), italic);
  }
  std::vector<double> widths(static_cast<size_t>(columns), 6);
  for (int c = 0; c < columns; ++c) {
    const QString& h = table.headers[c];
    worksheet_write_string(sheet, headerRow, static_cast<lxw_col_t>(c), h.toUtf8().constData(), header);
    widths[static_cast<size_t>(c)] = std::max(widths[static_cast<size_t>(c)], h.size() * 1.1 + 2);
  }
  lxw_row_t r = headerRow + 1;
  for (const auto& row : table.rows) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      const ExportCell& cell = row[c];
      const auto col = static_cast<lxw_col_t>(c);
      if (const auto* s = std::get_if<QString>(&cell.value)) {
        worksheet_write_string(sheet, r, col, s->toUtf8().constData(), nullptr);
      } else if (const auto* x = std::get_if<double>(&cell.value)) {
        worksheet_write_number(sheet, r, col, *x, formatFor(cell.format));
      } else if (const auto* d = std::get_if<QDate>(&cell.value)) {
        lxw_datetime dt{d->year(), d->month(), d->day(), 0, 0, 0};
        worksheet_write_datetime(sheet, r, col, &dt, date);
      } else {
        continue;  // no value: an empty cell, not a zero
      }
      widths[c] = std::max(widths[c], shownWidth(cell) + 2);
    }
    ++r;
  }
  for (int c = 0; c < columns; ++c)
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         std::min(widths[static_cast<size_t>(c)], 60.0), nullptr);
  worksheet_freeze_panes(sheet, headerRow + 1, static_cast<lxw_col_t>(std::clamp(table.frozenColumns, 0, columns)));
  if (columns > 0) worksheet_autofilter(sheet, headerRow, 0, r - 1, static_cast<lxw_col_t>(columns - 1));

  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR) return exportError(path, QString::fromUtf8(lxw_strerror(error)));
  return {};
}

}  // namespace

ExportTable kpiExportTable(const kpi::KpiQuery& q, const std::vector<kpi::KpiRow>& rows) {
  ExportTable t;
  t.sheetName =
      QStringLiteral("KPIs %1 to %2")
          .arg(QString::fromStdString(q.period.from.toString()), QString::fromStdString(q.period.to.toString()));
  t.frozenColumns = static_cast<int>(q.by.size());
  for (kpi::Dimension d : q.by)
    t.headers << QString::fromUtf8(toString(d).data(), static_cast<int>(toString(d).size()));
  for (const KpiDefinition& d : kpiCatalogue()) {
    const QString name = QString::fromUtf8(d.name.data(), static_cast<int>(d.name.size()));
    t.headers << name;
    if (q.compare) t.headers << name + QStringLiteral("_prev");
  }
  for (const kpi::KpiRow& r : rows) {
    std::vector<ExportCell> cells;
    for (size_t i = 0; i < r.dims.size() && i < q.by.size(); ++i) cells.push_back(dimCell(q.by[i], r.dims[i]));
    for (const KpiDefinition& d : kpiCatalogue()) {
      cells.push_back(kpiCell(d, r.now.value(d.name)));
      if (q.compare) cells.push_back(r.prev ? kpiCell(d, r.prev->value(d.name)) : ExportCell{{}, formatOf(d, {})});
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

ExportCell kpiExportCell(std::string_view kpi, const kpi::KpiValue& v) {
  const KpiDefinition* d = findKpi(kpi);
  if (!d) return {};
  return kpiCell(*d, v);
}

ExportCell countExportCell(int64_t n) { return {static_cast<double>(n), CellFormat::Integer}; }

ExportTable modelExportTable(const QAbstractItemModel& model) {
  ExportTable t;
  const int columns = model.columnCount();
  for (int c = 0; c < columns; ++c) t.headers << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
  for (int r = 0; r < model.rowCount(); ++r) {
    std::vector<ExportCell> cells;
    for (int c = 0; c < columns; ++c) {
      const QModelIndex index = model.index(r, c);
      const QVariant exported = index.data(kExportCellRole);
      cells.push_back(exported.canConvert<ExportCell>() ? exported.value<ExportCell>()
                                                        : shownCell(index.data(Qt::DisplayRole)));
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

Result<void> writeCsv(const ExportTable& table, const QString& path, ingest::CsvDialect dialect) {
  const QChar delimiter = QLatin1Char(ingest::csvDelimiter(dialect));
  QStringList line;
  for (const QString& h : table.headers) line << csvField(h, dialect);
  QByteArray out =
      QByteArray(ingest::csvPreamble(dialect).data(), static_cast<qsizetype>(ingest::csvPreamble(dialect).size()));
  out += line.join(delimiter).toUtf8() + "\r\n";
  for (const auto& row : table.rows) {
    line.clear();
    for (const ExportCell& c : row) line << csvText(c, dialect);
    out += line.join(delimiter).toUtf8() + "\r\n";
  }
  return writeWholeFile(path, [&](QIODevice& file) -> Result<void> {
    if (file.write(out) != out.size()) return exportError(path, file.errorString());
    return {};
  });
}

Result<void> writeXlsx(const ExportTable& table, const QString& path) {
  // libxlsxwriter writes the file itself, by name, at close: it writes our temporary file.
  return writeWholeFileByName(path, [&](const QString& partial) { return writeWorkbook(table, path, partial); });
}

Result<void> writeTable(const ExportTable& table, const QString& path, ingest::CsvDialect dialect) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("xlsx")) return writeXlsx(table, path);
  if (suffix == QLatin1String("csv")) return writeCsv(table, path, dialect);
  return exportError(path, QStringLiteral("the name must end in .xlsx or .csv"));
}

}  // namespace salesops::charts
