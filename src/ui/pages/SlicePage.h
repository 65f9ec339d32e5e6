// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "pages/Page.h"
#include "window/DrillStack.h"

#include "salesops/kpi/DrillPages.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace salesops::ui {

class ChartView;

class Breadcrumbs;
class KpiTableModel;
class KpiTableView;

/// One team or one rep up close, for the filter bar's period: KPIs week by week against the whole
/// organisation, and the member by rep (a team) or by area (a rep), by hour and by weekday. A row
/// of the first table opens that rep or area; a rep's team opens from its heading.
class SlicePage : public Page {
  Q_OBJECT
 public:
  /// `level`: DrillStack::Level::Team or DrillStack::Level::Rep.
  SlicePage(StoreSession& session, FilterBar& filters, DrillStack& drill, DrillStack::Level level,
            QWidget* parent = nullptr);

  /// Shows `key`, loading now.
  void showMember(const QString& key);
  /// Shows `key` from now on, loading when the page is shown.
  void setMember(const QString& key);
  const QString& member() const { return member_; }
  /// The first team or rep of the picker (sorted), empty before the list has loaded.
  QString firstMember() const;
  DrillStack::Level level() const { return level_; }
  /// The bar's filters with the page's team or rep in place of the bar's team: what it shows.
  ShownFilters shown() const override;

  KpiTableView* breakdownTable() const { return breakdownView_; }
  KpiTableModel* breakdownModel() const { return breakdown_; }
  KpiTableModel* hourModel() const { return hours_; }
  KpiTableModel* weekdayModel() const { return weekdays_; }
  Breadcrumbs* breadcrumbs() const { return crumbs_; }
  QComboBox* picker() const { return picker_; }

 protected:
  void startLoad() override;

 private:
  void display(const kpi::DrillPageData& data);

  DrillStack& drill_;
  DrillStack::Level level_;
  QString member_;
  QString label_;  ///< how member_ reads for people, "Jeroen de Vries (R001)", once its page has loaded
  Breadcrumbs* crumbs_;
  QLabel* heading_;
  QComboBox* picker_;
  QLabel* facts_;
  ChartView* trend_;
  ChartView* weekdayChart_;
  QTabWidget* tabs_;
  KpiTableModel* breakdown_;
  KpiTableModel* hours_;
  KpiTableModel* weekdays_;
  KpiTableView* breakdownView_;
};

}  // namespace salesops::ui
