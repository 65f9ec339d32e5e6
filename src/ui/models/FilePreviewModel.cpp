// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FilePreviewModel.h"

#include "dialogs/import_preview.h"

namespace salesops::ui {

void FilePreviewModel::setPreview(const ingest::FilePreview& preview) {
  beginResetModel();
  header_ = preview.info.header;
  rows_ = preview.rows;
  columnOf_.assign(header_.size(), std::string());
  for (const auto& [name, index] : preview.info.columns)
    if (index >= 0 && static_cast<size_t>(index) < columnOf_.size()) columnOf_[static_cast<size_t>(index)] = name;
  endResetModel();
}

void FilePreviewModel::clear() {
  beginResetModel();
  header_.clear();
  columnOf_.clear();
  rows_.clear();
  endResetModel();
}

int FilePreviewModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int FilePreviewModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(header_.size());
}

QVariant FilePreviewModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& fields = rows_[static_cast<size_t>(index.row())];
  const auto c = static_cast<size_t>(index.column());
  if (c >= fields.size()) return {};  // a short record
  if (role == Qt::DisplayRole) return previewValue(columnOf_[c], fields[c]);
  if (role == Qt::ToolTipRole) return QString::fromStdString(fields[c]);  // as written in the file
  return {};
}

QVariant FilePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  if (section < 0 || static_cast<size_t>(section) >= header_.size()) return {};
  return QString::fromStdString(header_[static_cast<size_t>(section)]);
}

}  // namespace salesops::ui
