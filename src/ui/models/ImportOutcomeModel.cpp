// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImportOutcomeModel.h"

#include <QFileInfo>
#include <QLocale>

#include "models/ImportLogModel.h"

namespace salesops::ui {

void ImportOutcomeModel::setOutcomes(QList<ImportOutcome> outcomes) {
  beginResetModel();
  outcomes_ = std::move(outcomes);
  endResetModel();
}

bool ImportOutcomeModel::changedStore() const {
  for (const ImportOutcome& o : outcomes_)
    if (o.report && o.report->status == kpi::ImportSummary::Status::Imported &&
        (o.report->inserted > 0 || o.report->updated > 0))
      return true;
  return false;
}

bool ImportOutcomeModel::cancelled() const {
  for (const ImportOutcome& o : outcomes_)
    if (o.report && o.report->status == kpi::ImportSummary::Status::Cancelled) return true;
  return false;
}

QString ImportOutcomeModel::lastRejectFile() const {
  QString last;
  for (const ImportOutcome& o : outcomes_)
    if (o.report && !o.report->rejectFile.empty()) last = QString::fromStdString(o.report->rejectFile);
  return last;
}

int ImportOutcomeModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(outcomes_.size());
}

int ImportOutcomeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ImportOutcomeModel::text(const ImportOutcome& o, int column) const {
  if (column == File) return QFileInfo(o.path).fileName();
  if (!o.report) return column == Result ? tr("Not imported: %1").arg(o.error) : QString();
  const kpi::ImportSummary& rep = *o.report;
  const QLocale locale;
  const auto count = [&](int64_t n) { return locale.toString(static_cast<qlonglong>(n)); };
  switch (column) {
    case Kind:
      return ImportLogModel::kindName(rep.kind);
    case Inserted:
      return count(rep.inserted);
    case Updated:
      return count(rep.updated);
    case Unchanged:
      return count(rep.unchanged);
    case Rejected:
      return count(rep.rejected);
    default:
      break;
  }
  switch (rep.status) {
    case kpi::ImportSummary::Status::Imported:
      return rep.rejected ? tr("Imported; rejected rows kept in %1").arg(QString::fromStdString(rep.rejectFile))
                          : tr("Imported");
    case kpi::ImportSummary::Status::Refused:
      return tr("Refused (strict): nothing imported");
    case kpi::ImportSummary::Status::Cancelled:
      return tr("Cancelled: nothing imported from this file");
    case kpi::ImportSummary::Status::AlreadyImported:
      return tr("Imported before: not imported again");
  }
  return {};
}

QVariant ImportOutcomeModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const ImportOutcome& o = outcomes_[index.row()];
  switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:  // cut short in a narrow column, whole here
      return text(o, index.column());
    case Qt::TextAlignmentRole:
      if (index.column() >= Inserted && index.column() <= Rejected)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    default:
      return {};
  }
}

QVariant ImportOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case File:
      return tr("File");
    case Kind:
      return tr("Kind");
    case Inserted:
      return tr("Inserted");
    case Updated:
      return tr("Updated");
    case Unchanged:
      return tr("Unchanged");
    case Rejected:
      return tr("Rejected");
    case Result:
      return tr("Result");
    default:
      return {};
  }
}

}  // namespace salesops::ui
