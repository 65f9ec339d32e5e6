// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace salesops::ui {

/// What the daily start shows on a store without visits, instead of zeros and empty axes: what to
/// do first, importing the exports or looking around in demo data.
class StartScreen : public QWidget {
  Q_OBJECT
 public:
  explicit StartScreen(QWidget* parent = nullptr);

 signals:
  void importRequested();
  void demoRequested();
};

}  // namespace salesops::ui
