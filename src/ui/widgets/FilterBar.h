// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include "salesops/kpi/Dashboard.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace salesops::ui {

class StoreSession;

/// The filters shared by every page: a period (presets or custom) and team, channel, area, city.
/// Remembered between runs. "Yesterday" means the last day with data, so a Monday morning shows
/// Saturday's work.
class FilterBar : public QWidget {
  Q_OBJECT
 public:
  enum Preset { LastDay, ThisWeek, LastWeek, Last4Weeks, ThisMonth, Custom };

  explicit FilterBar(StoreSession& session, QWidget* parent = nullptr);

  kpi::DashboardQuery query() const;

  /// A filter that is not at its default (the last day with data; all teams, channels, areas,
  /// cities), for the chips that show it: `key` is period, team, channel, area or city.
  struct Active {
    QString key;
    QString label;  ///< what the chip says: "Team: Zuid", "Period: Last 4 weeks (2 Nov – 29 Nov)"
  };
  QList<Active> activeFilters() const;
  /// What a chip and the line under a chart title say for `value` of filter `key` (team, channel,
  /// area, city, or rep for a drill page's member): "Team: Zuid".
  static QString filterLabel(const QString& key, const QString& value);
  /// Puts the filter `key` back to its default.
  void clearFilter(const QString& key);
  /// Puts every filter back to its default, with one change.
  void reset();
  /// A custom period (an alert's), with one change.
  void setPeriod(const QDate& from, const QDate& to);
  /// Whether the store's last day with data is known yet (the first query waits for it).
  bool ready() const { return lastDay_.isValid(); }
  void setPreset(Preset preset);

 signals:
  void changed();

 private:
  void reloadChoices();
  void applyPreset();
  void save() const;
  QComboBox* choice(const QString& all);

  StoreSession& session_;
  QComboBox* preset_;
  QDateEdit* from_;
  QDateEdit* to_;
  QComboBox* team_;
  QComboBox* channel_;
  QComboBox* area_;
  QComboBox* city_;
  QLabel* problem_;
  QDate lastDay_;
  bool loading_ = false;
};

}  // namespace salesops::ui
