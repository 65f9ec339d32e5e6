// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>

#include "salesops/kpi/CancellationCohorts.h"

namespace salesops::ui {

/// Cancellation cohorts as a table: one row per order week (oldest first) with its orders,
/// cancellations and cancel rate, then one column per day of its curve. The Cancellations page's
/// chart draws every day column; its table shows the weekly ones.
class CohortModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Week, Orders, Cancelled, CancelRate, FirstDay };
  enum Role {
    ValueRole = Qt::UserRole,  ///< the number (shares as fractions), or invalid for no value
    DenominatorRole,           ///< shares: the orders they are of (n)
    ColorRole,                 ///< the week's line colour
  };

  using QAbstractTableModel::QAbstractTableModel;

  void setCohorts(kpi::CancellationCohorts cohorts);
  const kpi::CancellationCohorts& cohorts() const { return data_; }
  /// The day a column shows, or -1 for the first four columns.
  static int dayOf(int column) { return column >= FirstDay ? column - FirstDay : -1; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QColor color(int row) const;
  kpi::CancellationCohorts data_;
};

}  // namespace salesops::ui
