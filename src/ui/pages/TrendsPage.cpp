// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TrendsPage.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "models/TrendModel.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/KpiCatalogue.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"

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

bool isFraction(const std::string& kpi) {
  const KpiDefinition* d = findKpi(kpi);
  return d && d->kind == KpiKind::Rate && d->fraction;
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
  }
  kpi_->setCurrentIndex(std::max(0, kpi_->findData(QStringLiteral("conversion"))));
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
  TrendRequest request;
  request.query = filters()->query();
  request.query.period = trendWindow(request.query.period, static_cast<kpi::Dimension>(grain_->currentData().toInt()));
  const bool widened = !(request.query.period == filters()->query().period);
  request.kpi = kpi_->currentData().toString().toStdString();
  request.grain = static_cast<kpi::Dimension>(grain_->currentData().toInt());
  if (const int s = split_->currentData().toInt(); s >= 0) request.split = static_cast<kpi::Dimension>(s);
  if (const int c = compare_->currentData().toInt(); c >= 0) request.compare = static_cast<kpi::Comparison>(c);
  read<TrendData>(
      [request](store::Store& s) { return loadTrend(s, request); },
      [this, widened](TrendData& trend) {
        TrendData* r = &trend;
        QStringList notes;
        if (widened) {
          const Period& p = r->request.query.period;
          const QLocale locale;
          notes
              << tr("The filter bar's period is short for a trend: showing %1 \u2013 %2 (Ctrl+F sets another period).")
                     .arg(locale.toString(QDate(p.from.year(), p.from.month(), p.from.day()), QLocale::ShortFormat),
                          locale.toString(QDate(p.to.year(), p.to.month(), p.to.day()), QLocale::ShortFormat));
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
        model_->setTrend(std::move(*r));
      });
}

void TrendsPage::rebuildChart() {
  const std::string kpi = model_->kpi();
  const bool percent = isFraction(kpi);
  const double scale = percent ? 100.0 : 1.0;
  auto* chart = new QChart;
  charts::styleChart(chart, QString(), charts::widgetChartStyle(palette()));
  const QString grain = model_->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().toLower();
  const auto compare = model_->trend().request.compare;
  chart->setTitle(!compare ? tr("%1 by %2").arg(charts::kpiTitle(kpi), grain)
                  : *compare == kpi::Comparison::LastYear
                      ? tr("%1 by %2 (dashed: the same period last year)").arg(charts::kpiTitle(kpi), grain)
                      : tr("%1 by %2 (dashed: the period before)").arg(charts::kpiTitle(kpi), grain));
  chart->legend()->setAlignment(Qt::AlignRight);

  const int rows = model_->rowCount();
  double top = 0, bottom = 0;
  bool any = false;
  for (int c = 1; c < model_->columnCount(); ++c) {
    auto* line = new QLineSeries;
    line->setName(model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QPen pen(model_->headerData(c, Qt::Horizontal, TrendModel::ColorRole).value<QColor>());
    pen.setWidthF(2);
    const bool compared = model_->headerData(c, Qt::Horizontal, TrendModel::CompareRole).toBool();
    if (compared) pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setPointsVisible(rows <= 16);
    for (int r = 0; r < rows; ++r) {
      const QVariant v = model_->data(model_->index(r, c), TrendModel::ValueRole);
      if (!v.isValid()) continue;
      const double y = v.toDouble() * scale;
      top = any ? std::max(top, y) : y;
      bottom = any ? std::min(bottom, y) : std::min(0.0, y);
      any = true;
      line->append(r, y);
    }
    chart->addSeries(line);
    // The dashed twin has its line's colour; one legend entry per line keeps the legend in the chart.
    if (compared)
      for (QLegendMarker* marker : chart->legend()->markers(line)) marker->setVisible(false);
  }

  auto* x = new QCategoryAxis;
  x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  // About one label per 90 pixels, so labels never overlap.
  const int room = std::max(2, chart_->width() / 90);
  const int step = std::max(1, (rows + room - 1) / room);
  for (int r = 0; r < rows; r += step) x->append(model_->data(model_->index(r, 0), Qt::DisplayRole).toString(), r);
  x->setRange(-0.3, std::max(0.3, rows - 0.7));
  x->setGridLineVisible(false);
  auto* y = new QValueAxis;
  if (!any) top = 1;
  y->setRange(std::min(0.0, bottom), top <= 0 ? 1 : top * 1.1);
  y->applyNiceNumbers();
  const bool whole = !percent && (kpi == "revenue" || findKpi(kpi)->kind == KpiKind::Count);
  y->setLabelFormat(percent ? QString::fromLatin1(charts::kPercentAxisFormat)
                    : whole ? QStringLiteral("%.0f")
                            : QStringLiteral("%.1f"));
  if (kpi == "revenue") y->setTitleText(QStringLiteral("\u20AC"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  chart->legend()->setVisible(model_->trend().series.size() > 1);
  QChart* old = chart_->chart();
  chart_->setChart(chart);
  delete old;
}

}  // namespace salesops::ui
