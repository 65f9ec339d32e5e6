// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/KpiTableModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/TableExport.h"
#include "salesops/kpi/PostcodeBreakdown.h"

namespace salesops::ui {

KpiTableModel::KpiTableModel(QString labelTitle, Label label, std::vector<KpiId> kpis, QObject* parent)
    : QAbstractTableModel(parent), labelTitle_(std::move(labelTitle)), label_(label), kpis_(std::move(kpis)) {}

void KpiTableModel::setRows(std::vector<kpi::KpiRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

int KpiTableModel::column(KpiId kpi) const {
  const auto i = std::find(kpis_.begin(), kpis_.end(), kpi);
  return i == kpis_.end() ? -1 : static_cast<int>(i - kpis_.begin()) + 1;
}

int KpiTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int KpiTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(kpis_.size()) + 1;
}

QString KpiTableModel::labelText(Label label, const kpi::DimValue& v) {
  const QLocale locale;
  switch (label) {
    case Label::Hour:  // as the chart beside the table labels its bars
      if (v.number) return charts::timeLabel(v, kpi::Dimension::Hour, locale);
      break;
    case Label::Weekday:
      if (v.number && *v.number >= 1 && *v.number <= 7) return charts::timeLabel(v, kpi::Dimension::Weekday, locale);
      break;
    case Label::Postcode:
      if (v.text == kpi::kNoPostcode) return tr("(no postcode)");
      break;
    case Label::Text:
      break;
  }
  return charts::memberText(v);  // a rep or area by name and code
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const kpi::KpiRow& row = rows_[static_cast<size_t>(index.row())];
  const kpi::DimValue dim = row.dims.empty() ? kpi::DimValue{} : row.dims.front();
  if (index.column() == 0) {
    switch (role) {
      case Qt::DisplayRole:
        return labelText(label_, dim);
      case KeyRole:
        return QString::fromStdString(dim.text);
      case ValueRole:
        return dim.number ? QVariant(static_cast<qlonglong>(*dim.number)) : QString::fromStdString(dim.text);
      default:
        return {};
    }
  }
  const KpiId k = kpis_[static_cast<size_t>(index.column() - 1)];
  const QLocale locale;
  const auto parts = row.now.parts(k);
  switch (role) {
    case Qt::DisplayRole:
      return charts::formatKpi(k, row.now.value(k), locale);
    case charts::kExportCellRole:
      return QVariant::fromValue(charts::kpiExportCell(k, row.now.value(k)));
    case ValueRole: {
      const auto n = charts::kpiNumber(row.now.value(k));
      return n ? QVariant(*n) : QVariant();
    }
    case KeyRole:
      return QString::fromStdString(dim.text);
    case Qt::TextAlignmentRole:
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
      if (parts && parts->denominator < charts::kSmallDenominator)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
      return {};
    case Qt::ToolTipRole: {
      QString tip = charts::kpiTooltip(k, locale);
      if (parts) {
        tip += QStringLiteral("\n") + tr("n = %1").arg(locale.toString(parts->denominator, 'f', 0));
        if (parts->denominator < charts::kSmallDenominator)
          tip +=
              QStringLiteral("\n") +
              tr("Fewer than %1 in the denominator: read with care.").arg(static_cast<int>(charts::kSmallDenominator));
      }
      return tip;
    }
    default:
      return {};
  }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
  if (section == 0) return role == Qt::DisplayRole ? QVariant(labelTitle_) : QVariant();
  const KpiId k = kpis_[static_cast<size_t>(section - 1)];
  if (role == Qt::DisplayRole) return charts::kpiTitle(k);
  if (role == Qt::ToolTipRole) return charts::kpiTooltip(k);
  return {};
}

}  // namespace salesops::ui
