// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CohortModel.h"

#include <QDate>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/TableExport.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {

void CohortModel::setCohorts(kpi::CancellationCohorts cohorts) {
  beginResetModel();
  data_ = std::move(cohorts);
  endResetModel();
}

int CohortModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(data_.cohorts.size());
}

int CohortModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : FirstDay + std::max(data_.query.maxDay, 0) + 1;
}

QColor CohortModel::color(int row) const {
  return charts::cohortColor(static_cast<size_t>(row), data_.cohorts.size());  // the chart's line colour
}

QVariant CohortModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const kpi::Cohort& c = data_.cohorts[static_cast<size_t>(index.row())];
  const QLocale locale;
  if (role == ColorRole || (role == Qt::DecorationRole && index.column() == Week)) return color(index.row());
  std::optional<double> share;
  int64_t n = 0;
  switch (index.column()) {
    case Week:
      if (role == Qt::DisplayRole || role == ValueRole) return QString::fromStdString(c.week.toString());
      if (role == Qt::ToolTipRole) {
        const Date mon = c.week.monday(), sun = c.week.sunday();
        return tr("Orders of %1 \u2013 %2")
            .arg(locale.toString(toQDate(mon), QLocale::ShortFormat),
                 locale.toString(toQDate(sun), QLocale::ShortFormat));
      }
      return {};
    case Orders:
    case Cancelled: {
      const int64_t v = index.column() == Orders ? c.orders : c.cancelled;
      if (role == Qt::DisplayRole) return locale.toString(static_cast<qlonglong>(v));
      if (role == ValueRole) return static_cast<qlonglong>(v);
      if (role == charts::kExportCellRole) return QVariant::fromValue(charts::countExportCell(v));
      if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    }
    case CancelRate:
      share = c.cancelRate();
      n = c.orders;
      break;
    default: {
      const size_t day = static_cast<size_t>(dayOf(index.column()));
      if (day < c.curve.size()) {
        share = c.curve[day].share();
        n = c.curve[day].orders;
      }
    }
  }
  const bool small = share && n < charts::kSmallDenominator;
  switch (role) {
    case Qt::DisplayRole:
      return charts::formatKpiNumber(KpiId::cancel_rate, share, locale);
    case ValueRole:
      return share ? QVariant(*share) : QVariant();
    case charts::kExportCellRole:
      return QVariant::fromValue(
          charts::kpiExportCell(KpiId::cancel_rate, share ? kpi::KpiValue(*share) : kpi::KpiValue{}));
    case DenominatorRole:
      return share ? QVariant(static_cast<qlonglong>(n)) : QVariant();
    case Qt::TextAlignmentRole:
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
      return small ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::ToolTipRole: {
      if (!share) return tr("No order of this week is that old yet.");
      const QString count = locale.toString(static_cast<qlonglong>(n));
      const QString text = index.column() == CancelRate
                               ? tr("Cancelled by the as-of date, of %1 orders").arg(count)
                               : tr("Cancelled within %n day(s) of ordering, of the %1 orders at least that old",
                                    nullptr, dayOf(index.column()))
                                     .arg(count);
      return small ? text + tr(" (fewer than %1: too few to read much into)").arg(charts::kSmallDenominator) : text;
    }
    default:
      return {};
  }
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
  if (section < 0 || section >= columnCount()) return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
      case Week:
        return tr("Order week");
      case Orders:
        return tr("Orders");
      case Cancelled:
        return tr("Cancelled");
      case CancelRate:
        return charts::kpiTitle(KpiId::cancel_rate);
      default:
        return tr("Day %1").arg(dayOf(section));
    }
  }
  if (role == Qt::ToolTipRole && section == CancelRate) return charts::kpiTooltip(KpiId::cancel_rate);
  if (role == Qt::ToolTipRole && section >= FirstDay)
    return tr(
        "Share of the week's orders cancelled within %n day(s) of ordering, counting only orders at least "
        "that old at the as-of date",
        nullptr, dayOf(section));
  return {};
}

}  // namespace salesops::ui
