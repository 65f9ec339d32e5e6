// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/AreaPage.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "models/KpiTableModel.h"
#include "widgets/Breadcrumbs.h"
#include "widgets/BundlingGauge.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTableView.h"
#include "widgets/drill_charts.h"
#include "window/DrillStack.h"

#include "salesops/charts/KpiText.h"
#include "salesops/kpi/PostcodeBreakdown.h"

namespace salesops::ui {
namespace {

const std::vector<KpiId> kRepKpis = {KpiId::visits,     KpiId::contacts, KpiId::orders,
                                     KpiId::conversion, KpiId::hit_rate, KpiId::cancel_rate_14d};
const std::vector<KpiId> kPostcodeKpis = {
    KpiId::visits,    KpiId::contacts,          KpiId::orders, KpiId::conversion, KpiId::hit_rate,
    KpiId::addresses, KpiId::addresses_per_sale};
const std::vector<KpiId> kHourKpis = {KpiId::visits, KpiId::contacts,   KpiId::contact_rate,
                                      KpiId::orders, KpiId::conversion, KpiId::hit_rate};

}  // namespace

AreaPage::AreaPage(StoreSession& session, FilterBar& filters, DrillStack& drill, QWidget* parent)
    : Page(session, &filters, parent),
      drill_(drill),
      crumbs_(new Breadcrumbs(drill, DrillStack::Level::Area, this)),
      heading_(new QLabel(this)),
      picker_(new QComboBox(this)),
      facts_(new QLabel(this)),
      coverage_(new BundlingGauge(this)),
      penetration_(new BundlingGauge(this)),
      trend_(makeDrillChartView("area-trend", this)),
      hourChart_(makeDrillChartView("area-hours", this)),
      tabs_(new QTabWidget(this)),
      levels_(new QButtonGroup(this)),
      postcodes_(new KpiTableModel(tr("Postcode"), KpiTableModel::Label::Postcode, kPostcodeKpis, this)),
      reps_(new KpiTableModel(tr("Rep"), KpiTableModel::Label::Text, kRepKpis, this)),
      hours_(new KpiTableModel(tr("Hour"), KpiTableModel::Label::Hour, kHourKpis, this)),
      postcodeView_(new KpiTableView(postcodes_, this)),
      repView_(new KpiTableView(reps_, this)),
      hourView_(new KpiTableView(hours_, this)) {
  picker_->setObjectName("areaPicker");
  heading_->setObjectName("drillHeading");
  facts_->setObjectName("areaFacts");
  picker_->setToolTip(tr("Show another area"));
  connect(picker_, &QComboBox::activated, this,
          [this](int index) { drill_.replaceTop(DrillStack::Level::Area, pickedMember(picker_, index)); });
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
  levels_->addButton(pc4, static_cast<int>(kpi::PostcodeLevel::Pc4));
  levels_->addButton(pc6, static_cast<int>(kpi::PostcodeLevel::Pc6));
  connect(levels_, &QButtonGroup::idClicked, this,
          [this](int id) { setPostcodeLevel(static_cast<kpi::PostcodeLevel>(id)); });
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
  auto* pickerLabel = new QLabel(tr("&Area:"), this);
  pickerLabel->setBuddy(picker_);
  addDrillHeading(layout, crumbs_, heading_, pickerLabel, picker_, facts_);
  auto* gauges = new QHBoxLayout;
  gauges->setSpacing(24);
  gauges->addWidget(coverage_, 1);
  gauges->addWidget(penetration_, 1);
  layout->addLayout(gauges);
  addDrillBody(layout, trend_, hourChart_, tabs_);
  setContent(content, true);

  heading_->setText(tr("<h2>Area</h2>Pick an area here, or open one from the area chart or an alert."));
}

void AreaPage::showArea(const QString& area) {
  if (area != area_) label_.clear();
  area_ = area;
  reload();
}

void AreaPage::setArea(const QString& area) {
  if (area != area_) label_.clear();
  area_ = area;
  reloadWhenShown();
}

ShownFilters AreaPage::shown() const {
  return withMember(Page::shown(), QStringLiteral("area"), label_.isEmpty() ? area_ : label_);
}

void AreaPage::setPostcodeLevel(kpi::PostcodeLevel level) {
  if (QAbstractButton* b = levels_->button(static_cast<int>(level))) b->setChecked(true);
  if (level == level_) return;
  level_ = level;
  reload();
}

QString AreaPage::firstArea() const { return pickedMember(picker_, 0); }

void AreaPage::startLoad() {
  const kpi::DashboardQuery q = filters()->query();
  const std::string code = area_.toStdString();
  read<kpi::DrillPageData>([q, code](kpi::ReadSession& s) { return s.drillPage(q, kpi::DrillLevel::Area, code); },
                           [this](const kpi::DrillPageData& d) { display(d); });
  if (area_.isEmpty()) return;
  kpi::KpiFilters filters = q.filters;
  filters.areas = {code};
  const kpi::PostcodeQuery pq{q.period, q.asOf, filters, level_};
  read<std::vector<kpi::KpiRow>>([pq](kpi::ReadSession& s) { return s.postcodes(pq); },
                                 [this](std::vector<kpi::KpiRow>& rows) { postcodes_->setRows(std::move(rows)); });
}

void AreaPage::showGauges(const kpi::DrillPageData& d) {
  const QLocale locale;
  const kpi::KpiValues& v = d.areaValues;
  const int64_t homes = d.area ? d.area->homesPassed : v.homesPassed;
  const QString homesText = locale.toString(static_cast<qlonglong>(homes));
  if (homes <= 0) {
    const QString none = tr("Homes passed unknown (not in the areas file, or 0): no coverage or penetration.");
    coverage_->setValues(tr("Coverage"), std::nullopt, std::nullopt, {}, none);
    penetration_->setValues(tr("Penetration"), std::nullopt, std::nullopt, {}, none);
    return;
  }
  const auto coverage = charts::kpiNumber(v.value(KpiId::coverage));
  coverage_->setValues(
      tr("Coverage in the period: %1").arg(charts::formatKpi(KpiId::coverage, v.value(KpiId::coverage), locale)),
      coverage, std::nullopt, {},
      tr("%1 of %2 homes passed visited at least once.")
          .arg(locale.toString(static_cast<qlonglong>(v.addresses)), homesText));

  const auto penetration = charts::kpiNumber(v.value(KpiId::penetration));
  const std::optional<double> threshold = d.area ? d.area->bundlingThreshold : std::nullopt;
  const QString title =
      tr("Penetration: %1").arg(charts::formatKpi(KpiId::penetration, v.value(KpiId::penetration), locale));
  QString caption = tr("%1 active installs of %2 homes passed.")
                        .arg(locale.toString(static_cast<qlonglong>(v.activeInstalls.value_or(0))), homesText);
  QString marker;
  if (threshold) {
    const QString t = charts::formatKpiNumber(KpiId::penetration, *threshold, locale);
    marker = tr("bundling threshold %1").arg(t);
    if (penetration && *penetration >= *threshold)
      caption += QLatin1Char(' ') + tr("The bundling threshold of %1 is reached.").arg(t);
    else if (v.bundlingDate)
      caption += QLatin1Char(' ') + tr("At the growth of the last 8 weeks it reaches %1 on %2.")
                                        .arg(t, charts::formatKpi(KpiId::bundling_date, *v.bundlingDate, locale));
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

void AreaPage::display(const kpi::DrillPageData& d) {
  fillPicker(picker_, d, area_);
  if (area_.isEmpty()) return;
  QString city;
  if (d.area && d.area->city) city = QString::fromStdString(*d.area->city);
  // By its name with the code after it, "Overvecht (UTR-03)"; the code alone when the areas file has no name.
  if (QString::fromStdString(d.member) == area_) {
    label_ = QString::fromStdString(d.label);
    drill_.setName(DrillStack::Level::Area, area_, label_);
  }
  const QString label = (label_.isEmpty() ? area_ : label_).toHtmlEscaped();
  heading_->setText(city.isEmpty() ? tr("<h2>Area %1</h2>").arg(label)
                                   : tr("<h2>Area %1 \u00B7 %2</h2>").arg(label, city.toHtmlEscaped()));
  facts_->setText(d.hasData ? memberSummary(d.totals)
                            : tr("No visits or orders in this area in the period; the chart shows the %n weeks "
                                 "before its end.",
                                 nullptr, kpi::kDrillWeeks));
  showGauges(d);
  showDrillChart(trend_, d);
  showDrillChart(hourChart_, d);
  reps_->setRows(d.breakdown);
  hours_->setRows(d.hours);
}

}  // namespace salesops::ui
