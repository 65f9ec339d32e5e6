// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImportLogModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include "salesops/charts/TableExport.h"

namespace salesops::ui {

QString ImportLogModel::kindName(FileKind kind) {
  switch (kind) {
    case FileKind::Visits:
      return tr("visits");
    case FileKind::Orders:
      return tr("orders");
    case FileKind::Cancellations:
      return tr("cancellations");
    case FileKind::Reps:
      return tr("reps");
    case FileKind::Areas:
      return tr("areas");
    case FileKind::Targets:
      return tr("targets");
  }
  return QString::fromUtf8(toString(kind).data(), static_cast<int>(toString(kind).size()));
}

QString ImportLogModel::sourceName(const std::string& source) {
  if (source == "import") return tr("import command");
  if (source == "window") return tr("import dialog");
  if (source.rfind("watch ", 0) == 0) return tr("watched folder %1").arg(QString::fromStdString(source.substr(6)));
  return QString::fromStdString(source);
}

void ImportLogModel::setEntries(std::vector<kpi::ImportLogRow> entries) {
  beginResetModel();
  entries_ = std::move(entries);
  std::reverse(entries_.begin(), entries_.end());
  endResetModel();
}

int ImportLogModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int ImportLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportLogModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const kpi::ImportLogRow& e = entries_[static_cast<size_t>(index.row())];
  const QLocale locale;
  if (role == Qt::TextAlignmentRole)
    return index.column() >= Inserted ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
  if (role == Qt::ToolTipRole && index.column() == File)
    return tr("Content hash %1").arg(QString::fromStdString(e.contentHash));
  if (role == charts::kExportCellRole) {
    switch (index.column()) {
      case Inserted:
        return QVariant::fromValue(charts::countExportCell(e.inserted));
      case Updated:
        return QVariant::fromValue(charts::countExportCell(e.updated));
      case Unchanged:
        return QVariant::fromValue(charts::countExportCell(e.unchanged));
      case Rejected:
        return QVariant::fromValue(charts::countExportCell(e.rejected));
      case Size:
        return QVariant::fromValue(charts::countExportCell(e.fileSize));  // bytes
      default:
        return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case When:
      return locale.toString(QDateTime::fromSecsSinceEpoch(e.importedAt).toLocalTime(), QLocale::ShortFormat);
    case File:
      return QString::fromStdString(e.fileName);
    case Kind:
      return kindName(e.kind);
    case Source:
      return sourceName(e.source);
    case Inserted:
      return locale.toString(static_cast<qlonglong>(e.inserted));
    case Updated:
      return locale.toString(static_cast<qlonglong>(e.updated));
    case Unchanged:
      return locale.toString(static_cast<qlonglong>(e.unchanged));
    case Rejected:
      return locale.toString(static_cast<qlonglong>(e.rejected));
    case Size:
      return locale.formattedDataSize(e.fileSize);
  }
  return {};
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case When:
      return tr("Imported");
    case File:
      return tr("File");
    case Kind:
      return tr("Kind");
    case Source:
      return tr("Source");
    case Inserted:
      return tr("Inserted");
    case Updated:
      return tr("Updated");
    case Unchanged:
      return tr("Unchanged");
    case Rejected:
      return tr("Rejected");
    case Size:
      return tr("Size");
  }
  return {};
}

}  // namespace salesops::ui
