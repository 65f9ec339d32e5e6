// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

#include "salesops/kpi/KpiRow.h"

class QChartView;
class QLabel;
class QTableWidget;

namespace salesops::ui {

class FilterBar;
class StoreSession;

/// One area up close: its conversion week by week against the whole organisation, coverage and
/// penetration with the bundling threshold and projected date, and its reps and hours for the
/// filter bar's period.
class AreaPage : public QWidget {
  Q_OBJECT
 public:
  AreaPage(StoreSession& session, FilterBar& filters, QWidget* parent = nullptr);

  void showArea(const QString& area);
  const QString& area() const { return area_; }
  QTableWidget* repTable() const { return reps_; }

 signals:
  /// The Back link or Alt+Left.
  void back();
  void loaded();

 private:
  struct Data {
    std::vector<kpi::KpiRow> areaWeeks, orgWeeks, areaTotal, reps, hours;
  };
  void reload();
  void show(const Data& data);

  StoreSession& session_;
  FilterBar& filters_;
  QString area_;
  QLabel* crumbs_;
  QLabel* facts_;
  QChartView* trend_;
  QTableWidget* reps_;
  QTableWidget* hours_;
  int generation_ = 0;
};

}  // namespace salesops::ui
