// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "salesops/core/Date.h"
#include "salesops/core/Result.h"
#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/Explain.h"
#include "salesops/kpi/KpiRow.h"
#include "salesops/store/Store.h"

namespace salesops::charts {

/// The cohort date a weekly start sees when it is held: the Monday after the week. Fixed by the
/// week, so a pack made again later shows the same numbers.
Date defaultReportAsOf(const IsoWeek& week);

/// The last ISO week that ended before `today` and has visits; nullopt for an empty store.
Result<std::optional<IsoWeek>> lastCompleteWeekWithData(store::Store& store, Date today);

/// One KPI of the cover: the week against the week before and the same week a year (52 weeks)
/// earlier, each measured as long after its end as the week itself.
struct ReportTile {
  std::string kpi;
  /// The week; for cancel_rate_14d the four weeks of orders that are 14 days old at as-of, as on
  /// the window's tile.
  Period period;
  kpi::KpiValues now;
  kpi::KpiValues previousWeek;
  kpi::KpiValues lastYear;
  std::optional<double> target;  ///< the week's organisation-wide target
  /// The organisation's targets of the KPI for the week, month and quarter with their pacing.
  std::vector<kpi::TargetProgress> pacing;
};

/// Everything the weekly-start pack shows, read in one go (off the UI thread in the window).
struct WeeklyReportData {
  IsoWeek week;
  Period period;  ///< Monday to Sunday
  Date asOf;
  std::string storeName;              ///< the store's file name, for the footer
  kpi::DashboardData dashboard;       ///< the window's dashboard for the week: charts, alerts, targets
  std::vector<ReportTile> tiles;      ///< kpi::kTileKpis, in order
  std::vector<kpi::KpiRow> areas;     ///< by city and area, with the previous week
  std::vector<kpi::KpiRow> reps;      ///< by rep and team, with the previous week, most orders first
  kpi::Explanation conversionByArea;  ///< the week's conversion change against the week before
  kpi::DataQualityReport quality;
};

struct WeeklyReportRequest {
  IsoWeek week;
  Date asOf;  ///< cohort date of the week's orders; defaultReportAsOf(week) unless asked otherwise
  /// The data-quality checks look at the whole store: anything dated after today is in the future.
  Date today;
};

/// Reads the pack's data in one go (off the UI thread in the window).
Result<WeeklyReportData> gatherWeeklyReport(store::Store& store, const WeeklyReportRequest& request);

struct WeeklyReportOptions {
  QLocale locale;         ///< language, numbers and dates of the pack
  QDateTime generatedAt;  ///< printed in the footer
};

/// Writes the pack as one A4-landscape PDF (vector charts, text as text) and returns its page
/// count. Needs a QApplication and must run on its thread: the charts are graphics widgets.
/// `progress(page, pages)` is called after each page is drawn.
Result<int> writeWeeklyReport(const WeeklyReportData& data, const WeeklyReportOptions& options, const QString& pdfPath,
                              const std::function<void(int, int)>& progress = {});

}  // namespace salesops::charts
