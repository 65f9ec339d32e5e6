// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

#include "salesops/kpi/KpiRow.h"

namespace salesops::ui {

/// Engine rows as a table: the first column names the row (area, rep, postcode, hour...), then one
/// column per KPI, formatted in the locale, with the KPI's definition and n as tooltip and small
/// denominators greyed out. A table view and a chart read the same model (the chart through
/// ValueRole), so they cannot disagree.
class KpiTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  /// How the first column reads its dimension value.
  enum class Label { Text, Hour, Weekday, Postcode };
  enum Role {
    ValueRole = Qt::UserRole + 1,  ///< the KPI as a plain number (rates as fractions); the label's sort key
    KeyRole,                       ///< the row's dimension value as the engine gives it (e.g. "R012")
  };

  KpiTableModel(QString labelTitle, Label label, std::vector<KpiId> kpis, QObject* parent = nullptr);

  void setRows(std::vector<kpi::KpiRow> rows);
  const std::vector<kpi::KpiRow>& rows() const { return rows_; }
  const std::vector<KpiId>& kpis() const { return kpis_; }
  /// The column of `kpi`, or -1.
  int column(KpiId kpi) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  /// The first column's text for a dimension value.
  static QString labelText(Label label, const kpi::DimValue& value);

 private:
  QString labelTitle_;
  Label label_;
  std::vector<KpiId> kpis_;
  std::vector<kpi::KpiRow> rows_;
};

}  // namespace salesops::ui
