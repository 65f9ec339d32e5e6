// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "salesops/kpi/ReadSession.h"

namespace salesops::ui {

/// The import log, newest first, as a table.
class ImportLogModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { When, File, Kind, Source, Inserted, Updated, Unchanged, Rejected, Size, ColumnCount };

  using QAbstractTableModel::QAbstractTableModel;

  void setEntries(std::vector<kpi::ImportLogRow> entries);
  /// The kind of an export file for people ("visits" is "bezoeken" in Dutch).
  static QString kindName(FileKind kind);
  /// How a file came in, for people: "import command", "import dialog", "watched folder DIR"; empty
  /// for imports recorded before the store kept it.
  static QString sourceName(const std::string& source);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<kpi::ImportLogRow> entries_;
};

}  // namespace salesops::ui
