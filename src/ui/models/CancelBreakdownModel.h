// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

#include "salesops/kpi/CancellationCohorts.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/kpi/LostDeals.h"

namespace salesops::ui {

/// Cancellations broken down by reason or by rep: orders, cancelled and a rate with its n, where
/// rates under the small-denominator limit are greyed. The numbers come ready from the engine (reps)
/// or the cohort function (reasons); nothing is computed here.
class CancelBreakdownModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  /// Excess: the rep's cancellations within 14 days beyond the other reps' rate (kpi::cancelOutliers).
  enum Column { Name, Orders, Cancelled, Rate, Rate14d, Excess, ColumnCount };
  enum Role { ValueRole = Qt::UserRole };

  struct Row {
    QString name;
    int64_t orders = 0;
    int64_t cancelled = 0;
    std::optional<double> rate;
    int64_t rateN = 0;
    std::optional<double> rate14d;
    int64_t rate14dN = 0;
    std::optional<kpi::CancelOutlier> outlier;  ///< reps only
  };

  /// `name` heads the first column; `rateTitle` the rate's.
  CancelBreakdownModel(QString name, QString rateTitle, bool with14d, QObject* parent = nullptr);

  void setRows(std::vector<Row> rows);
  /// Reasons: each its cancelled orders and share of every order, most first.
  void setReasons(const kpi::CancellationCohorts& cohorts);
  /// Reps: the engine's rows by rep, with orders, cancelled, cancel_rate and cancel_rate_14d, and
  /// each rep's 14-day cancellations against the other reps' (Excess; significant ones in red).
  void setReps(const std::vector<kpi::KpiRow>& rows);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QVariant excessData(const Row& r, int role, const QLocale& locale) const;
  QString name_, rateTitle_;
  bool with14d_;
  std::vector<Row> rows_;
};

}  // namespace salesops::ui
