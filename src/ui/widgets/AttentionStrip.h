// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QLocale>

#include <optional>
#include <vector>

#include "salesops/kpi/Dashboard.h"

class QLabel;

namespace salesops::ui {

/// The top of the daily start, above the fold: the alerts with the most orders at stake (one click
/// opens each), how fresh the data is and how many data-quality checks fail (a click opens that
/// page). Shows what kpi::buildDashboard gives (DashboardData::topAlerts(), ::attention).
class AttentionStrip : public QFrame {
  Q_OBJECT
 public:
  explicit AttentionStrip(QWidget* parent = nullptr);
  void setData(const kpi::DashboardData& data);
  /// The titles of the failing data-quality checks; nullopt while they are still being checked.
  void setFailingChecks(const std::optional<std::vector<std::string>>& failing);

  /// What the user reads, for tests: the alert lines, the freshness line, the checks line.
  QStringList alertTexts() const;
  QString freshnessText() const;
  QString qualityText() const;

 signals:
  /// The user picked an alert of the strip.
  void alertActivated(const salesops::kpi::Alert& alert);
  /// The user picked the data-quality line.
  void qualityRequested();

 private:
  QLabel* title_;
  std::vector<QLabel*> alerts_;
  QLabel* freshness_;
  QLabel* quality_;
  std::vector<kpi::Alert> shown_;
};

/// "visits up to Wed 2 Dec 21:58, orders up to Wed 2 Dec 20:40, cancellations up to Tue 1 Dec 16:05;\n
/// imported 07:12": a moment of the data clock's today by its time alone; "no visits yet", "no orders
/// yet", "no cancellations yet" without them, "no import logged" without imports.
QString freshnessLine(const kpi::DashboardData& data, const QLocale& locale = QLocale());

}  // namespace salesops::ui
