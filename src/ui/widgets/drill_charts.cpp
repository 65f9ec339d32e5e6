// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/drill_charts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "widgets/ChartView.h"

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {

ChartView* makeDrillChartView(const QString& name, QWidget* parent) {
  auto* v = new ChartView(parent);
  v->setObjectName(name);  // the chart's name in `export chart` and in the export's file name
  v->setMinimumHeight(240);
  return v;
}

void showDrillChart(ChartView* view, const kpi::DrillPageData& page) {
  // A trend shows the weeks up to the period's end; the other charts the period itself.
  view->setPeriod(view->objectName().endsWith(QStringLiteral("-trend")) ? std::optional<Period>(page.weeks)
                                                                        : std::nullopt);
  view->replaceChart(
      charts::buildDrillChart(view->objectName(), page, charts::widgetChartStyle(QGuiApplication::palette())));
}

QString memberSummary(const kpi::MemberTotals& totals) {
  const QLocale locale;
  const kpi::KpiValues& member = totals.member;
  const kpi::KpiValues& organisation = totals.organisation;
  const auto count = [&](KpiId k) {
    return QCoreApplication::translate("DrillCharts", "%1 <b>%2</b>")
        .arg(charts::kpiTitle(k, locale), charts::formatKpi(k, member.value(k), locale));
  };
  const auto rate = [&](KpiId k) {
    const auto parts = member.parts(k);
    const QString text = totals.yourTeams
                             ? QCoreApplication::translate("DrillCharts", "%1 <b>%2</b> (n = %3; your teams %4)")
                             : QCoreApplication::translate("DrillCharts", "%1 <b>%2</b> (n = %3; organisation %4)");
    return text.arg(charts::kpiTitle(k, locale), charts::formatKpi(k, member.value(k), locale),
                    locale.toString(parts ? parts->denominator : 0, 'f', 0),
                    charts::formatKpi(k, organisation.value(k), locale));
  };
  const auto day = [&](Date d) { return locale.toString(toQDate(d), "d MMM"); };
  return QStringList{count(KpiId::visits),    count(KpiId::contacts), count(KpiId::orders),
                     rate(KpiId::conversion), rate(KpiId::hit_rate),  rate(KpiId::cancel_rate_14d)}
             .join(QStringLiteral(" \u00B7 ")) +
         QStringLiteral("<br><small>") +
         (totals.yourTeams ? QCoreApplication::translate(
                                 "DrillCharts",
                                 "Organisation (your teams): every team, area and rep of your teams in the same period "
                                 "and channel; the server shows you no others. Cancel rate 14d on the orders of %1 "
                                 "\u2013 %2, the last four weeks at least 14 days old.")
                           : QCoreApplication::translate("DrillCharts",
                                                         "Organisation: every team, area and rep in the same period "
                                                         "and channel. Cancel rate 14d on the orders of %1 \u2013 %2, "
                                                         "the last four weeks at least 14 days old."))
             .arg(day(totals.cohortPeriod.from), day(totals.cohortPeriod.to)) +
         QStringLiteral("</small>");
}

void addDrillHeading(QVBoxLayout* layout, QWidget* crumbs, QLabel* heading, QLabel* pickerLabel, QComboBox* picker,
                     QLabel* facts) {
  picker->setMinimumContentsLength(10);
  // As wide as its longest name with its code, "Mohamed El Amrani (R005)": never cut.
  picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  facts->setWordWrap(true);
  facts->setTextFormat(Qt::RichText);
  layout->addWidget(crumbs);
  auto* head = new QHBoxLayout;
  head->addWidget(heading, 1);
  head->addWidget(pickerLabel);
  head->addWidget(picker);
  layout->addLayout(head);
  layout->addWidget(facts);
}

void addDrillBody(QVBoxLayout* layout, QWidget* trend, QWidget* second, QWidget* tabs) {
  auto* charts = new QHBoxLayout;
  charts->addWidget(trend, 3);
  charts->addWidget(second, 2);
  layout->addLayout(charts, 2);
  layout->addWidget(tabs, 3);
}

void fillPicker(QComboBox* picker, const kpi::DrillPageData& page, const QString& current) {
  const QSignalBlocker quiet(picker);
  picker->clear();
  for (size_t i = 0; i < page.members.size(); ++i) {
    const QString code = QString::fromStdString(page.members[i]);
    picker->addItem(i < page.memberLabels.size() ? QString::fromStdString(page.memberLabels[i]) : code, code);
  }
  picker->setCurrentIndex(picker->findData(current));
}

QString pickedMember(const QComboBox* picker, int index) {
  return index >= 0 && index < picker->count() ? picker->itemData(index).toString() : QString();
}

}  // namespace salesops::ui
