// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <string>
#include <vector>

#include "salesops/ingest/FilePreview.h"

namespace salesops::ui {

/// The first rows of a file as the import will read them: the file's own header, each field as it
/// reads in the column it is mapped to (previewValue), as written in its tooltip.
class FilePreviewModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  using QAbstractTableModel::QAbstractTableModel;

  void setPreview(const ingest::FilePreview& preview);
  void clear();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<std::string> header_;
  std::vector<std::string> columnOf_;  ///< the column each header field is read as
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace salesops::ui
