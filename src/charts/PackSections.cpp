// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly-start pack's sections after the cover: the dashboard charts, the area table, the
// leaderboard, the alerts, the explanation of conversion's change, cancellations and data quality.
#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

#include "PackWriter.h"

#include "salesops/charts/AlertText.h"
#include "salesops/charts/ChartRender.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/QtDate.h"

namespace salesops::charts {
namespace {

// Charts are laid out in screen pixels, so their fonts come out at the window's point sizes.
constexpr double kChartPixelsPerInch = 96;

constexpr auto kNum = Qt::AlignRight;

}  // namespace

using namespace report;

void PackWriter::chartPages() {
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

void PackWriter::chart(QPainter& p, const QString& name, const QRectF& target) {
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
  const double scale = kChartPixelsPerInch / kPackDpi;
  renderChart(*c, p, target, QSizeF(target.width() * scale, target.height() * scale));
}

// Rates with their change against the previous week, numbers right-aligned.
QString PackWriter::change(const kpi::KpiRow& r, KpiId kpi) const {
  return formatChange(kpi, kpiNumber(r.now.value(kpi)), r.prev ? kpiNumber(r.prev->value(kpi)) : std::nullopt, l_);
}

void PackWriter::areaTable() {
  layout_->pageBreak();
  layout_->addHeading(
      QCoreApplication::translate("WeeklyReport", "Areas: %1 against %2").arg(weekLabel(d_.week), previousWeekLabel()));
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
    ReportRow row{
        cells(qs(r.dims.at(0).text), memberText(r.dims.at(1), l_), r.now, r.prev, change(r, KpiId::conversion))};
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

void PackWriter::leaderboard() {
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
        {{l_.toString(++rank), memberText(r.dims.at(0), l_), qs(r.dims.at(1).text), count(l_, r.now.visits),
          count(l_, r.now.contacts), count(l_, r.now.orders), r.prev ? count(l_, r.prev->orders) : QString(),
          formatKpi(KpiId::conversion, r.now.value(KpiId::conversion), l_), change(r, KpiId::conversion),
          formatKpi(KpiId::hit_rate, r.now.value(KpiId::hit_rate), l_),
          formatKpi(KpiId::revenue, r.now.value(KpiId::revenue), l_)}});
  }
  layout_->addTable(t, QCoreApplication::translate("WeeklyReport", "Leaderboard, continued"));
}

void PackWriter::alerts() {
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
QString PackWriter::points(double effect) const {
  return formatChange(KpiId::conversion, std::round(effect * 1000.0) / 1000.0, 0.0, l_);
}

void PackWriter::explanation() {
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
        {{memberText(m.name, m.member, l_), count(l_, static_cast<int64_t>(m.base.denominator)),
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
      {{QCoreApplication::translate("WeeklyReport", "Total"), count(l_, static_cast<int64_t>(e.baseTotal.denominator)),
        count(l_, static_cast<int64_t>(e.currentTotal.denominator)), formatKpiNumber(KpiId::conversion, e.baseRate, l_),
        formatKpiNumber(KpiId::conversion, e.currentRate, l_), points(e.rateEffect), points(e.mixEffect),
        points(e.rateEffect + e.mixEffect)},
       QColor(),
       true});
  layout_->addTable(t, QCoreApplication::translate("WeeklyReport", "Effect of each area, continued"));
}

void PackWriter::cancellations() {
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

void PackWriter::quality() {
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

}  // namespace salesops::charts
