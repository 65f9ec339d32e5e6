// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KpiTableView.h"

#include <QHeaderView>

#include "models/KpiTableModel.h"
#include "models/ValueSortModel.h"

namespace salesops::ui {

KpiTableView::KpiTableView(KpiTableModel* model, QWidget* parent)
    : QTableView(parent), model_(model), proxy_(new ValueSortModel(model, KpiTableModel::ValueRole, this)) {
  setModel(proxy_);
  setSortingEnabled(true);
  sortByColumn(-1, Qt::AscendingOrder);  // the engine's order until the user picks a column
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setAlternatingRowColors(true);
  setWordWrap(false);
  verticalHeader()->hide();
  verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  connect(this, &QAbstractItemView::activated, this,
          [this](const QModelIndex& index) { emit keyActivated(index.data(KpiTableModel::KeyRole).toString()); });
}

}  // namespace salesops::ui
