// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/drill_charts.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

#include "models/KpiTableModel.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/KpiCatalogue.h"
#include "widgets/ChartView.h"

namespace salesops::ui {

ChartView* makeDrillChartView(QWidget* parent) {
  auto* v = new ChartView(parent);
  v->setMinimumHeight(240);
  return v;
}
namespace {

const QColor kMember("#0969da");
const QColor kOrganisation("#8c959f");

bool isRate(const std::string& kpi) {
  const KpiDefinition* d = findKpi(kpi);
  return d && d->kind == KpiKind::Rate;
}

void plain(QChart* chart, const QString& title) {
  charts::styleChart(chart, title, charts::widgetChartStyle(QGuiApplication::palette()));
}

}  // namespace

QChart* weeklyComparisonChart(const QString& title, const QString& member, const std::vector<kpi::KpiRow>& memberWeeks,
                              const std::vector<kpi::KpiRow>& orgWeeks, const char* kpi) {
  auto* chart = new QChart;
  plain(chart, title);
  const bool rate = isRate(kpi);
  const double scale = rate ? 100 : 1;
  std::map<std::string, size_t> weekIndex;
  for (size_t i = 0; i < orgWeeks.size(); ++i) weekIndex[orgWeeks[i].dims.front().text] = i;
  double top = rate ? 5 : 1;
  const auto addLine = [&](const std::vector<kpi::KpiRow>& rows, const QString& name, const QColor& colour) {
    auto* s = new QLineSeries;
    s->setName(name);
    s->setPointsVisible(true);
    s->setColor(colour);
    for (const kpi::KpiRow& r : rows) {
      const auto at = weekIndex.find(r.dims.front().text);
      if (at == weekIndex.end()) continue;
      if (auto v = charts::kpiNumber(r.now.value(kpi))) {
        s->append(static_cast<qreal>(at->second), *v * scale);
        top = std::max(top, *v * scale);
      }
    }
    chart->addSeries(s);
  };
  addLine(orgWeeks, QCoreApplication::translate("DrillCharts", "Organisation"), kOrganisation);
  addLine(memberWeeks, member, kMember);
  auto* x = new QCategoryAxis;
  for (size_t i = 0; i < orgWeeks.size(); ++i) {
    // "2026-W47" reads as "W47": the year is in the page's period.
    const QString week = QString::fromStdString(orgWeeks[i].dims.front().text);
    x->append(week.mid(week.indexOf('W')), static_cast<qreal>(i) + 0.5);
  }
  // Week i spans i - 0.5 .. i + 0.5, so its label sits under its point.
  x->setStartValue(-0.5);
  x->setRange(-0.5, std::max<qreal>(0.5, static_cast<qreal>(orgWeeks.size()) - 0.5));
  auto* y = new QValueAxis;
  y->setLabelFormat(rate ? charts::kPercentAxisFormat : "%.0f");
  y->setRange(0, rate ? std::ceil(top / 5) * 5 : std::ceil(top * 1.1));
  y->applyNiceNumbers();
  y->setTitleText(charts::kpiTitle(kpi));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  return chart;
}

QChart* modelBarChart(const QAbstractItemModel& model, int column, const QString& title) {
  auto* chart = new QChart;
  plain(chart, title);
  chart->legend()->hide();
  const QString kpi = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
  auto* set = new QBarSet(kpi);
  set->setColor(kMember);
  QStringList labels;
  double top = 0;
  // Rates are drawn in percent; the model gives them as fractions.
  const auto* kpiModel = qobject_cast<const KpiTableModel*>(&model);
  const bool rate = kpiModel && column > 0 && isRate(kpiModel->kpis().at(column - 1).toStdString());
  for (int r = 0; r < model.rowCount(); ++r) {
    labels << model.data(model.index(r, 0), Qt::DisplayRole).toString();
    const QVariant v = model.data(model.index(r, column), KpiTableModel::ValueRole);
    const double value = v.isValid() ? v.toDouble() * (rate ? 100 : 1) : 0;
    *set << value;
    top = std::max(top, value);
  }
  auto* series = new QBarSeries;
  series->append(set);
  series->setBarWidth(0.8);
  chart->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(labels);
  x->setLabelsAngle(labels.size() > 8 ? -90 : 0);
  auto* y = new QValueAxis;
  y->setLabelFormat(rate ? charts::kPercentAxisFormat : "%.0f");
  y->setRange(0, rate ? std::max(5.0, std::ceil(top / 5) * 5) : std::max(1.0, std::ceil(top * 1.1)));
  y->applyNiceNumbers();
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  return chart;
}

QString memberSummary(const kpi::MemberTotals& totals) {
  const QLocale locale;
  const kpi::KpiValues& member = totals.member;
  const kpi::KpiValues& organisation = totals.organisation;
  const auto count = [&](const char* k) {
    return QCoreApplication::translate("DrillCharts", "%1 <b>%2</b>")
        .arg(charts::kpiTitle(k, locale), charts::formatKpi(k, member.value(k), locale));
  };
  const auto rate = [&](const char* k) {
    const auto parts = member.parts(k);
    return QCoreApplication::translate("DrillCharts", "%1 <b>%2</b> (n = %3; organisation %4)")
        .arg(charts::kpiTitle(k, locale), charts::formatKpi(k, member.value(k), locale),
             locale.toString(parts ? parts->denominator : 0, 'f', 0),
             charts::formatKpi(k, organisation.value(k), locale));
  };
  const auto day = [&](Date d) { return locale.toString(QDate(d.year(), d.month(), d.day()), "d MMM"); };
  return QStringList{count("visits"),    count("contacts"), count("orders"),
                     rate("conversion"), rate("hit_rate"),  rate("cancel_rate_14d")}
             .join(QStringLiteral(" \u00B7 ")) +
         QStringLiteral("<br><small>") +
         QCoreApplication::translate("DrillCharts",
                                     "Organisation: every team, area and rep in the same period and channel. "
                                     "Cancel rate 14d on the orders of %1 \u2013 %2, the last four weeks at least "
                                     "14 days old.")
             .arg(day(totals.cohortPeriod.from), day(totals.cohortPeriod.to)) +
         QStringLiteral("</small>");
}

void fillPicker(QComboBox* picker, const std::vector<std::string>& members, const QString& current) {
  const QSignalBlocker quiet(picker);
  picker->clear();
  for (const std::string& m : members) picker->addItem(QString::fromStdString(m));
  picker->setCurrentIndex(picker->findText(current));
}

}  // namespace salesops::ui
