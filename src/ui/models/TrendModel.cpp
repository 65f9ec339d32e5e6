// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TrendModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/TableExport.h"

namespace salesops::ui {

void TrendModel::setTrend(kpi::TrendData data) {
  beginResetModel();
  data_ = std::move(data);
  columns_.clear();
  for (size_t i = 0; i < data_.series.size(); ++i) {
    columns_.push_back({i, false});
    if (data_.request.compare) columns_.push_back({i, true});
  }
  endResetModel();
}

int TrendModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(data_.periods.size());
}

int TrendModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : 1 + static_cast<int>(columns_.size());
}

const std::optional<kpi::KpiValues>& TrendModel::cell(int row, int column) const {
  const Column& c = columns_[static_cast<size_t>(column - 1)];
  const kpi::TrendSeries& s = data_.series[c.series];
  return (c.compare ? s.prev : s.now)[static_cast<size_t>(row)];
}

QVariant TrendModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  if (index.column() == 0) {
    if (role == Qt::DisplayRole) return charts::trendPeriodText(data_, static_cast<size_t>(index.row()), QLocale());
    if (role == ValueRole) return QString::fromStdString(data_.periods[static_cast<size_t>(index.row())]);
    return {};
  }
  const std::optional<kpi::KpiValues>& v = cell(index.row(), index.column());
  const std::string& k = kpi();
  const kpi::KpiValue value = v ? v->value(k) : kpi::KpiValue{};
  const std::optional<kpi::RateParts> parts = v ? v->parts(k) : std::nullopt;
  const bool small = parts && parts->denominator < charts::kSmallDenominator;
  switch (role) {
    case Qt::DisplayRole:
      return charts::formatKpi(k, value);
    case charts::kExportCellRole:
      return QVariant::fromValue(charts::kpiExportCell(k, value));
    case ValueRole: {
      const auto n = charts::kpiNumber(value);
      return n ? QVariant(*n) : QVariant();
    }
    case DenominatorRole:
      return parts ? QVariant(parts->denominator) : QVariant();
    case Qt::TextAlignmentRole:
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
      if (small) return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
      return {};
    case Qt::ToolTipRole:
      if (!parts) return charts::kpiTooltip(k);
      return small ? tr("n = %1: fewer than %2, too few to read much into")
                         .arg(QLocale().toString(parts->denominator, 'f', 0))
                         .arg(charts::kSmallDenominator)
                   : tr("n = %1").arg(QLocale().toString(parts->denominator, 'f', 0));
    default:
      return {};
  }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
  if (section < 0 || section >= columnCount()) return {};
  if (section == 0) {
    if (role != Qt::DisplayRole) return {};
    switch (data_.request.grain) {
      case kpi::Dimension::Day:
        return tr("Day");
      case kpi::Dimension::Month:
        return tr("Month");
      default:
        return tr("Week");
    }
  }
  const Column& c = columns_[static_cast<size_t>(section - 1)];
  switch (role) {
    case Qt::DisplayRole:
      return charts::trendSeriesTitle(data_, c.series, c.compare);
    case Qt::DecorationRole:
    case ColorRole:
      return charts::trendSeriesColor(data_, c.series, c.compare);
    case CompareRole:
      return c.compare;
    case Qt::ToolTipRole:
      return charts::kpiTooltip(kpi());
    default:
      return {};
  }
}

}  // namespace salesops::ui
