// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/WeeklyReport.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include "PackWriter.h"
#include "WholeFile.h"

namespace salesops::charts {

Result<int> writeWeeklyReport(const WeeklyReportData& data, const WeeklyReportOptions& options, const QString& pdfPath,
                              const std::function<void(int, int)>& progress) {
  int pages = 0;
  auto written = writeWholeFile(pdfPath, [&](QIODevice& file) -> Result<void> {
    QPdfWriter writer(&file);
    writer.setResolution(kPackDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(data.team.empty()
                        ? QCoreApplication::translate("WeeklyReport", "Weekly start %1")
                              .arg(QString::fromStdString(data.week.toString()))
                        : QCoreApplication::translate("WeeklyReport", "Weekly start %1, team %2")
                              .arg(QString::fromStdString(data.week.toString()), QString::fromStdString(data.team)));
    writer.setCreator(QStringLiteral("SalesOps Dashboard"));
    PackWriter pack(data, options, writer);
    pages = pack.build();
    QPainter painter;
    if (!painter.begin(&writer)) return makeError("cannot write " + pdfPath.toStdString());
    pack.paint(painter, progress);
    if (!painter.end()) return makeError("cannot write " + pdfPath.toStdString());
    return {};
  });
  if (!written) return written.error();
  return pages;
}

}  // namespace salesops::charts
