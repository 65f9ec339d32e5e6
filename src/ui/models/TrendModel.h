// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>

#include "salesops/kpi/TrendData.h"

namespace salesops::ui {

/// A trend as a table: one row per day, week or month; column 0 the period, then one column per
/// line (and with a comparison, each line's compared values right after it). Its titles and
/// colours are the Trends chart's (charts::trendSeriesTitle, trendSeriesColor), so they cannot disagree.
class TrendModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Role {
    ValueRole = Qt::UserRole,  ///< the value as a plain number (rates as fractions), or invalid
    DenominatorRole,           ///< rates: the denominator (n)
    ColorRole,                 ///< header: the line's colour
    CompareRole,               ///< header: true for a compared-period column
  };

  using QAbstractTableModel::QAbstractTableModel;

  void setTrend(kpi::TrendData data);
  const kpi::TrendData& trend() const { return data_; }
  const std::string& kpi() const { return data_.request.kpi; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct Column {
    size_t series;
    bool compare;
  };
  const std::optional<kpi::KpiValues>& cell(int row, int column) const;

  kpi::TrendData data_;
  std::vector<Column> columns_;
};

}  // namespace salesops::ui
