// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <optional>
#include <vector>

#include "pages/Page.h"
#include "salesops/kpi/Dashboard.h"

class QChartView;
class QLabel;
class QListWidget;

namespace salesops::ui {

class KpiTile;

/// The daily start: KPI tiles, the six dashboard charts and the alerts, for the filter bar's
/// period. Everything is computed off the UI thread; the page shows the last result until the next
/// one arrives, so a filter change never blanks it.
class DailyStartPage : public Page {
  Q_OBJECT
 public:
  DailyStartPage(StoreSession& session, FilterBar& filters, QWidget* parent = nullptr);

  const std::optional<kpi::DashboardData>& data() const { return data_; }
  KpiTile* tile(int index) const { return tiles_.at(static_cast<size_t>(index)); }
  QChartView* chartView(const QString& name) const { return charts_.value(name); }

 signals:
  /// The user picked an area (a bar of the area chart or an alert about an area).
  void areaActivated(const QString& area);
  /// The user picked a team (an alert about a team).
  void teamActivated(const QString& team);
  /// The user picked a rep (a bar of the leaderboard or an alert about a rep).
  void repActivated(const QString& rep);

 protected:
  void startLoad() override;

 private:
  void display(const kpi::DashboardData& data);
  void showAlerts(const kpi::DashboardData& data);

  QLabel* heading_;
  std::vector<KpiTile*> tiles_;
  QMap<QString, QChartView*> charts_;
  QListWidget* alerts_;
  QLabel* alertsTitle_ = nullptr;
  std::optional<kpi::DashboardData> data_;
};

}  // namespace salesops::ui
