// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ValueSortModel.h"

namespace salesops::ui {

ValueSortModel::ValueSortModel(QAbstractItemModel* source, int valueRole, QObject* parent)
    : QSortFilterProxyModel(parent) {
  setSourceModel(source);
  setSortRole(valueRole);
}

}  // namespace salesops::ui
