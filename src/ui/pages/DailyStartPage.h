// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>

#include <optional>
#include <vector>

#include "pages/Page.h"
#include "widgets/ChartView.h"

#include "salesops/kpi/Dashboard.h"

class QChartView;
class QLabel;
class QListWidget;

namespace salesops::ui {

class AttentionStrip;
class FilterBar;
class KpiTile;
class StartScreen;
class StoreSession;

/// The daily start: KPI tiles, the six dashboard charts and the alerts, for the filter bar's
/// period. Everything is computed off the UI thread; the page shows the last result until the next
/// one arrives, so a filter change never blanks it.
class DailyStartPage : public Page {
  Q_OBJECT
 public:
  DailyStartPage(StoreSession& session, FilterBar& filters, QWidget* parent = nullptr);

  const std::optional<kpi::DashboardData>& data() const { return data_; }
  KpiTile* tile(int index) const { return tiles_.at(static_cast<size_t>(index)); }
  ChartView* chartView(const QString& name) const { return charts_.value(name); }
  AttentionStrip* attentionStrip() const { return attention_; }
  StartScreen* startScreen() const { return start_; }

 signals:
  /// The figures, charts and alerts of a load are on the page; the data-quality line may follow
  /// (loaded() comes when it has).
  void figuresShown();
  /// The user picked an area (a bar of the area chart or an alert about an area).
  void areaActivated(const QString& area);
  /// The user picked a team (an alert about a team).
  void teamActivated(const QString& team);
  /// The user picked a rep (a bar of the leaderboard or an alert about a rep).
  void repActivated(const QString& rep);
  /// The user picked an alert (of the attention strip or the list): open its member for its period.
  void alertActivated(const salesops::kpi::Alert& alert);
  /// The user asked for the Data quality page (the strip's checks line).
  void qualityRequested();
  /// The start screen of an empty store: import, or open the demo data.
  void importRequested();
  void demoRequested();

 protected:
  void startLoad() override;

 private:
  void display(const kpi::DashboardData& data);
  void showAlerts(const kpi::DashboardData& data);

  QLabel* heading_;
  std::vector<KpiTile*> tiles_;
  QMap<QString, ChartView*> charts_;  // ChartView: its setChart shows hover texts and the filter line
  AttentionStrip* attention_;
  StartScreen* start_;
  QListWidget* changes_;   ///< alerts of a change against the period before
  QListWidget* outliers_;  ///< alerts of a member that stands out against the rest
  QLabel* alertsTitle_ = nullptr;
  std::optional<kpi::DashboardData> data_;
  /// The failing data-quality checks, once known for the store's current data (they do not
  /// depend on the filter, and take a second on a large store).
  std::optional<std::vector<std::string>> failingChecks_;
};

}  // namespace salesops::ui
