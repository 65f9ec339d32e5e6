// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/WeeklyReport.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <memory>

#include "ReportText.h"
#include "WholeFile.h"

#include "salesops/charts/AlertText.h"
#include "salesops/charts/ChartRender.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/charts/ReportLayout.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/MemberLabel.h"

namespace salesops::charts {
namespace {

using namespace report;

// Print resolution of the PDF's coordinates; text and charts stay vectors whatever it is.
constexpr int kDpi = 300;
// Charts are laid out in screen pixels, so their fonts come out at the window's point sizes.
constexpr double kChartPixelsPerInch = 96;

constexpr auto kNum = Qt::AlignRight;

class PackWriter {
 public:
  PackWriter(const WeeklyReportData& data, const WeeklyReportOptions& options, QPdfWriter& writer)
      : d_(data), l_(options.locale), options_(options), writer_(writer) {
    mm_ = writer.logicalDpiX() / 25.4;
    page_ = QRectF(0, 0, writer.width(), writer.height());
    const QRectF body(14 * mm_, 20 * mm_, page_.width() - 28 * mm_, page_.height() - 20 * mm_ - 16 * mm_);
    layout_ = std::make_unique<ReportLayout>(writer, body, ReportFonts{font(13, true), font(8.5), font(7)});
    style_.locale = l_;
    style_.conversionTarget = d_.dashboard.target(KpiId::conversion);
  }

  int build() {
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

  void paint(QPainter& painter, const std::function<void(int, int)>& progress) {
    layout_->paint(writer_, painter, [&](QPainter& p, int page, int pages) {
      if (progress) progress(page - 1, pages);
      decorate(p, page, pages);
    });
    if (progress) progress(layout_->pageCount(), layout_->pageCount());
  }

 private:
  QString previousWeekLabel() const { return weekLabel(d_.week.previous()); }
  // The engine's "last year" is 52 weeks back, so weekdays line up: mostly the same week number.
  QString lastYearWeekLabel() const { return weekLabel(d_.period.from.addDays(-364).isoWeek()); }

  void decorate(QPainter& p, int page, int pages) {
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

  void cover() {
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
  void tile(QPainter& p, const QRectF& r, const ReportTile& t) {
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
  void attentionTile(QPainter& p, const QRectF& r) {
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
    lines << (problems == 0
                  ? QCoreApplication::translate("WeeklyReport", "Data quality: all checks passed")
                  : QCoreApplication::translate("WeeklyReport", "Data quality: %1 of %2 checks found problems")
                        .arg(problems)
                        .arg(d_.quality.findings.size()));
    p.setFont(font(8.5));
    p.setPen(kInk);
    p.drawText(QRectF(in.left(), in.top() + 8 * mm_, in.width(), in.height() - 8 * mm_),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.join(QStringLiteral("\n\n")));
  }

  void chartPages() {
    const QStringList names = dashboardChartNames();
    for (qsizetype i = 0; i < names.size(); i += 2) {
      layout_->pageBreak();
      if (i == 0) layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Dashboard charts"));
      const QString& left = names[i];
      const QString right = i + 1 < names.size() ? names[i + 1] : QString();
      layout_->addBlock(layout_->remaining(), [this, left, right](QPainter& p, const QRectF& r) {
        const double gap = 6 * mm_;
        const double w = (r.width() - gap) / 2;
        chart(p, left, QRectF(r.left(), r.top() + 2 * mm_, w, r.height() - 2 * mm_));
        if (!right.isEmpty()) chart(p, right, QRectF(r.left() + w + gap, r.top() + 2 * mm_, w, r.height() - 2 * mm_));
      });
    }
  }

  void chart(QPainter& p, const QString& name, const QRectF& target) {
    std::unique_ptr<QChart> c(buildDashboardChart(name, d_.dashboard, style_));
    if (!c) return;
    // As in font(): no ligatures, so the chart's words can be found and copied in the PDF.
    const auto plain = [](QFont f) {
      f.setStyleStrategy(QFont::PreferNoShaping);
      return f;
    };
    c->setTitleFont(plain(c->titleFont()));
    c->legend()->setFont(plain(c->legend()->font()));
    for (QAbstractAxis* axis : c->axes()) {
      axis->setLabelsFont(plain(axis->labelsFont()));
      axis->setTitleFont(plain(axis->titleFont()));
    }
    const double scale = kChartPixelsPerInch / kDpi;
    renderChart(*c, p, target, QSizeF(target.width() * scale, target.height() * scale));
  }

  // Rates with their change against the previous week, numbers right-aligned.
  QString change(const kpi::KpiRow& r, KpiId kpi) const {
    return formatChange(kpi, kpiNumber(r.now.value(kpi)), r.prev ? kpiNumber(r.prev->value(kpi)) : std::nullopt, l_);
  }

  void areaTable() {
    layout_->pageBreak();
    layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Areas: %1 against %2")
                            .arg(weekLabel(d_.week), previousWeekLabel()));
    ReportTable t;
    t.columns = {{QCoreApplication::translate("WeeklyReport", "City"), 1.1},
                 {QCoreApplication::translate("WeeklyReport", "Area"), 2.0},
                 {kpiTitle(KpiId::visits, l_), 0.9, kNum},
                 {kpiTitle(KpiId::contacts, l_), 0.9, kNum},
                 {kpiTitle(KpiId::contact_rate, l_), 1, kNum},
                 {kpiTitle(KpiId::orders, l_), 0.8, kNum},
                 {kpiTitle(KpiId::conversion, l_), 1, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Conversion prev. week"), 1.3, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Change"), 0.9, kNum},
                 {kpiTitle(KpiId::hit_rate, l_), 0.9, kNum},
                 {kpiTitle(KpiId::revenue, l_), 1.3, kNum}};
    auto cells = [this](const QString& city, const QString& area, const kpi::KpiValues& v,
                        const std::optional<kpi::KpiValues>& prev, const QString& change) {
      return QStringList{city,
                         area,
                         count(l_, v.visits),
                         count(l_, v.contacts),
                         formatKpi(KpiId::contact_rate, v.value(KpiId::contact_rate), l_),
                         count(l_, v.orders),
                         formatKpi(KpiId::conversion, v.value(KpiId::conversion), l_),
                         prev ? formatKpi(KpiId::conversion, prev->value(KpiId::conversion), l_) : QString(),
                         change,
                         formatKpi(KpiId::hit_rate, v.value(KpiId::hit_rate), l_),
                         formatKpi(KpiId::revenue, v.value(KpiId::revenue), l_)};
    };
    for (const kpi::KpiRow& r : d_.areas) {
      ReportRow row{cells(qs(r.dims.at(0).text), qs(kpi::memberLabel(r.dims.at(1))), r.now, r.prev,
                          change(r, KpiId::conversion))};
      const auto n = kpiNumber(r.now.value(KpiId::conversion));
      const auto b = r.prev ? kpiNumber(r.prev->value(KpiId::conversion)) : std::nullopt;
      if (r.now.contacts >= kSmallDenominator && r.prev && r.prev->contacts >= kSmallDenominator)
        row.color = changeColor(KpiId::conversion, n, b) == kBad && n && b && *b - *n >= 0.05 ? kBad : QColor();
      t.rows.push_back(std::move(row));
    }
    if (!d_.tiles.empty()) {
      const ReportTile& week = d_.tiles.front();
      kpi::KpiRow total{{}, week.now, week.previousWeek};
      t.rows.push_back({cells(QCoreApplication::translate("WeeklyReport", "Total"), QString(), week.now,
                              week.previousWeek, change(total, KpiId::conversion)),
                        QColor(), true});
    }
    layout_->addTable(t, QCoreApplication::translate("WeeklyReport", "Areas, continued"));
    layout_->addSpace(2 * mm_);
    layout_->addParagraph(
        QCoreApplication::translate("WeeklyReport",
                                    "Red: conversion at least 5 points below the week before, with 30 or more contacts "
                                    "in both weeks."),
        &layout_->fonts().small, kMuted);
  }

  void leaderboard() {
    layout_->addSpace(6 * mm_);
    layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Leaderboard: reps by orders"));
    ReportTable t;
    t.columns = {{QStringLiteral("#"), 0.4, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Rep"), 2.0},
                 {QCoreApplication::translate("WeeklyReport", "Team"), 1.0},
                 {kpiTitle(KpiId::visits, l_), 0.9, kNum},
                 {kpiTitle(KpiId::contacts, l_), 0.9, kNum},
                 {kpiTitle(KpiId::orders, l_), 0.8, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Orders prev. week"), 1.2, kNum},
                 {kpiTitle(KpiId::conversion, l_), 1, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Change"), 0.9, kNum},
                 {kpiTitle(KpiId::hit_rate, l_), 0.9, kNum},
                 {kpiTitle(KpiId::revenue, l_), 1.3, kNum}};
    int rank = 0;
    for (const kpi::KpiRow& r : d_.reps) {
      t.rows.push_back(
          {{l_.toString(++rank), qs(kpi::memberLabel(r.dims.at(0))), qs(r.dims.at(1).text), count(l_, r.now.visits),
            count(l_, r.now.contacts), count(l_, r.now.orders), r.prev ? count(l_, r.prev->orders) : QString(),
            formatKpi(KpiId::conversion, r.now.value(KpiId::conversion), l_), change(r, KpiId::conversion),
            formatKpi(KpiId::hit_rate, r.now.value(KpiId::hit_rate), l_),
            formatKpi(KpiId::revenue, r.now.value(KpiId::revenue), l_)}});
    }
    layout_->addTable(t, QCoreApplication::translate("WeeklyReport", "Leaderboard, continued"));
  }

  void alerts() {
    const kpi::DashboardData& dash = d_.dashboard;
    const Period cohort = kpi::alertCohort(dash.alertPeriod, dash.query.asOf);
    layout_->pageBreak();
    layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Alerts: significant changes and outliers"));
    layout_->addParagraph(
        QCoreApplication::translate(
            "WeeklyReport",
            "A rate of an area, team or rep is listed when it changed against %1 (%2), or differs from the rest of the "
            "organisation, by more than chance explains: a two-proportion z-test within each channel with |z| \u2265 "
            "2.58 (p < 0.01), with at least 30 in both denominators, so a change of channel mix alone is no alert. "
            "Largest impact first, in orders: orders fewer or more than the usual rates give, a contact as the "
            "orders it brings, a cancellation as an order lost. Cancel rate 14d is judged on the orders of %3, the "
            "last four weeks old enough for it.")
            .arg(previousWeekLabel(), periodText(l_, dash.alertPeriod.previous()), periodText(l_, cohort)),
        &layout_->fonts().small, kMuted);
    if (dash.alerts.empty()) {
      layout_->addParagraph(QCoreApplication::translate("WeeklyReport", "No significant changes this week."));
      return;
    }
    for (const kpi::Alert& a : dash.alerts) {
      layout_->addParagraph((a.worse ? QStringLiteral("\u25BC ") : QStringLiteral("\u25B2 ")) + alertSummary(a, l_),
                            nullptr, a.worse ? kBad : kGood);
      layout_->addParagraph(alertDetail(a, l_), &layout_->fonts().small, kMuted);
    }
  }

  // Rounded to the 0.1 point shown first, so a tiny negative effect reads 0.0 pp, not -0.0 pp.
  QString points(double effect) const {
    return formatChange(KpiId::conversion, std::round(effect * 1000.0) / 1000.0, 0.0, l_);
  }

  void explanation() {
    const kpi::Explanation& e = d_.conversionByArea;
    layout_->addSpace(6 * mm_);
    layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Why conversion changed: effect of each area"));
    if (!e.change) {
      layout_->addParagraph(QCoreApplication::translate(
          "WeeklyReport", "Conversion has no value in one of the two weeks: there is no change to explain."));
      return;
    }
    layout_->addParagraph(
        QCoreApplication::translate(
            "WeeklyReport",
            "Conversion went from %1 in %2 to %3 in %4 (%5). Each area's share of the change is split into its rate "
            "effect (its own conversion changed) and its mix effect (its share of all conversations changed); "
            "together they add up to the total change.")
            .arg(formatKpiNumber(KpiId::conversion, e.baseRate, l_), previousWeekLabel(),
                 formatKpiNumber(KpiId::conversion, e.currentRate, l_), weekLabel(d_.week), points(*e.change)),
        &layout_->fonts().small, kMuted);
    ReportTable t;
    t.columns = {{QCoreApplication::translate("WeeklyReport", "Area"), 2.0},
                 {QCoreApplication::translate("WeeklyReport", "Contacts before"), 1.1, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Contacts now"), 1.1, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Conversion before"), 1.2, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Conversion now"), 1.2, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Rate effect"), 1, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Mix effect"), 1, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Total effect"), 1, kNum}};
    // The areas that moved the total most; the rest in one line so the table still adds up.
    constexpr size_t kShown = 12;
    double restRate = 0, restMix = 0;
    for (size_t i = 0; i < e.members.size(); ++i) {
      const kpi::ExplainMember& m = e.members[i];
      if (i >= kShown) {
        restRate += m.rateEffect;
        restMix += m.mixEffect;
        continue;
      }
      t.rows.push_back(
          {{qs(kpi::memberLabel(m.name, m.member)), count(l_, static_cast<int64_t>(m.base.denominator)),
            count(l_, static_cast<int64_t>(m.current.denominator)), formatKpiNumber(KpiId::conversion, m.baseRate, l_),
            formatKpiNumber(KpiId::conversion, m.currentRate, l_), points(m.rateEffect), points(m.mixEffect),
            points(m.effect())},
           m.effect() <= -0.005 ? kBad : QColor()});
    }
    if (e.members.size() > kShown)
      t.rows.push_back(
          {{QCoreApplication::translate("WeeklyReport", "Other areas (%1)").arg(e.members.size() - kShown), QString(),
            QString(), QString(), QString(), points(restRate), points(restMix), points(restRate + restMix)}});
    t.rows.push_back(
        {{QCoreApplication::translate("WeeklyReport", "Total"),
          count(l_, static_cast<int64_t>(e.baseTotal.denominator)),
          count(l_, static_cast<int64_t>(e.currentTotal.denominator)),
          formatKpiNumber(KpiId::conversion, e.baseRate, l_), formatKpiNumber(KpiId::conversion, e.currentRate, l_),
          points(e.rateEffect), points(e.mixEffect), points(e.rateEffect + e.mixEffect)},
         QColor(),
         true});
    layout_->addTable(t, QCoreApplication::translate("WeeklyReport", "Effect of each area, continued"));
  }

  void cancellations() {
    const kpi::DashboardData& dash = d_.dashboard;
    layout_->pageBreak();
    layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Cancellations by reason"));
    layout_->addParagraph(
        QCoreApplication::translate("WeeklyReport", "Orders of %1 (eight weeks) cancelled by %2, by the reason given.")
            .arg(periodText(l_, dash.reasonsPeriod), l_.toString(toQDate(d_.asOf), QLocale::LongFormat)),
        &layout_->fonts().small, kMuted);
    int64_t total = 0;
    for (const kpi::ReasonCancellations& s : dash.reasons) total += s.cancelled;
    if (total == 0) {
      layout_->addParagraph(QCoreApplication::translate("WeeklyReport", "No cancellations."));
      return;
    }
    ReportTable t;
    t.columns = {{QCoreApplication::translate("WeeklyReport", "Reason"), 2.5},
                 {QCoreApplication::translate("WeeklyReport", "Cancelled orders"), 1.2, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Share"), 1, kNum}};
    t.width = 0.5;
    for (const kpi::ReasonCancellations& s : dash.reasons)
      t.rows.push_back(
          {{reasonName(s.reason), count(l_, s.cancelled),
            formatKpiNumber(KpiId::cancel_rate, static_cast<double>(s.cancelled) / static_cast<double>(total), l_)}});
    t.rows.push_back({{QCoreApplication::translate("WeeklyReport", "Total"), count(l_, total),
                       formatKpiNumber(KpiId::cancel_rate, 1.0, l_)},
                      QColor(),
                      true});
    layout_->addTable(t);
  }

  void quality() {
    const kpi::DataQualityReport& q = d_.quality;
    layout_->addSpace(8 * mm_);
    layout_->addHeading(QCoreApplication::translate("WeeklyReport", "Data quality"));
    int problems = 0;
    for (const kpi::Finding& f : q.findings)
      if (f.count > 0 && f.severity != kpi::Severity::Info) ++problems;
    layout_->addParagraph(
        problems == 0
            ? QCoreApplication::translate("WeeklyReport", "All %1 checks passed: the data is consistent.")
                  .arg(q.findings.size())
            : QCoreApplication::translate("WeeklyReport",
                                          "%1 of %2 checks found problems in the store. Every KPI that uses the "
                                          "affected rows is off until they are fixed.")
                  .arg(problems)
                  .arg(q.findings.size()),
        &layout_->fonts().small, kMuted);
    ReportTable t;
    t.columns = {{QCoreApplication::translate("WeeklyReport", "Check"), 3.2},
                 {QCoreApplication::translate("WeeklyReport", "Severity"), 0.9},
                 {QCoreApplication::translate("WeeklyReport", "Count"), 0.8, kNum},
                 {QCoreApplication::translate("WeeklyReport", "Reps concerned"), 3}};
    for (const kpi::Finding& f : q.findings) {
      QStringList reps;
      for (size_t i = 0; i < f.reps.size() && i < 4; ++i)
        reps << QStringLiteral("%1 (%2)").arg(qs(f.reps[i].rep), count(l_, f.reps[i].count));
      if (f.reps.size() > 4) reps << QCoreApplication::translate("WeeklyReport", "and %1 more").arg(f.reps.size() - 4);
      const bool problem = f.count > 0 && f.severity != kpi::Severity::Info;
      t.rows.push_back({{qs(f.title), severityName(f.severity), count(l_, f.count), reps.join(QStringLiteral(", "))},
                        problem ? (f.severity == kpi::Severity::Error ? kBad : QColor(0x9a, 0x67, 0x00)) : QColor()});
    }
    layout_->addTable(t, QCoreApplication::translate("WeeklyReport", "Data quality, continued"));
  }

  const WeeklyReportData& d_;
  QLocale l_;
  const WeeklyReportOptions& options_;
  QPdfWriter& writer_;
  double mm_ = 1;
  QRectF page_;
  std::unique_ptr<ReportLayout> layout_;
  ChartStyle style_;
};

}  // namespace

Result<int> writeWeeklyReport(const WeeklyReportData& data, const WeeklyReportOptions& options, const QString& pdfPath,
                              const std::function<void(int, int)>& progress) {
  int pages = 0;
  auto written = writeWholeFile(pdfPath, [&](QIODevice& file) -> Result<void> {
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
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
