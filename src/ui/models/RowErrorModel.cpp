// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RowErrorModel.h"

#include <QFileInfo>
#include <QLocale>

namespace salesops::ui {

void RowErrorModel::setOutcomes(const QList<ImportOutcome>& outcomes) {
  beginResetModel();
  rows_.clear();
  for (const ImportOutcome& o : outcomes)
    if (o.report)
      for (const ingest::RowError& e : o.report->errors) rows_.push_back({QFileInfo(o.path).fileName(), e});
  endResetModel();
}

int RowErrorModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RowErrorModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RowErrorModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<size_t>(index.row())];
  if (role == Qt::TextAlignmentRole && index.column() == Line)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};  // the tooltip: a long value in full
  switch (index.column()) {
    case File:
      return r.file;
    case Line:
      return QLocale().toString(static_cast<qlonglong>(r.error.line));
    case Column:
      return QString::fromStdString(r.error.column);
    case Value:
      return QString::fromStdString(r.error.value);
    case Reason:
      return QString::fromStdString(r.error.reason);
    default:
      return {};
  }
}

QVariant RowErrorModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case File:
      return tr("File");
    case Line:
      return tr("Line");
    case Column:
      return tr("Column");
    case Value:
      return tr("Value");
    case Reason:
      return tr("Reason");
    default:
      return {};
  }
}

}  // namespace salesops::ui
