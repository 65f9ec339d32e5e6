// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/KpiDirection.h"

namespace salesops::charts::report {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("WeeklyReport", text); }

}  // namespace

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
  return tr("Week %1 (%2)").arg(w.week).arg(QString::fromStdString(w.toString()));
}

QString periodText(const QLocale& l, const Period& p) {
  return QStringLiteral("%1 \u2013 %2").arg(l.toString(qdate(p.from), "d MMM"), l.toString(qdate(p.to), "d MMM yyyy"));
}

QString definition(std::string_view kpi, const QLocale& l) {
  const KpiDefinition* d = findKpi(kpi);
  if (!d) return {};
  return qs(l.language() == QLocale::Dutch ? d->definitionNl : d->definitionEn);
}

QColor changeColor(std::string_view kpi, std::optional<double> now, std::optional<double> before) {
  if (!now || !before || *now == *before) return kMuted;
  return (*now > *before) != kpi::lowerIsBetter(kpi) ? kGood : kBad;
}

QString reasonName(CancelReason r) {
  switch (r) {
    case CancelReason::CoolingOff: return tr("Cooling-off period");
    case CancelReason::WrongExpectation: return tr("Wrong expectation");
    case CancelReason::Price: return tr("Price");
    case CancelReason::CreditCheck: return tr("Credit check");
    case CancelReason::Duplicate: return tr("Duplicate");
    case CancelReason::Technical: return tr("Technical");
    case CancelReason::Moved: return tr("Moved");
    case CancelReason::Other: return tr("Other");
  }
  return {};
}

QString dimensionName(kpi::Dimension d) {
  switch (d) {
    case kpi::Dimension::Area: return tr("Area");
    case kpi::Dimension::Team: return tr("Team");
    case kpi::Dimension::Rep: return tr("Rep");
    default: return qs(kpi::toString(d));
  }
}

QString severityName(kpi::Severity s) {
  switch (s) {
    case kpi::Severity::Error: return tr("error");
    case kpi::Severity::Warning: return tr("warning");
    case kpi::Severity::Info: return tr("info");
  }
  return {};
}

}  // namespace salesops::charts::report
