// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

#include "ReportText.h"

#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/ReportLayout.h"
#include "salesops/charts/WeeklyReport.h"
#include "salesops/core/KpiId.h"
#include "salesops/kpi/KpiRow.h"

class QPainter;
class QPdfWriter;

namespace salesops::charts {

// Print resolution of the PDF's coordinates; text and charts stay vectors whatever it is.
inline constexpr int kPackDpi = 300;

/// Lays out the weekly-start pack on its pages and paints them: the frame and the cover with its
/// tiles in PackWriter.cpp, the sections after it (charts, areas, leaderboard, alerts, the
/// explanation, cancellations, data quality) in PackSections.cpp.
class PackWriter {
 public:
  PackWriter(const WeeklyReportData& data, const WeeklyReportOptions& options, QPdfWriter& writer);
  int build();
  void paint(QPainter& painter, const std::function<void(int, int)>& progress);

 private:
  QString previousWeekLabel() const { return report::weekLabel(d_.week.previous()); }
  // The engine's "last year" is 52 weeks back, so weekdays line up: mostly the same week number.
  QString lastYearWeekLabel() const { return report::weekLabel(d_.period.from.addDays(-364).isoWeek()); }
  void decorate(QPainter& p, int page, int pages);
  void cover();
  // One KPI: the value large, the two comparisons under it, what the KPI means at the foot.
  void tile(QPainter& p, const QRectF& r, const ReportTile& t);
  // What needs attention this week, on the cover next to the KPIs: the alerts and the data.
  void attentionTile(QPainter& p, const QRectF& r);
  void chartPages();
  void chart(QPainter& p, const QString& name, const QRectF& target);
  // Rates with their change against the previous week, numbers right-aligned.
  QString change(const kpi::KpiRow& r, KpiId kpi) const;
  void areaTable();
  void leaderboard();
  void alerts();
  // Rounded to the 0.1 point shown first, so a tiny negative effect reads 0.0 pp, not -0.0 pp.
  QString points(double effect) const;
  void explanation();
  void cancellations();
  void quality();

  const WeeklyReportData& d_;
  QLocale l_;
  const WeeklyReportOptions& options_;
  QPdfWriter& writer_;
  double mm_ = 1;
  QRectF page_;
  std::unique_ptr<ReportLayout> layout_;
  ChartStyle style_;
};

}  // namespace salesops::charts
