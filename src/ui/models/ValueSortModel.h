// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace salesops::ui {

/// The sort proxy of every sortable table: sorted by the numbers a model gives in `valueRole`, not
/// by their text, so 9,5% comes before 10,0% and "1.234" after "987".
class ValueSortModel : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  ValueSortModel(QAbstractItemModel* source, int valueRole, QObject* parent);
};

}  // namespace salesops::ui
