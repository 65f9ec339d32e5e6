// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "window/DrillStack.h"

class QLabel;

namespace salesops::ui {

/// The trail at the top of a drill page: each crumb but the last is a link back to it, and Back
/// (Alt+Left) pops one level while the page is shown. A page shows the trail up to its own level,
/// so a page reached from the page list does not claim a trail that leads elsewhere.
class Breadcrumbs : public QWidget {
  Q_OBJECT
 public:
  Breadcrumbs(DrillStack& stack, DrillStack::Level level, QWidget* parent = nullptr);

  /// The trail as plain text (crumbs joined by ›), for tests and accessibility.
  QString plainText() const;

 private:
  void refresh();

  DrillStack& stack_;
  DrillStack::Level level_;
  QLabel* trail_;
  QLabel* hint_;
  int shown_ = 0;  ///< crumbs shown (a prefix of the stack)
};

}  // namespace salesops::ui
