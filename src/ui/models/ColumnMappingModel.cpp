// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ColumnMappingModel.h"

namespace salesops::ui {

void ColumnMappingModel::setPreview(const ingest::FilePreview& preview) {
  beginResetModel();
  choices_ = QStringList{tr("(not in file)")};
  for (const std::string& h : preview.info.header) choices_ << QString::fromStdString(h);
  rows_.clear();
  for (const auto& [name, required] : preview.kindColumns) {
    const auto it = preview.info.columns.find(name);
    const int detected = it == preview.info.columns.end() ? 0 : it->second + 1;
    rows_.push_back({name, required, detected, detected});
  }
  endResetModel();
}

void ColumnMappingModel::clear() {
  beginResetModel();
  rows_.clear();
  choices_.clear();
  endResetModel();
}

std::map<std::string, std::string> ColumnMappingModel::overrides() const {
  std::map<std::string, std::string> out;
  for (const Row& r : rows_)
    if (r.chosen != r.detected) out[r.name] = r.chosen == 0 ? std::string() : choices_.at(r.chosen).toStdString();
  return out;
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<size_t>(index.row())];
  if (index.column() == ReadFrom && role == Qt::EditRole) return r.chosen;
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Name:
      return QString::fromStdString(r.name);
    case Required:
      return r.required ? tr("yes") : QString();
    case ReadFrom:
      return choices_.value(r.chosen);
    default:
      return {};
  }
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ReadFrom || role != Qt::EditRole)
    return false;
  const int choice = value.toInt();
  Row& r = rows_[static_cast<size_t>(index.row())];
  if (choice < 0 || choice >= choices_.size() || choice == r.chosen) return false;
  r.chosen = choice;
  emit dataChanged(index, index);
  emit mappingEdited();
  return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const {
  const Qt::ItemFlags base = QAbstractTableModel::flags(index);
  return index.column() == ReadFrom ? base | Qt::ItemIsEditable : base;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Name:
      return tr("Column");
    case Required:
      return tr("Required");
    case ReadFrom:
      return tr("Read from file column");
    default:
      return {};
  }
}

}  // namespace salesops::ui
