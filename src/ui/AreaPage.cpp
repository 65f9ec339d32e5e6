// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaPage.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QCategoryAxis>
#include <QVBoxLayout>

#include "ChartView.h"
#include "FilterBar.h"
#include "StoreSession.h"
#include "salesops/charts/KpiText.h"
#include "salesops/kpi/KpiEngine.h"

namespace salesops::ui {
namespace {

constexpr int kWeeks = 12;

void fill(QTableWidget* table, const std::vector<kpi::KpiRow>& rows, const QStringList& kpis) {
  const QLocale locale;
  table->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < table->rowCount(); ++r) {
    const kpi::KpiRow& row = rows[static_cast<size_t>(r)];
    table->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(row.dims.front().text)));
    for (int c = 0; c < kpis.size(); ++c) {
      const std::string k = kpis[c].toStdString();
      auto* item = new QTableWidgetItem(charts::formatKpi(k, row.now.value(k), locale));
      item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (auto parts = row.now.parts(k); parts && parts->denominator < charts::kSmallDenominator)
        item->setForeground(table->palette().color(QPalette::Disabled, QPalette::Text));
      item->setToolTip(charts::kpiTooltip(k, locale));
      table->setItem(r, c + 1, item);
    }
  }
  table->resizeColumnsToContents();
}

QTableWidget* makeTable(const QString& first, const QStringList& kpis, QWidget* parent) {
  auto* t = new QTableWidget(parent);
  QStringList headers{first};
  for (const QString& k : kpis) headers << charts::kpiTitle(k.toStdString());
  t->setColumnCount(static_cast<int>(headers.size()));
  t->setHorizontalHeaderLabels(headers);
  t->verticalHeader()->hide();
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSortingEnabled(false);
  return t;
}

const QStringList kRepKpis = {"visits", "contacts", "orders", "conversion", "hit_rate", "cancel_rate_14d"};
const QStringList kHourKpis = {"visits", "contact_rate", "conversion"};

}  // namespace

AreaPage::AreaPage(StoreSession& session, FilterBar& filters, QWidget* parent)
    : QWidget(parent), session_(session), filters_(filters), crumbs_(new QLabel(this)), facts_(new QLabel(this)),
      trend_(new ChartView(this)), reps_(makeTable(tr("Rep"), kRepKpis, this)),
      hours_(makeTable(tr("Hour"), kHourKpis, this)) {
  crumbs_->setTextFormat(Qt::RichText);
  connect(crumbs_, &QLabel::linkActivated, this, [this] { emit back(); });
  auto* backAction = new QAction(tr("Back"), this);
  backAction->setShortcut(QKeySequence::Back);
  // Window-wide, but only while this page is the one shown (hidden widgets' shortcuts do not fire).
  backAction->setShortcutContext(Qt::WindowShortcut);
  connect(backAction, &QAction::triggered, this, &AreaPage::back);
  addAction(backAction);
  facts_->setWordWrap(true);
  trend_->setRenderHint(QPainter::Antialiasing);
  trend_->setMinimumHeight(280);
  reps_->setObjectName("areaReps");

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(crumbs_);
  layout->addWidget(facts_);
  layout->addWidget(trend_, 2);
  auto* tables = new QHBoxLayout;
  tables->addWidget(reps_, 3);
  tables->addWidget(hours_, 2);
  layout->addLayout(tables, 2);
  connect(&filters_, &FilterBar::changed, this, &AreaPage::reload);
  connect(&session_, &StoreSession::dataChanged, this, &AreaPage::reload);
}

void AreaPage::showArea(const QString& area) {
  area_ = area;
  reload();
}

void AreaPage::reload() {
  if (area_.isEmpty() || !filters_.ready()) return;
  crumbs_->setText(tr("<a href='back'>Daily start</a> \u203A <b>Area %1</b>  (Alt+Left goes back)").arg(area_));
  kpi::DashboardQuery q = filters_.query();
  q.filters.areas = {area_.toStdString()};
  kpi::KpiFilters org = filters_.query().filters;
  org.areas.clear();
  const Period weeks{q.period.to.addDays(-7 * kWeeks + 1), q.period.to};
  const int generation = ++generation_;
  session_.read<Data>(
      this,
      [q, org, weeks](store::Store& s) -> Result<Data> {
        const kpi::KpiEngine engine(s);
        Data d;
        const std::vector<std::string> rates{"conversion", "contacts", "orders"};
        auto areaWeeks = engine.run({weeks, q.asOf, {kpi::Dimension::Week}, q.filters, std::nullopt, rates});
        auto orgWeeks = engine.run({weeks, q.asOf, {kpi::Dimension::Week}, org, std::nullopt, rates});
        auto total = engine.run({q.period, q.asOf, {kpi::Dimension::Area}, q.filters, std::nullopt, {}});
        auto reps = engine.run({q.period, q.asOf, {kpi::Dimension::Rep}, q.filters, std::nullopt, {}});
        auto hours = engine.run({q.period, q.asOf, {kpi::Dimension::Hour}, q.filters, std::nullopt, {}});
        for (auto* r : {&areaWeeks, &orgWeeks, &total, &reps, &hours})
          if (!*r) return r->error();
        return Data{*areaWeeks, *orgWeeks, *total, *reps, *hours};
      },
      [this, generation](Result<Data> r) {
        if (generation != generation_) return;
        if (!r) {
          facts_->setText(QString::fromStdString(r.error().message));
          return;
        }
        show(*r);
        emit loaded();
      });
}

void AreaPage::show(const Data& d) {
  const QLocale locale;
  if (!d.areaTotal.empty()) {
    const kpi::KpiValues& v = d.areaTotal.front().now;
    const auto date = v.value("bundling_date");
    facts_->setText(tr("Coverage in the period: <b>%1</b> of %2 homes passed \u00B7 penetration: <b>%3</b> \u00B7 "
                       "projected date to reach the bundling threshold: <b>%4</b> \u00B7 conversion <b>%5</b>, "
                       "hit rate <b>%6</b>")
                        .arg(charts::formatKpi("coverage", v.value("coverage"), locale),
                             locale.toString(static_cast<qlonglong>(v.homesPassed)),
                             charts::formatKpi("penetration", v.value("penetration"), locale),
                             std::holds_alternative<std::monostate>(date) ? tr("none (no growth, or reached)")
                                                                          : charts::formatKpi("bundling_date", date, locale),
                             charts::formatKpi("conversion", v.value("conversion"), locale),
                             charts::formatKpi("hit_rate", v.value("hit_rate"), locale)));
  } else {
    facts_->setText(tr("No visits or orders in this area for the period."));
  }

  auto* chart = new QChart;
  chart->setTitle(tr("Conversion per week: %1 against the whole organisation").arg(area_));
  chart->setAnimationOptions(QChart::NoAnimation);
  auto* x = new QCategoryAxis;
  auto* y = new QValueAxis;
  y->setLabelFormat("%.0f%%");
  double top = 5;
  const auto addLine = [&](const std::vector<kpi::KpiRow>& rows, const QString& name) {
    auto* s = new QLineSeries;
    s->setName(name);
    s->setPointsVisible(true);
    for (size_t i = 0; i < rows.size(); ++i)
      if (auto c = charts::kpiNumber(rows[i].now.value("conversion"))) {
        s->append(static_cast<qreal>(i), *c * 100);
        top = std::max(top, *c * 100);
      }
    chart->addSeries(s);
  };
  addLine(d.areaWeeks, area_);
  addLine(d.orgWeeks, tr("Organisation"));
  for (size_t i = 0; i < d.orgWeeks.size(); ++i)
    x->append(QString::fromStdString(d.orgWeeks[i].dims.front().text), static_cast<qreal>(i) + 0.5);
  x->setRange(-0.5, static_cast<qreal>(d.orgWeeks.size()) - 0.5);
  x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  y->setRange(0, std::ceil(top / 5) * 5);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  QChart* old = trend_->chart();
  trend_->setChart(chart);
  delete old;
  fill(reps_, d.reps, kRepKpis);
  fill(hours_, d.hours, kHourKpis);
}

}  // namespace salesops::ui
