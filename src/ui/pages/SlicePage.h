// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

#include "window/DrillStack.h"
#include "salesops/kpi/KpiRow.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace salesops::ui {

class ChartView;

class Breadcrumbs;
class FilterBar;
class KpiTableModel;
class KpiTableView;
class StoreSession;

/// One team or one rep up close, for the filter bar's period: KPIs week by week against the whole
/// organisation, and the member by rep (a team) or by area (a rep), by hour and by weekday. A row
/// of the first table opens that rep or area; a rep's team opens from its heading.
class SlicePage : public QWidget {
  Q_OBJECT
 public:
  /// `level`: DrillStack::Level::Team or DrillStack::Level::Rep.
  SlicePage(StoreSession& session, FilterBar& filters, DrillStack& drill, DrillStack::Level level,
            QWidget* parent = nullptr);

  void showMember(const QString& key);
  const QString& member() const { return member_; }
  /// The first team or rep of the picker (sorted), empty before the list has loaded.
  QString firstMember() const;
  DrillStack::Level level() const { return level_; }

  KpiTableView* breakdownTable() const { return breakdownView_; }
  KpiTableModel* breakdownModel() const { return breakdown_; }
  KpiTableModel* hourModel() const { return hours_; }
  KpiTableModel* weekdayModel() const { return weekdays_; }
  Breadcrumbs* breadcrumbs() const { return crumbs_; }
  QComboBox* picker() const { return picker_; }

 signals:
  void loaded();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Data {
    std::vector<kpi::KpiRow> memberWeeks, orgWeeks, total, orgTotal, breakdown, hours, weekdays;
    std::vector<std::string> members;  ///< every team or rep, for the picker
    std::optional<std::string> team;   ///< a rep's team
  };
  void reload();
  void show(const Data& data);

  StoreSession& session_;
  FilterBar& filters_;
  DrillStack& drill_;
  DrillStack::Level level_;
  QString member_;
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
  int generation_ = 0;
  bool stale_ = false;
};

}  // namespace salesops::ui
