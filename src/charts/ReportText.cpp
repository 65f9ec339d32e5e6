// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/KpiDirection.h"

namespace salesops::charts::report {
QFont font(double points, bool bold) {
  QFont f = QGuiApplication::font();
  f.setPointSizeF(points);
  f.setBold(bold);
  // No ligatures: an "ff" drawn as one glyph reads back as U+FB00, so "cooling-off" could not be
  // found or copied from the PDF.
  f.setStyleStrategy(QFont::PreferNoShaping);
  return f;
}

// "Week 48 (2026-W48)" in the pack's language.
QString weekLabel(const IsoWeek& w) {
  return QCoreApplication::translate("WeeklyReport", "Week %1 (%2)")
      .arg(w.week)
      .arg(QString::fromStdString(w.toString()));
}

QString definition(KpiId kpi, const QLocale& l) {
  const KpiDefinition& d = kpiDefinition(kpi);
  return qs(l.language() == QLocale::Dutch ? d.definitionNl : d.definitionEn);
}

QColor changeColor(KpiId kpi, std::optional<double> now, std::optional<double> before) {
  if (!now || !before || *now == *before) return kMuted;
  return (*now > *before) != kpi::lowerIsBetter(kpi) ? kGood : kBad;
}

QString reasonName(CancelReason r) {
  switch (r) {
    case CancelReason::CoolingOff:
      return QCoreApplication::translate("WeeklyReport", "Cooling-off period");
    case CancelReason::WrongExpectation:
      return QCoreApplication::translate("WeeklyReport", "Wrong expectation");
    case CancelReason::Price:
      return QCoreApplication::translate("WeeklyReport", "Price");
    case CancelReason::CreditCheck:
      return QCoreApplication::translate("WeeklyReport", "Credit check");
    case CancelReason::Duplicate:
      return QCoreApplication::translate("WeeklyReport", "Duplicate");
    case CancelReason::Technical:
      return QCoreApplication::translate("WeeklyReport", "Technical");
    case CancelReason::Moved:
      return QCoreApplication::translate("WeeklyReport", "Moved");
    case CancelReason::Other:
      return QCoreApplication::translate("WeeklyReport", "Other");
  }
  return {};
}

QString severityName(kpi::Severity s) {
  switch (s) {
    case kpi::Severity::Error:
      return QCoreApplication::translate("WeeklyReport", "error");
    case kpi::Severity::Warning:
      return QCoreApplication::translate("WeeklyReport", "warning");
    case kpi::Severity::Info:
      return QCoreApplication::translate("WeeklyReport", "info");
  }
  return {};
}

}  // namespace salesops::charts::report
