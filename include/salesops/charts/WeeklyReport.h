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

#include "salesops/core/Result.h"
#include "salesops/kpi/WeeklyPack.h"

namespace salesops::charts {

// The pack's numbers are built in kpi (buildWeeklyPack), where `report --format json` prints them.
using ReportTile = kpi::PackTile;
using WeeklyReportData = kpi::WeeklyPack;

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
