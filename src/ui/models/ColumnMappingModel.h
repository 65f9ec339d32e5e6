// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

#include "salesops/ingest/FilePreview.h"

namespace salesops::ui {

/// How a file's columns are read: one row per column of its kind (required or not), and the column
/// of the file it is read from, which a person may change (the Read column's edit value is the
/// index in choices(): 0 not in the file, then the file's header fields).
class ColumnMappingModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Name, Required, ReadFrom, ColumnCount };

  using QAbstractTableModel::QAbstractTableModel;

  void setPreview(const ingest::FilePreview& preview);
  void clear();
  /// "(not in file)", then the file's header fields.
  const QStringList& choices() const { return choices_; }
  /// The columns read from another file column than the import would pick by itself: canonical
  /// name to header field (empty: not in the file).
  std::map<std::string, std::string> overrides() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 signals:
  /// A person chose another file column for a row.
  void mappingEdited();

 private:
  struct Row {
    std::string name;
    bool required = false;
    int detected = 0;  ///< the choice the import makes by itself
    int chosen = 0;
  };
  std::vector<Row> rows_;
  QStringList choices_;
};

}  // namespace salesops::ui
