// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TrendsPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/TrendModel.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"

#include "salesops/charts/KpiText.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {
namespace {

QComboBox* addChoice(QHBoxLayout* row, const QString& label, QWidget* parent) {
  auto* box = new QComboBox(parent);
  auto* text = new QLabel(label, parent);
  text->setBuddy(box);
  row->addWidget(text);
  row->addWidget(box);
  row->addSpacing(8);
  return box;
}

}  // namespace

TrendsPage::TrendsPage(StoreSession& session, FilterBar& filters, QWidget* parent)
    : Page(session, &filters, parent),
      note_(new QLabel(this)),
      chart_(new ChartView(this)),
      table_(new QTableView(this)),
      model_(new TrendModel(this)) {
  auto* controls = new QHBoxLayout;
  kpi_ = addChoice(controls, tr("&KPI:"), this);
  kpi_->setObjectName("trendKpi");
  for (const KpiDefinition& d : kpiCatalogue()) {
    if (d.kind == KpiKind::Date) continue;  // a projected date is not a quantity over time
    const int i = kpi_->count();
    kpi_->addItem(charts::kpiTitle(d.name), QString::fromUtf8(d.name.data(), static_cast<qsizetype>(d.name.size())));
    kpi_->setItemData(i, charts::kpiTooltip(d.name), Qt::ToolTipRole);
    if (d.name == kpiName(KpiId::conversion)) kpi_->setCurrentIndex(i);  // the default
  }
  grain_ = addChoice(controls, tr("&By:"), this);
  grain_->setObjectName("trendGrain");
  grain_->addItem(tr("Day"), static_cast<int>(kpi::Dimension::Day));
  grain_->addItem(tr("Week"), static_cast<int>(kpi::Dimension::Week));
  grain_->addItem(tr("Month"), static_cast<int>(kpi::Dimension::Month));
  grain_->setCurrentIndex(1);
  split_ = addChoice(controls, tr("&Split by:"), this);
  split_->setObjectName("trendSplit");
  split_->addItem(tr("Nothing"), -1);
  split_->addItem(tr("Team"), static_cast<int>(kpi::Dimension::Team));
  split_->addItem(tr("Channel"), static_cast<int>(kpi::Dimension::Channel));
  split_->addItem(tr("Area"), static_cast<int>(kpi::Dimension::Area));
  split_->addItem(tr("City"), static_cast<int>(kpi::Dimension::City));
  split_->addItem(tr("Rep"), static_cast<int>(kpi::Dimension::Rep));
  split_->addItem(tr("Product"), static_cast<int>(kpi::Dimension::Product));
  compare_ = addChoice(controls, tr("C&ompare with:"), this);
  compare_->setObjectName("trendCompare");
  compare_->addItem(tr("Nothing"), -1);
  compare_->addItem(tr("Period before"), static_cast<int>(kpi::Comparison::Previous));
  compare_->addItem(tr("Same period last year"), static_cast<int>(kpi::Comparison::LastYear));
  controls->addStretch();

  note_->setWordWrap(true);
  note_->setObjectName("trendNote");
  chart_->setObjectName("trend");  // its name in `export chart` and in the export's file name
  chart_->setRenderHint(QPainter::Antialiasing);
  chart_->setMinimumHeight(220);
  chart_->setFocusPolicy(Qt::NoFocus);
  table_->setModel(model_);
  table_->setObjectName("trendTable");
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setMinimumHeight(120);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(chart_);
  splitter->addWidget(table_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({500, 250});
  splitter->setChildrenCollapsible(false);
  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(controls);
  layout->addWidget(note_);
  layout->addWidget(splitter, 1);
  setContent(content, false);

  for (QComboBox* box : {kpi_, grain_, split_, compare_})
    connect(box, &QComboBox::currentIndexChanged, this, &TrendsPage::reload);
  connect(model_, &QAbstractItemModel::modelReset, this, &TrendsPage::rebuildChart);
}

void TrendsPage::startLoad() {
  kpi::TrendRequest request;
  request.query = filters()->query();
  request.query.period =
      kpi::trendWindow(request.query.period, static_cast<kpi::Dimension>(grain_->currentData().toInt()));
  const bool widened = !(request.query.period == filters()->query().period);
  request.fromFirstData = widened;
  request.kpi = kpi_->currentData().toString().toStdString();
  request.grain = static_cast<kpi::Dimension>(grain_->currentData().toInt());
  if (const int s = split_->currentData().toInt(); s >= 0) request.split = static_cast<kpi::Dimension>(s);
  if (const int c = compare_->currentData().toInt(); c >= 0) request.compare = static_cast<kpi::Comparison>(c);
  read<kpi::TrendData>(
      [request](kpi::ReadSession& s) { return s.trend(request); },
      [this, widened](kpi::TrendData& trend) {
        kpi::TrendData* r = &trend;
        QStringList notes;
        if (widened) {
          const Period& p = r->request.query.period;
          const QLocale locale;
          notes
              << tr("The filter bar's period is short for a trend: showing %1 \u2013 %2 (Ctrl+F sets another period).")
                     .arg(locale.toString(toQDate(p.from), QLocale::ShortFormat),
                          locale.toString(toQDate(p.to), QLocale::ShortFormat));
        }
        if (r->restCount > 0 && !r->restSummed)
          notes << tr("Showing the top %1 by volume; the other %2 are left out, because the engine cannot "
                      "filter by product to measure them together.")
                       .arg(r->request.topN)
                       .arg(r->restCount);
        if (r->restSummed)
          notes << tr("Top %1 by volume; \u201cOther\u201d is the remaining %2 measured together.")
                       .arg(r->request.topN)
                       .arg(r->restCount);
        note_->setText(notes.join(QLatin1Char(' ')));
        note_->setVisible(!notes.isEmpty());
        // The chart and table name the window they show, which may be wider than the bar's period.
        setShownPeriod(r->request.query.period);
        model_->setTrend(std::move(*r));
      });
}

void TrendsPage::rebuildChart() {
  // About one period label per 90 pixels, so labels never overlap.
  chart_->replaceChart(
      charts::trendChart(model_->trend(), charts::widgetChartStyle(palette()), std::max(2, chart_->width() / 90)));
}

}  // namespace salesops::ui
