// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TrendModel.h"

#include <QDate>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/SeriesColors.h"
#include "salesops/charts/TableExport.h"

namespace salesops::ui {

void TrendModel::setTrend(TrendData data) {
  beginResetModel();
  data_ = std::move(data);
  columns_.clear();
  members_.clear();
  for (const std::string& m : data_.allMembers) members_ << QString::fromStdString(m);
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
  const TrendSeries& s = data_.series[c.series];
  return (c.compare ? s.prev : s.now)[static_cast<size_t>(row)];
}

QString TrendModel::periodText(int row) const {
  const std::string& label = data_.periods[static_cast<size_t>(row)];
  const QLocale locale;
  if (data_.request.grain == kpi::Dimension::Day) {
    if (auto d = Date::parseIso(label)) return locale.toString(QDate(d->year(), d->month(), d->day()), "ddd d MMM");
  } else if (data_.request.grain == kpi::Dimension::Month) {
    if (auto d = Date::parseIso(label + "-01")) return locale.toString(QDate(d->year(), d->month(), 1), "MMM yyyy");
  }
  return QString::fromStdString(label);
}

QString TrendModel::seriesTitle(const TrendSeries& s) const {
  if (s.other) return tr("Other (%n more)", nullptr, data_.restCount);
  if (s.member.empty()) return tr("All");
  return QString::fromStdString(s.member);
}

QVariant TrendModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  if (index.column() == 0) {
    if (role == Qt::DisplayRole) return periodText(index.row());
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
  const TrendSeries& s = data_.series[c.series];
  QColor color = s.other            ? charts::otherSeriesColor()
                 : s.member.empty() ? charts::totalSeriesColor()
                                    : charts::seriesColor(QString::fromStdString(s.member), members_);
  if (c.compare) color = color.lighter(130);
  switch (role) {
    case Qt::DisplayRole: {
      if (!c.compare) return seriesTitle(s);
      return data_.request.compare == kpi::Comparison::LastYear   ? tr("%1, last year").arg(seriesTitle(s))
             : data_.request.compare == kpi::Comparison::LastWeek ? tr("%1, last week").arg(seriesTitle(s))
                                                                  : tr("%1, period before").arg(seriesTitle(s));
    }
    case Qt::DecorationRole:
    case ColorRole:
      return color;
    case CompareRole:
      return c.compare;
    case Qt::ToolTipRole:
      return charts::kpiTooltip(kpi());
    default:
      return {};
  }
}

}  // namespace salesops::ui
