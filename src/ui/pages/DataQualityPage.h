// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"

#include "salesops/kpi/DataQuality.h"

class QLabel;
class QTreeWidget;

namespace salesops::ui {

/// The data-quality findings (the `check` command's), one row per check with its count, severity
/// and the reps concerned; expanding a row shows its examples. Checks that found nothing are listed
/// too, so the user sees what was checked.
class DataQualityPage : public Page {
  Q_OBJECT
 public:
  explicit DataQualityPage(StoreSession& session, QWidget* parent = nullptr);
  QTreeWidget* tree() const { return tree_; }

 protected:
  void startLoad() override;

 private:
  void display(const kpi::DataQualityReport& report);

  QLabel* summary_;
  QTreeWidget* tree_;
};

}  // namespace salesops::ui
