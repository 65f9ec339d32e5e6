// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"
#include "widgets/ChartView.h"

class QLabel;
class QTableView;

namespace salesops::ui {

class CancelBreakdownModel;
class CohortModel;

/// Cancellations as cohorts: for each of the eight order weeks ending with the filter bar's last
/// day, the share of its orders cancelled by each day after ordering (one line per week), and the
/// same orders' cancellations by reason and by rep.
class CancellationsPage : public Page {
  Q_OBJECT
 public:
  CancellationsPage(StoreSession& session, FilterBar& filters, QWidget* parent = nullptr);

  CohortModel* cohortModel() const { return cohorts_; }
  CancelBreakdownModel* reasonModel() const { return reasons_; }
  CancelBreakdownModel* repModel() const { return reps_; }
  QChartView* chartView() const { return chart_; }

 protected:
  void startLoad() override;

 private:
  /// Draws the model's cohorts with charts::cohortChart, as `export chart cancellation-cohorts` does.
  void rebuildChart();

  QLabel* heading_;
  ChartView* chart_;
  CohortModel* cohorts_;
  CancelBreakdownModel* reasons_;
  CancelBreakdownModel* reps_;
  QTableView* cohortTable_;
};

}  // namespace salesops::ui
