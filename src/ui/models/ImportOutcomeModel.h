// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "dialogs/ImportWorker.h"

namespace salesops::ui {

/// What an import did, one row per file: its kind, the four counts and the result in words.
class ImportOutcomeModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { File, Kind, Inserted, Updated, Unchanged, Rejected, Result, ColumnCount };

  using QAbstractTableModel::QAbstractTableModel;

  void setOutcomes(QList<ImportOutcome> outcomes);
  const QList<ImportOutcome>& outcomes() const { return outcomes_; }
  /// A file inserted or updated rows: the pages have something new to show.
  bool changedStore() const;
  /// The import was cancelled during one of the files.
  bool cancelled() const;
  /// The reject file of the last file that wrote one; empty when none did.
  QString lastRejectFile() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QString text(const ImportOutcome& o, int column) const;
  QList<ImportOutcome> outcomes_;
};

}  // namespace salesops::ui
