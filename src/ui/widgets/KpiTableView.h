// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace salesops::ui {

class KpiTableModel;
class ValueSortModel;

/// A read-only, sortable table of a KpiTableModel (sorted by the numbers, not their text). Enter or
/// a double click on a row reports the row's dimension value, for drilling further down.
class KpiTableView : public QTableView {
  Q_OBJECT
 public:
  explicit KpiTableView(KpiTableModel* model, QWidget* parent = nullptr);

  KpiTableModel* kpiModel() const { return model_; }

 signals:
  void keyActivated(const QString& key);

 private:
  KpiTableModel* model_;
  ValueSortModel* proxy_;
};

}  // namespace salesops::ui
