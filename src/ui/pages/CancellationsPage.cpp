// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/CancellationsPage.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/CancelBreakdownModel.h"
#include "models/CohortModel.h"
#include "models/ValueSortModel.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/PeriodText.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/KpiEngine.h"

namespace salesops::ui {
namespace {

constexpr int kWeeks = 8;
constexpr int kDays = 28;

QTableView* makeTable(QAbstractItemModel* model, const QString& name, bool sortable, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setObjectName(name);
  if (sortable) {
    // Sorted on the numbers, not their text: 9,5% below 10,0%.
    view->setModel(new ValueSortModel(model, CancelBreakdownModel::ValueRole, view));
    view->setSortingEnabled(true);
    view->sortByColumn(1, Qt::DescendingOrder);
  } else {
    view->setModel(model);
  }
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->verticalHeader()->hide();
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
  view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view->horizontalHeader()->setStretchLastSection(true);
  return view;
}

}  // namespace

CancellationsPage::CancellationsPage(StoreSession& session, FilterBar& filters, QWidget* parent)
    : Page(session, &filters, parent),
      heading_(new QLabel(this)),
      chart_(new ChartView(this)),
      cohorts_(new CohortModel(this)),
      reasons_(new CancelBreakdownModel(tr("Reason"), tr("Share of orders"), false, this)),
      reps_(new CancelBreakdownModel(tr("Rep"), charts::kpiTitle(KpiId::cancel_rate), true, this)) {
  heading_->setWordWrap(true);
  heading_->setObjectName("cancellationsHeading");
  chart_->setObjectName("cancellation-cohorts");  // its name in `export chart`
  chart_->setRenderHint(QPainter::Antialiasing);
  chart_->setMinimumHeight(220);
  chart_->setFocusPolicy(Qt::NoFocus);
  cohortTable_ = makeTable(cohorts_, "cohortTable", false, this);
  QTableView* reasonTable = makeTable(reasons_, "reasonTable", true, this);
  QTableView* repTable = makeTable(reps_, "repTable", true, this);
  // Outliers first: the reps who lose most orders within 14 days beyond the others' rate. Reps are
  // compared on the 14-day rate beside their orders (kpis.md: the cohort rate of recent weeks is
  // immature; the cohort rate is in the cohort table), and so the columns fit at 1366 in Dutch.
  repTable->sortByColumn(CancelBreakdownModel::Excess, Qt::DescendingOrder);
  repTable->setColumnHidden(CancelBreakdownModel::Cancelled, true);
  repTable->setColumnHidden(CancelBreakdownModel::Rate, true);
  cohortTable_->horizontalHeader()->setStretchLastSection(false);
  reasonTable->setColumnHidden(CancelBreakdownModel::Orders, true);  // every reason's is all orders
  reasonTable->sortByColumn(CancelBreakdownModel::Cancelled, Qt::DescendingOrder);
  connect(cohorts_, &QAbstractItemModel::modelReset, this, [this] {
    // The table shows the weekly marks of the curve; the chart draws every day.
    for (int c = CohortModel::FirstDay; c < cohorts_->columnCount(); ++c)
      cohortTable_->setColumnHidden(c, CohortModel::dayOf(c) % 7 != 0);
    // As tall as its rows (with its title), so the chart gets the rest.
    QWidget* box = cohortTable_->parentWidget();
    box->setMaximumHeight(box->layout()->itemAt(0)->sizeHint().height() + box->layout()->spacing() +
                          cohortTable_->horizontalHeader()->sizeHint().height() +
                          cohortTable_->verticalHeader()->defaultSectionSize() * cohorts_->rowCount() +
                          2 * cohortTable_->frameWidth() + cohortTable_->horizontalScrollBar()->sizeHint().height());
    rebuildChart();
  });

  const auto titled = [this](const QString& title, QWidget* w) {
    auto* box = new QWidget(this);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    label->setBuddy(w);
    l->addWidget(label);
    l->addWidget(w, 1);
    return box;
  };
  auto* left = new QSplitter(Qt::Vertical, this);
  left->addWidget(chart_);
  left->addWidget(
      titled(tr("<b>&Cohorts</b>: share of each week's orders cancelled by day 0, 7, 14, 21 and 28"), cohortTable_));
  left->setStretchFactor(0, 3);
  left->setStretchFactor(1, 2);
  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(titled(tr("<b>By &reason</b>: share of all the weeks' orders"), reasonTable));
  right->addWidget(titled(tr("<b>By r&ep</b> (greyed: fewer than 30 orders)"), repTable));
  right->setStretchFactor(0, 2);
  right->setStretchFactor(1, 3);
  auto* columns = new QSplitter(Qt::Horizontal, this);
  columns->addWidget(left);
  columns->addWidget(right);
  columns->setStretchFactor(0, 4);
  columns->setStretchFactor(1, 3);
  columns->setSizes({645, 575});
  for (QSplitter* s : {left, right, columns}) s->setChildrenCollapsible(false);

  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(heading_);
  layout->addWidget(columns, 1);
  setContent(content, false);
}

void CancellationsPage::startLoad() {
  const kpi::DashboardQuery q = filters()->query();
  read<kpi::CancellationsPageData>(
      [q](kpi::ReadSession& s) { return s.cancellationsPage(q.period, q.asOf, q.filters, kWeeks, kDays); },
      [this](kpi::CancellationsPageData& page) {
        const auto* r = &page;
        const QLocale locale;
        const kpi::CohortQuery& cq = r->cohorts.query;
        heading_->setText(
            tr("<h2>Cancellations</h2>Orders of %1 (the %2 ISO weeks ending with the filter's last day), "
               "cancellations known by %3: %4 of %5 orders cancelled (%6). Counted by order date, as every "
               "cancel rate.")
                .arg(charts::periodText(locale, cq.period))
                .arg(kWeeks)
                .arg(charts::periodText(locale, Period{cq.asOf, cq.asOf}),
                     locale.toString(static_cast<qlonglong>(r->cohorts.cancelled)),
                     locale.toString(static_cast<qlonglong>(r->cohorts.orders)),
                     charts::formatKpiNumber(KpiId::cancel_rate, r->cohorts.cancelRate(), locale)));
        // The chart and tables name the order weeks they show, not the bar's period.
        setShownPeriod(cq.period);
        cohorts_->setCohorts(r->cohorts);
        reasons_->setReasons(r->cohorts);
        reps_->setReps(r->reps);
      });
}

void CancellationsPage::rebuildChart() {
  chart_->replaceChart(charts::cohortChart(cohorts_->cohorts(), charts::widgetChartStyle(palette())));
}

}  // namespace salesops::ui
