// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CancelBreakdownModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/ReasonText.h"
#include "salesops/charts/TableExport.h"

namespace salesops::ui {

CancelBreakdownModel::CancelBreakdownModel(QString name, QString rateTitle, bool with14d, QObject* parent)
    : QAbstractTableModel(parent), name_(std::move(name)), rateTitle_(std::move(rateTitle)), with14d_(with14d) {}

void CancelBreakdownModel::setRows(std::vector<Row> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

void CancelBreakdownModel::setReasons(const kpi::CancellationCohorts& c) {
  std::vector<Row> rows;
  for (const kpi::ReasonCancellations& r : c.reasons)
    rows.push_back(
        {charts::cancelReasonTitle(r.reason), r.orders, r.cancelled, r.share(), r.orders, {}, 0, std::nullopt});
  setRows(std::move(rows));
}

void CancelBreakdownModel::setReps(const std::vector<kpi::KpiRow>& reps) {
  std::vector<Row> rows;
  const std::vector<kpi::CancelOutlier> outliers = kpi::cancelOutliers(reps);
  for (size_t i = 0; i < reps.size(); ++i) {
    const kpi::KpiRow& r = reps[i];
    Row row;
    row.outlier = outliers[i];
    row.name = charts::memberText(r.dims.at(0));  // "Kevin van Dijk (R007)"
    row.orders = r.now.orders;
    row.cancelled = r.now.cancelled;
    row.rate = charts::kpiNumber(r.now.value(KpiId::cancel_rate));
    if (auto p = r.now.parts(KpiId::cancel_rate)) row.rateN = static_cast<int64_t>(p->denominator);
    row.rate14d = charts::kpiNumber(r.now.value(KpiId::cancel_rate_14d));
    if (auto p = r.now.parts(KpiId::cancel_rate_14d)) row.rate14dN = static_cast<int64_t>(p->denominator);
    rows.push_back(std::move(row));
  }
  setRows(std::move(rows));
}

int CancelBreakdownModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CancelBreakdownModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : (with14d_ ? ColumnCount : Rate14d);
}

QVariant CancelBreakdownModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<size_t>(index.row())];
  const QLocale locale;
  if (index.column() == Name) return role == Qt::DisplayRole || role == ValueRole ? QVariant(r.name) : QVariant();
  if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (index.column() == Excess) return excessData(r, role, locale);
  if (index.column() == Orders || index.column() == Cancelled) {
    const int64_t v = index.column() == Orders ? r.orders : r.cancelled;
    if (role == Qt::DisplayRole) return locale.toString(static_cast<qlonglong>(v));
    if (role == ValueRole) return static_cast<qlonglong>(v);
    if (role == charts::kExportCellRole) return QVariant::fromValue(charts::countExportCell(v));
    return {};
  }
  const bool fourteen = index.column() == Rate14d;
  const std::optional<double>& rate = fourteen ? r.rate14d : r.rate;
  const int64_t n = fourteen ? r.rate14dN : r.rateN;
  const bool small = rate && n < charts::kSmallDenominator;
  switch (role) {
    case Qt::DisplayRole:
      return charts::formatKpiNumber(fourteen ? KpiId::cancel_rate_14d : KpiId::cancel_rate, rate, locale);
    case ValueRole:
      return rate ? QVariant(*rate) : QVariant();
    case charts::kExportCellRole:
      return QVariant::fromValue(charts::kpiExportCell(fourteen ? KpiId::cancel_rate_14d : KpiId::cancel_rate,
                                                       rate ? kpi::KpiValue(*rate) : kpi::KpiValue{}));
    case Qt::ForegroundRole:
      return small ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::ToolTipRole: {
      const QString text = tr("n = %1").arg(locale.toString(static_cast<qlonglong>(n)));
      return small ? text + tr(": fewer than %1, too few to read much into").arg(charts::kSmallDenominator) : text;
    }
    default:
      return {};
  }
}

QVariant CancelBreakdownModel::excessData(const Row& r, int role, const QLocale& locale) const {
  if (!r.outlier || !r.outlier->restRate) return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
  const kpi::CancelOutlier& o = *r.outlier;
  switch (role) {
    case Qt::DisplayRole:
      return (o.excess > 0 ? QStringLiteral("+") : QString()) + locale.toString(o.excess, 'f', 1);
    case ValueRole:
      return o.excess;
    case charts::kExportCellRole:
      return QVariant::fromValue(charts::ExportCell{o.excess, charts::CellFormat::Decimal});
    case Qt::ForegroundRole:
      return o.significant ? QVariant(QColor(0xd6, 0x27, 0x28)) : QVariant();
    case Qt::ToolTipRole:
      return tr("%1 against the other reps' %2 (n = %3)%4")
          .arg(charts::formatKpiNumber(KpiId::cancel_rate_14d, o.rate, locale),
               charts::formatKpiNumber(KpiId::cancel_rate_14d, o.restRate, locale),
               locale.toString(static_cast<qlonglong>(r.rate14dN)),
               o.significant ? tr(": significantly higher") : QString());
    default:
      return {};
  }
}

QVariant CancelBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
  if (section < 0 || section >= columnCount()) return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
      case Name:
        return name_;
      case Orders:
        return tr("Orders");
      case Cancelled:
        return tr("Cancelled");
      case Rate:
        return rateTitle_;
      case Excess:
        return tr("Above\nthe rest");
      default: {
        // On two lines: the columns must fit beside the chart at 1366 pixels, in Dutch too.
        QString title = charts::kpiTitle(KpiId::cancel_rate_14d);
        if (const qsizetype space = title.lastIndexOf(QLatin1Char(' ')); space > 0) title[space] = QLatin1Char('\n');
        return title;
      }
    }
  }
  if (role == Qt::ToolTipRole && section == Rate14d) return charts::kpiTooltip(KpiId::cancel_rate_14d);
  if (role == Qt::ToolTipRole && section == Excess)
    return tr(
        "Orders cancelled within 14 days beyond the other reps' rate: cancelled (14d) minus orders (14d) "
        "times the rest's cancel rate 14d. Red: significantly above the rest (|z| >= 2.58).");
  return {};
}

}  // namespace salesops::ui
