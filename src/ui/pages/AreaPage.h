// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "pages/Page.h"

#include "salesops/kpi/DrillPages.h"
#include "salesops/kpi/PostcodeBreakdown.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QTabWidget;

namespace salesops::ui {

class ChartView;

class Breadcrumbs;
class BundlingGauge;
class DrillStack;
class KpiTableModel;
class KpiTableView;

/// One area up close, for the filter bar's period: its KPIs week by week against the whole
/// organisation, coverage and penetration against the bundling threshold with the projected date,
/// and the area by postcode (PC4 or street-level PC6), by rep and by hour. A rep opens its page;
/// the picker shows another area.
class AreaPage : public Page {
  Q_OBJECT
 public:
  AreaPage(StoreSession& session, FilterBar& filters, DrillStack& drill, QWidget* parent = nullptr);

  /// Shows `area`, loading now.
  void showArea(const QString& area);
  /// Shows `area` from now on, loading when the page is shown.
  void setArea(const QString& area);
  const QString& area() const { return area_; }
  /// The first area of the picker (sorted), empty before the list has loaded.
  QString firstArea() const;
  /// The bar's filters with the page's area in place of the bar's area: what it shows.
  ShownFilters shown() const override;
  /// Every area of the areas file (sorted), empty before the list has loaded.
  QComboBox* picker() const { return picker_; }
  void setPostcodeLevel(kpi::PostcodeLevel level);
  kpi::PostcodeLevel postcodeLevel() const { return level_; }

  KpiTableView* repTable() const { return repView_; }
  KpiTableModel* postcodeModel() const { return postcodes_; }
  KpiTableModel* repModel() const { return reps_; }
  KpiTableModel* hourModel() const { return hours_; }
  BundlingGauge* penetrationGauge() const { return penetration_; }
  Breadcrumbs* breadcrumbs() const { return crumbs_; }
  QTabWidget* tabs() const { return tabs_; }

 protected:
  void startLoad() override;

 private:
  void display(const kpi::DrillPageData& data);
  void showGauges(const kpi::DrillPageData& data);

  DrillStack& drill_;
  QString area_;
  QString label_;  ///< how area_ reads for people, "Overvecht (UTR-03)", once its page has loaded
  kpi::PostcodeLevel level_ = kpi::PostcodeLevel::Pc4;
  Breadcrumbs* crumbs_;
  QLabel* heading_;
  QComboBox* picker_;
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
};

}  // namespace salesops::ui
