// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly-start pack's frame (page header and footer) and its cover with the tiles.
#include "PackWriter.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

#include "salesops/charts/AlertText.h"
#include "salesops/charts/ChartRender.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/QtDate.h"

namespace salesops::charts {

using namespace report;

PackWriter::PackWriter(const WeeklyReportData& data, const WeeklyReportOptions& options, QPdfWriter& writer)
    : d_(data), l_(options.locale), options_(options), writer_(writer) {
  mm_ = writer.logicalDpiX() / 25.4;
  page_ = QRectF(0, 0, writer.width(), writer.height());
  const QRectF body(14 * mm_, 20 * mm_, page_.width() - 28 * mm_, page_.height() - 20 * mm_ - 16 * mm_);
  layout_ = std::make_unique<ReportLayout>(writer, body, ReportFonts{font(13, true), font(8.5), font(7)});
  style_.locale = l_;
  style_.conversionTarget = d_.dashboard.target(KpiId::conversion);
}

int PackWriter::build() {
  cover();
  chartPages();
  areaTable();
  leaderboard();
  alerts();
  explanation();
  cancellations();
  quality();
  return layout_->pageCount();
}

void PackWriter::paint(QPainter& painter, const std::function<void(int, int)>& progress) {
  layout_->paint(writer_, painter, [&](QPainter& p, int page, int pages) {
    if (progress) progress(page - 1, pages);
    decorate(p, page, pages);
  });
  if (progress) progress(layout_->pageCount(), layout_->pageCount());
}

void PackWriter::decorate(QPainter& p, int page, int pages) {
  const QRectF band(14 * mm_, 0, page_.width() - 28 * mm_, page_.height());
  p.setPen(QPen(kTileBorder, 0.3 * mm_));
  const double footerY = page_.height() - 12 * mm_;
  p.drawLine(QPointF(band.left(), footerY - 2 * mm_), QPointF(band.right(), footerY - 2 * mm_));
  p.setFont(font(7.5));
  p.setPen(kMuted);
  const QRectF footer(band.left(), footerY, band.width(), 5 * mm_);
  p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
             QCoreApplication::translate("WeeklyReport", "%1 \u00b7 generated %2")
                 .arg(QString::fromStdString(d_.storeName), l_.toString(options_.generatedAt, QLocale::ShortFormat)));
  // En spaces: with plain ones the gaps are too narrow for text extraction to see words ("1/9").
  p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1\u2002/\u2002%2").arg(page).arg(pages));
  if (page == 1) return;  // the cover carries the title itself
  const QRectF header(band.left(), 9 * mm_, band.width(), 6 * mm_);
  p.setFont(font(8, true));
  p.setPen(kAccent);
  p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
             QCoreApplication::translate("WeeklyReport", "Weekly start \u00b7 %1").arg(weekLabel(d_.week)));
  p.setFont(font(8));
  p.setPen(kMuted);
  p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, periodText(l_, d_.period));
}

void PackWriter::cover() {
  // A team lead's pack names the team in its title: it is not the whole organisation's.
  const QString title =
      d_.team.empty()
          ? QCoreApplication::translate("WeeklyReport", "Weekly start")
          : QCoreApplication::translate("WeeklyReport", "Weekly start, team %1").arg(QString::fromStdString(d_.team));
  const QString subtitle = QStringLiteral("%1 \u00b7 %2 \u2013 %3")
                               .arg(weekLabel(d_.week), l_.toString(toQDate(d_.period.from), "dddd d MMMM"),
                                    l_.toString(toQDate(d_.period.to), "dddd d MMMM yyyy"));
  QString note =
      QCoreApplication::translate("WeeklyReport",
                                  "Figures as of %1. Each KPI is compared with %2 and with the same week last year, "
                                  "%3; cancellations of each week are counted as long after its end.")
          .arg(l_.toString(toQDate(d_.asOf), QLocale::LongFormat), previousWeekLabel(), lastYearWeekLabel());
  // A week still running is compared with the same part of the weeks it is set against.
  if (const QString progress = inProgressNote(d_.dashboard.clock, d_.period, l_); !progress.isEmpty())
    note = QCoreApplication::translate("WeeklyReport",
                                       "This week is %1: each comparison covers the same weekdays up to the "
                                       "same hour. ")
               .arg(progress) +
           note;
  layout_->addBlock(24 * mm_, [=, mm = mm_](QPainter& p, const QRectF& r) {
    p.setPen(kAccent);
    p.setFont(font(26, true));
    p.drawText(QRectF(r.left(), r.top(), r.width(), 13 * mm), Qt::AlignLeft | Qt::AlignBottom, title);
    p.setPen(kInk);
    p.setFont(font(13));
    p.drawText(QRectF(r.left(), r.top() + 14 * mm, r.width(), 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
  });
  const QFont noteFont = font(8.5);
  layout_->addParagraph(note, &noteFont, kMuted);
  layout_->addSpace(2 * mm_);
  constexpr int kColumns = 4;
  const int rows = static_cast<int>((d_.tiles.size() + 1 + kColumns - 1) / kColumns);
  const double gap = 4 * mm_;
  const double tileH = std::min(62 * mm_, (layout_->remaining() - gap * (rows - 1)) / std::max(rows, 1));
  layout_->addBlock(rows * tileH + (rows - 1) * gap, [this, tileH, gap](QPainter& p, const QRectF& r) {
    const double tileW = (r.width() - gap * (kColumns - 1)) / kColumns;
    for (size_t i = 0; i < d_.tiles.size(); ++i) {
      const int row = static_cast<int>(i) / kColumns, col = static_cast<int>(i) % kColumns;
      tile(p, QRectF(r.left() + col * (tileW + gap), r.top() + row * (tileH + gap), tileW, tileH), d_.tiles[i]);
    }
    // The attention tile takes the place after the last KPI tile: its whole row and column.
    const size_t lastRow = d_.tiles.size() / kColumns, lastCol = d_.tiles.size() % kColumns;
    attentionTile(p, QRectF(r.left() + static_cast<double>(lastCol) * (tileW + gap),
                            r.top() + static_cast<double>(lastRow) * (tileH + gap), tileW, tileH));
  });
}

// One KPI: the value large, the two comparisons under it, what the KPI means at the foot.
void PackWriter::tile(QPainter& p, const QRectF& r, const ReportTile& t) {
  const double pad = 4 * mm_;
  p.setPen(QPen(kTileBorder, 0.35 * mm_));
  p.setBrush(Qt::NoBrush);
  p.drawRoundedRect(r, 2 * mm_, 2 * mm_);
  const QRectF in = r.adjusted(pad, pad * 0.8, -pad, -pad * 0.8);
  double y = in.top();
  auto line = [&](const QFont& f, const QColor& c, const QString& text, double h, Qt::Alignment a = Qt::AlignLeft) {
    p.setFont(f);
    p.setPen(c);
    p.drawText(QRectF(in.left(), y, in.width(), h), static_cast<int>(a | Qt::AlignVCenter), text);
  };
  line(font(10, true), kAccent, kpiTitle(t.kpi, l_), 6 * mm_);
  y += 6 * mm_;
  line(font(22, true), kInk, formatKpi(t.kpi, t.now.value(t.kpi), l_), 11 * mm_);
  y += 12 * mm_;
  const auto now = kpiNumber(t.now.value(t.kpi));
  auto comparison = [&](const QString& label, const kpi::KpiValues& before) {
    line(font(7.5), kMuted, label, 4 * mm_);
    y += 4 * mm_;
    if (!hasData(before)) {
      line(font(9), kMuted, QCoreApplication::translate("WeeklyReport", "no data"), 5 * mm_);
    } else {
      const auto b = kpiNumber(before.value(t.kpi));
      line(font(9), kInk, formatKpi(t.kpi, before.value(t.kpi), l_), 5 * mm_);
      line(font(9, true), changeColor(t.kpi, now, b), formatChange(t.kpi, now, b, l_), 5 * mm_, Qt::AlignRight);
    }
    y += 6 * mm_;
  };
  comparison(QCoreApplication::translate("WeeklyReport", "Previous week, %1")
                 .arg(QString::fromStdString(d_.week.previous().toString())),
             t.previousWeek);
  comparison(QCoreApplication::translate("WeeklyReport", "Same week last year, %1")
                 .arg(QString::fromStdString(d_.period.from.addDays(-364).isoWeek().toString())),
             t.lastYear);
  for (const kpi::TargetProgress& pace : t.pacing) {
    const bool behind = pace.onTrack && !*pace.onTrack;
    line(font(8), behind ? kBad : kMuted, pacingText(pace, l_), 4.5 * mm_);
    y += 4.5 * mm_;
  }
  if (t.target && t.pacing.empty()) {
    line(font(8), kMuted,
         QCoreApplication::translate("WeeklyReport", "Target: %1").arg(formatKpiNumber(t.kpi, t.target, l_)),
         4.5 * mm_);
    y += 4.5 * mm_;
  }
  if (t.period != d_.period) {
    line(font(7.5), kMuted, cohortNote(t.period, d_.asOf, l_), 4.5 * mm_);
    y += 4.5 * mm_;
  }
  p.setFont(font(7));
  p.setPen(kMuted);
  // The definition fills what the lines above leave; a tile with many lines (pacing, the cohort's
  // orders) leaves it out rather than print over them (the window's tooltips and docs/kpis.md have it).
  const QRectF rest(in.left(), y + 1 * mm_, in.width(), in.bottom() - y - 1 * mm_);
  const QString text = definition(t.kpi, l_);
  if (p.boundingRect(rest, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text).height() <= rest.height())
    p.drawText(rest, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
}

// What needs attention this week, on the cover next to the KPIs: the alerts and the data.
void PackWriter::attentionTile(QPainter& p, const QRectF& r) {
  const double pad = 4 * mm_;
  p.setPen(QPen(kTileBorder, 0.35 * mm_));
  p.setBrush(QColor(0xf6, 0xf8, 0xfb));
  p.drawRoundedRect(r, 2 * mm_, 2 * mm_);
  const QRectF in = r.adjusted(pad, pad * 0.8, -pad, -pad * 0.8);
  p.setFont(font(10, true));
  p.setPen(kAccent);
  p.drawText(QRectF(in.left(), in.top(), in.width(), 6 * mm_), Qt::AlignLeft | Qt::AlignVCenter,
             QCoreApplication::translate("WeeklyReport", "Needs attention"));
  int worse = 0, better = 0;
  for (const kpi::Alert& a : d_.dashboard.alerts) (a.worse ? worse : better) += 1;
  int problems = 0;
  for (const kpi::Finding& f : d_.quality.findings)
    if (f.count > 0 && f.severity != kpi::Severity::Info) ++problems;
  QStringList lines;
  lines << QCoreApplication::translate("WeeklyReport", "Alerts: %1 worse, %2 better").arg(worse).arg(better);
  for (const kpi::Alert& a : d_.dashboard.alerts) {
    if (!a.worse) continue;
    // The alerts are ranked by orders: the first bad one is the largest.
    lines << QCoreApplication::translate("WeeklyReport", "Largest: %1").arg(alertSummary(a, l_));
    break;
  }
  lines << (problems == 0 ? QCoreApplication::translate("WeeklyReport", "Data quality: all checks passed")
                          : QCoreApplication::translate("WeeklyReport", "Data quality: %1 of %2 checks found problems")
                                .arg(problems)
                                .arg(d_.quality.findings.size()));
  p.setFont(font(8.5));
  p.setPen(kInk);
  p.drawText(QRectF(in.left(), in.top() + 8 * mm_, in.width(), in.height() - 8 * mm_),
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.join(QStringLiteral("\n\n")));
}

}  // namespace salesops::charts
