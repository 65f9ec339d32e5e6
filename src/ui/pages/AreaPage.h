// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

#include "salesops/kpi/KpiRow.h"
#include "salesops/store/KpiSource.h"

class QButtonGroup;
class QLabel;
class QTabWidget;

namespace salesops::ui {

class ChartView;

class Breadcrumbs;
class BundlingGauge;
class DrillStack;
class FilterBar;
class KpiTableModel;
class KpiTableView;
class StoreSession;

/// One area up close, for the filter bar's period: its KPIs week by week against the whole
/// organisation, coverage and penetration against the bundling threshold with the projected date,
/// and the area by postcode (PC4 or street-level PC6), by rep and by hour. A rep opens its page.
class AreaPage : public QWidget {
  Q_OBJECT
 public:
  AreaPage(StoreSession& session, FilterBar& filters, DrillStack& drill, QWidget* parent = nullptr);

  void showArea(const QString& area);
  const QString& area() const { return area_; }
  void setPostcodeLevel(store::PostcodeLevel level);
  store::PostcodeLevel postcodeLevel() const { return level_; }

  KpiTableView* repTable() const { return repView_; }
  KpiTableModel* postcodeModel() const { return postcodes_; }
  KpiTableModel* repModel() const { return reps_; }
  KpiTableModel* hourModel() const { return hours_; }
  BundlingGauge* penetrationGauge() const { return penetration_; }
  Breadcrumbs* breadcrumbs() const { return crumbs_; }
  QTabWidget* tabs() const { return tabs_; }

 signals:
  /// Everything asked for by the last showArea, filter change or level switch is shown.
  void loaded();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Data {
    std::vector<kpi::KpiRow> areaWeeks, orgWeeks, areaTotal, orgTotal, reps, hours;
    std::optional<store::AreaInfo> info;
  };
  void reload();
  void reloadPostcodes();
  void finished();
  void show(const Data& data);
  void showGauges(const Data& data);

  StoreSession& session_;
  FilterBar& filters_;
  DrillStack& drill_;
  QString area_;
  store::PostcodeLevel level_ = store::PostcodeLevel::Pc4;
  Breadcrumbs* crumbs_;
  QLabel* heading_;
  QLabel* facts_;
  BundlingGauge* coverage_;
  BundlingGauge* penetration_;
  ChartView* trend_;
  ChartView* hourChart_;
  QTabWidget* tabs_;
  QButtonGroup* levels_;
  KpiTableModel* postcodes_;
  KpiTableModel* reps_;
  KpiTableModel* hours_;
  KpiTableView* postcodeView_;
  KpiTableView* repView_;
  KpiTableView* hourView_;
  int generation_ = 0;
  int postcodeGeneration_ = 0;
  bool mainPending_ = false;
  bool postcodesPending_ = false;
  bool stale_ = false;  ///< the filters changed while the page was hidden
};

}  // namespace salesops::ui
