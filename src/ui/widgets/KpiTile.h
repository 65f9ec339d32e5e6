// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <optional>
#include <vector>

#include "salesops/kpi/Dashboard.h"

class QLabel;

namespace salesops::ui {

/// One KPI on the daily start: its value, n for a rate, the change against the same period a week
/// earlier (green or red only when significant), the four-week average and the target. The KPI's
/// definition is the tooltip. A rate on fewer than 30 is greyed out, with the reason.
class KpiTile : public QFrame {
  Q_OBJECT
 public:
  explicit KpiTile(QWidget* parent = nullptr);
  void display(const kpi::Tile& tile, std::optional<double> target, const kpi::DashboardData& page);
  QString valueText() const;

 private:
  QLabel* title_;
  QLabel* value_;
  QLabel* detail_;
};

}  // namespace salesops::ui
