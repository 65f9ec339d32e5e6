// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"
#include "widgets/ChartView.h"

class QComboBox;
class QLabel;
class QTableView;

namespace salesops::ui {

class TrendModel;

/// Any KPI of the catalogue over the filter bar's period, by day, week or month, optionally one
/// line per team, channel, area, city, rep or product and with the compared period dashed. The
/// chart and the table below it both read one TrendModel.
class TrendsPage : public Page {
  Q_OBJECT
 public:
  TrendsPage(StoreSession& session, FilterBar& filters, QWidget* parent = nullptr);

  TrendModel* model() const { return model_; }
  QChartView* chartView() const { return chart_; }
  QTableView* table() const { return table_; }
  QComboBox* kpiChoice() const { return kpi_; }
  QComboBox* grainChoice() const { return grain_; }
  QComboBox* splitChoice() const { return split_; }
  QComboBox* compareChoice() const { return compare_; }

 protected:
  void startLoad() override;

 private:
  /// Draws the model's trend with charts::trendChart, as `export chart trend` does.
  void rebuildChart();

  QComboBox* kpi_;
  QComboBox* grain_;
  QComboBox* split_;
  QComboBox* compare_;
  QLabel* note_;
  ChartView* chart_;
  QTableView* table_;
  TrendModel* model_;
};

}  // namespace salesops::ui
