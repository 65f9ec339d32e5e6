// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/AreaPage.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "widgets/Breadcrumbs.h"
#include "widgets/BundlingGauge.h"
#include "widgets/ChartView.h"
#include "widgets/drill_charts.h"
#include "window/DrillStack.h"
#include "widgets/FilterBar.h"
#include "models/KpiTableModel.h"
#include "widgets/KpiTableView.h"
#include "pages/scrolling.h"
#include "window/StoreSession.h"
#include "salesops/charts/KpiText.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/PostcodeBreakdown.h"

namespace salesops::ui {
namespace {

constexpr int kWeeks = 12;
const QStringList kRepKpis = {"visits", "contacts", "orders", "conversion", "hit_rate", "cancel_rate_14d"};
const QStringList kPostcodeKpis = {"visits",    "contacts",          "orders", "conversion", "hit_rate",
                                   "addresses", "addresses_per_sale"};
const QStringList kHourKpis = {"visits", "contacts", "contact_rate", "orders", "conversion", "hit_rate"};

}  // namespace

AreaPage::AreaPage(StoreSession& session, FilterBar& filters, DrillStack& drill, QWidget* parent)
    : QWidget(parent),
      session_(session),
      filters_(filters),
      drill_(drill),
      crumbs_(new Breadcrumbs(drill, DrillStack::Level::Area, this)),
      heading_(new QLabel(this)),
      facts_(new QLabel(this)),
      coverage_(new BundlingGauge(this)),
      penetration_(new BundlingGauge(this)),
      trend_(makeDrillChartView(this)),
      hourChart_(makeDrillChartView(this)),
      tabs_(new QTabWidget(this)),
      levels_(new QButtonGroup(this)),
      postcodes_(new KpiTableModel(tr("Postcode"), KpiTableModel::Label::Postcode, kPostcodeKpis, this)),
      reps_(new KpiTableModel(tr("Rep"), KpiTableModel::Label::Text, kRepKpis, this)),
      hours_(new KpiTableModel(tr("Hour"), KpiTableModel::Label::Hour, kHourKpis, this)),
      postcodeView_(new KpiTableView(postcodes_, this)),
      repView_(new KpiTableView(reps_, this)),
      hourView_(new KpiTableView(hours_, this)) {
  facts_->setWordWrap(true);
  facts_->setTextFormat(Qt::RichText);
  repView_->setObjectName("areaReps");
  postcodeView_->setObjectName("areaPostcodes");
  repView_->setToolTip(tr("Enter or double-click opens the rep."));
  connect(repView_, &KpiTableView::keyActivated, this,
          [this](const QString& rep) { drill_.open(DrillStack::Level::Rep, rep); });

  // The postcode tab: the level switch above its table.
  auto* postcodeTab = new QWidget(this);
  auto* pc = new QVBoxLayout(postcodeTab);
  auto* switchRow = new QHBoxLayout;
  auto* pc4 = new QRadioButton(tr("Postcode area (4 digits)"), postcodeTab);
  auto* pc6 = new QRadioButton(tr("Street (full postcode)"), postcodeTab);
  pc4->setObjectName("pc4");
  pc6->setObjectName("pc6");
  pc4->setChecked(true);
  levels_->addButton(pc4, static_cast<int>(store::PostcodeLevel::Pc4));
  levels_->addButton(pc6, static_cast<int>(store::PostcodeLevel::Pc6));
  connect(levels_, &QButtonGroup::idClicked, this,
          [this](int id) { setPostcodeLevel(static_cast<store::PostcodeLevel>(id)); });
  switchRow->addWidget(pc4);
  switchRow->addWidget(pc6);
  switchRow->addStretch(1);
  pc->addLayout(switchRow);
  pc->addWidget(postcodeView_);
  tabs_->addTab(postcodeTab, tr("By postcode"));
  tabs_->addTab(repView_, tr("By rep"));
  tabs_->addTab(hourView_, tr("By hour"));
  tabs_->setMinimumHeight(260);

  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->addWidget(crumbs_);
  layout->addWidget(heading_);
  layout->addWidget(facts_);
  auto* gauges = new QHBoxLayout;
  gauges->setSpacing(24);
  gauges->addWidget(coverage_, 1);
  gauges->addWidget(penetration_, 1);
  layout->addLayout(gauges);
  auto* charts = new QHBoxLayout;
  charts->addWidget(trend_, 3);
  charts->addWidget(hourChart_, 2);
  layout->addLayout(charts, 2);
  layout->addWidget(tabs_, 3);
  setScrollingContent(this, content);

  // The hour chart reads the hour table's model: redrawn whenever the model is.
  connect(hours_, &QAbstractItemModel::modelReset, this, [this] {
    hourChart_->replaceChart(modelBarChart(*hours_, hours_->column("conversion"), tr("Conversion by hour")));
  });
  const auto refresh = [this] {
    if (isVisible())
      reload();
    else
      stale_ = true;
  };
  connect(&filters_, &FilterBar::changed, this, refresh);
  connect(&session_, &StoreSession::dataChanged, this, refresh);
}

void AreaPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) reload();
}

void AreaPage::showArea(const QString& area) {
  area_ = area;
  reload();
}

void AreaPage::setPostcodeLevel(store::PostcodeLevel level) {
  if (QAbstractButton* b = levels_->button(static_cast<int>(level))) b->setChecked(true);
  if (level == level_) return;
  level_ = level;
  reloadPostcodes();
}

void AreaPage::finished() {
  if (!mainPending_ && !postcodesPending_) emit loaded();
}

void AreaPage::reload() {
  if (area_.isEmpty() || !filters_.ready()) return;
  stale_ = false;
  heading_->setText(tr("<h2>Area %1</h2>").arg(area_.toHtmlEscaped()));
  kpi::DashboardQuery q = filters_.query();
  q.filters.areas = {area_.toStdString()};
  kpi::KpiFilters org = filters_.query().filters;
  org.areas.clear();
  const Period weeks{q.period.to.addDays(-7 * kWeeks + 1), q.period.to};
  const std::string code = area_.toStdString();
  const int generation = ++generation_;
  mainPending_ = true;
  session_.read<Data>(
      this,
      [q, org, weeks, code](store::Store& s) -> Result<Data> {
        const kpi::KpiEngine engine(s);
        const std::vector<std::string> trend{"conversion"};
        const std::vector<std::string> summary{"visits",     "contacts", "orders",
                                               "conversion", "hit_rate", "cancel_rate_14d"};
        auto areaWeeks = engine.run({weeks, q.asOf, {kpi::Dimension::Week}, q.filters, std::nullopt, trend});
        auto orgWeeks = engine.run({weeks, q.asOf, {kpi::Dimension::Week}, org, std::nullopt, trend});
        auto total = engine.run({q.period, q.asOf, {kpi::Dimension::Area}, q.filters, std::nullopt, {}});
        auto orgTotal = engine.run({q.period, q.asOf, {}, org, std::nullopt, summary});
        auto reps = engine.run({q.period, q.asOf, {kpi::Dimension::Rep}, q.filters, std::nullopt, summary});
        auto hours = engine.run({q.period, q.asOf, {kpi::Dimension::Hour}, q.filters, std::nullopt, {}});
        for (auto* r : {&areaWeeks, &orgWeeks, &total, &orgTotal, &reps, &hours})
          if (!*r) return r->error();
        auto areas = store::KpiSource(s).areas();
        if (!areas) return areas.error();
        Data d{*areaWeeks, *orgWeeks, *total, *orgTotal, *reps, *hours, std::nullopt};
        for (const auto& a : *areas)
          if (a.code == code) d.info = a;
        return d;
      },
      [this, generation](Result<Data> r) {
        if (generation != generation_) return;
        if (!r)
          facts_->setText(tr("<b>Cannot read the store:</b> %1").arg(QString::fromStdString(r.error().message)));
        else
          show(*r);
        mainPending_ = false;
        finished();
      });
  reloadPostcodes();
}

void AreaPage::reloadPostcodes() {
  kpi::DashboardQuery dq = filters_.query();
  dq.filters.areas = {area_.toStdString()};
  const kpi::PostcodeQuery q{dq.period, dq.asOf, dq.filters, level_};
  const int generation = ++postcodeGeneration_;
  postcodesPending_ = true;
  session_.read<std::vector<kpi::KpiRow>>(
      this, [q](store::Store& s) { return kpi::postcodeBreakdown(s, q); },
      [this, generation](Result<std::vector<kpi::KpiRow>> r) {
        if (generation != postcodeGeneration_) return;
        postcodes_->setRows(r ? std::move(*r) : std::vector<kpi::KpiRow>{});
        if (!r) postcodeView_->setToolTip(QString::fromStdString(r.error().message));
        postcodesPending_ = false;
        finished();
      });
}

void AreaPage::showGauges(const Data& d) {
  const QLocale locale;
  const kpi::KpiValues v = d.areaTotal.empty() ? kpi::KpiValues{} : d.areaTotal.front().now;
  const int64_t homes = d.info ? d.info->homesPassed : v.homesPassed;
  const QString homesText = locale.toString(static_cast<qlonglong>(homes));
  if (homes <= 0) {
    const QString none = tr("Homes passed unknown (not in the areas file, or 0): no coverage or penetration.");
    coverage_->setValues(tr("Coverage"), std::nullopt, std::nullopt, {}, none);
    penetration_->setValues(tr("Penetration"), std::nullopt, std::nullopt, {}, none);
    return;
  }
  const auto coverage = charts::kpiNumber(v.value("coverage"));
  coverage_->setValues(tr("Coverage in the period: %1").arg(charts::formatKpi("coverage", v.value("coverage"), locale)),
                       coverage, std::nullopt, {},
                       tr("%1 of %2 homes passed visited at least once.")
                           .arg(locale.toString(static_cast<qlonglong>(v.addresses)), homesText));

  const auto penetration = charts::kpiNumber(v.value("penetration"));
  const std::optional<double> threshold = d.info ? d.info->bundlingThreshold : std::nullopt;
  const QString title = tr("Penetration: %1").arg(charts::formatKpi("penetration", v.value("penetration"), locale));
  QString caption = tr("%1 active installs of %2 homes passed.")
                        .arg(locale.toString(static_cast<qlonglong>(v.activeInstalls.value_or(0))), homesText);
  QString marker;
  if (threshold) {
    const QString t = charts::formatKpiNumber("penetration", *threshold, locale);
    marker = tr("bundling threshold %1").arg(t);
    if (penetration && *penetration >= *threshold)
      caption += QLatin1Char(' ') + tr("The bundling threshold of %1 is reached.").arg(t);
    else if (v.bundlingDate)
      caption += QLatin1Char(' ') + tr("At the growth of the last 8 weeks it reaches %1 on %2.")
                                        .arg(t, charts::formatKpi("bundling_date", *v.bundlingDate, locale));
    else if (v.bundlingOutlook == kpi::BundlingOutlook::TooFarOut)
      caption += QLatin1Char(' ') + tr("Reaching %1 is not in sight: more than 5 years at the growth of the last "
                                       "8 weeks.")
                                        .arg(t);
    else if (v.bundlingOutlook == kpi::BundlingOutlook::TooFewWeeks)
      caption += QLatin1Char(' ') + tr("Reaching %1 is not in sight: fewer than 4 weeks of installs to project "
                                       "from.")
                                        .arg(t);
    else
      caption += QLatin1Char(' ') + tr("No growth in the last 8 weeks: no date to reach %1.").arg(t);
  } else {
    caption += QLatin1Char(' ') + tr("No bundling threshold for this area.");
  }
  penetration_->setValues(title, penetration, threshold, marker, caption);
}

void AreaPage::show(const Data& d) {
  const kpi::KpiValues area = d.areaTotal.empty() ? kpi::KpiValues{} : d.areaTotal.front().now;
  const kpi::KpiValues org = d.orgTotal.empty() ? kpi::KpiValues{} : d.orgTotal.front().now;
  QString city;
  if (d.info && d.info->city) city = QString::fromStdString(*d.info->city);
  heading_->setText(city.isEmpty() ? tr("<h2>Area %1</h2>").arg(area_.toHtmlEscaped())
                                   : tr("<h2>Area %1 \u00B7 %2</h2>").arg(area_.toHtmlEscaped(), city.toHtmlEscaped()));
  facts_->setText(d.areaTotal.empty() ? tr("No visits or orders in this area for the period.")
                                      : memberSummary(area, org));
  showGauges(d);
  trend_->replaceChart(weeklyComparisonChart(tr("Conversion per week: %1 against the organisation").arg(area_), area_,
                                             d.areaWeeks, d.orgWeeks));
  reps_->setRows(d.reps);
  hours_->setRows(d.hours);
}

}  // namespace salesops::ui
