// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <vector>

#include "dialogs/ImportWorker.h"

namespace salesops::ui {

/// The rejected rows of an import, every file's after the other: the file, the line, the column,
/// the value as written and why it was rejected.
class RowErrorModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Field { File, Line, Column, Value, Reason, ColumnCount };

  using QAbstractTableModel::QAbstractTableModel;

  void setOutcomes(const QList<ImportOutcome>& outcomes);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct Row {
    QString file;
    ingest::RowError error;
  };
  std::vector<Row> rows_;
};

}  // namespace salesops::ui
