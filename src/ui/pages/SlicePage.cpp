// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SlicePage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "models/KpiTableModel.h"
#include "widgets/Breadcrumbs.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTableView.h"
#include "widgets/drill_charts.h"

namespace salesops::ui {
namespace {

const std::vector<KpiId> kBreakdownKpis = {KpiId::visits,         KpiId::contacts, KpiId::orders,
                                           KpiId::conversion,     KpiId::hit_rate, KpiId::cancel_rate_14d,
                                           KpiId::orders_per_hour};
const std::vector<KpiId> kTimeKpis = {KpiId::visits, KpiId::contacts,   KpiId::contact_rate,
                                      KpiId::orders, KpiId::conversion, KpiId::hit_rate};

}  // namespace

SlicePage::SlicePage(StoreSession& session, FilterBar& filters, DrillStack& drill, DrillStack::Level level,
                     QWidget* parent)
    : Page(session, &filters, parent),
      drill_(drill),
      level_(level),
      crumbs_(new Breadcrumbs(drill, level, this)),
      heading_(new QLabel(this)),
      picker_(new QComboBox(this)),
      facts_(new QLabel(this)),
      trend_(makeDrillChartView(level == DrillStack::Level::Team ? "team-trend" : "rep-trend", this)),
      weekdayChart_(makeDrillChartView(level == DrillStack::Level::Team ? "team-weekdays" : "rep-weekdays", this)),
      tabs_(new QTabWidget(this)),
      breakdown_(level == DrillStack::Level::Team
                     ? new KpiTableModel(tr("Rep"), KpiTableModel::Label::Text, kBreakdownKpis, this)
                     : new KpiTableModel(tr("Area"), KpiTableModel::Label::Text, kBreakdownKpis, this)),
      hours_(new KpiTableModel(tr("Hour"), KpiTableModel::Label::Hour, kTimeKpis, this)),
      weekdays_(new KpiTableModel(tr("Weekday"), KpiTableModel::Label::Weekday, kTimeKpis, this)),
      breakdownView_(new KpiTableView(breakdown_, this)) {
  const bool team = level_ == DrillStack::Level::Team;
  setObjectName(team ? "teamPage" : "repPage");
  heading_->setTextFormat(Qt::RichText);
  connect(heading_, &QLabel::linkActivated, this,
          [this](const QString& teamName) { drill_.open(DrillStack::Level::Team, teamName); });
  picker_->setObjectName("memberPicker");
  heading_->setObjectName("drillHeading");
  facts_->setObjectName("memberFacts");
  picker_->setToolTip(team ? tr("Show another team") : tr("Show another rep"));
  connect(picker_, &QComboBox::activated, this,
          [this](int index) { drill_.replaceTop(level_, pickedMember(picker_, index)); });
  breakdownView_->setObjectName(team ? "teamReps" : "repAreas");
  breakdownView_->setToolTip(team ? tr("Enter or double-click opens the rep.")
                                  : tr("Enter or double-click opens the area."));
  connect(breakdownView_, &KpiTableView::keyActivated, this, [this](const QString& key) {
    drill_.open(level_ == DrillStack::Level::Team ? DrillStack::Level::Rep : DrillStack::Level::Area, key);
  });
  tabs_->addTab(breakdownView_, team ? tr("By rep") : tr("By area"));
  tabs_->addTab(new KpiTableView(hours_, this), tr("By hour"));
  tabs_->addTab(new KpiTableView(weekdays_, this), tr("By weekday"));
  tabs_->setMinimumHeight(260);

  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  addDrillHeading(layout, crumbs_, heading_, new QLabel(team ? tr("Team:") : tr("Rep:"), this), picker_, facts_);
  addDrillBody(layout, trend_, weekdayChart_, tabs_);
  setContent(content, true);

  heading_->setText(team ? tr("<h2>Team</h2>Pick a team here, or open one from an alert or a rep's page.")
                         : tr("<h2>Rep</h2>Pick a rep here, or open one from the leaderboard, an alert or a table."));
}

void SlicePage::setMember(const QString& key) {
  if (key != member_) label_.clear();
  member_ = key;
  reloadWhenShown();
}

ShownFilters SlicePage::shown() const {
  return withMember(Page::shown(), level_ == DrillStack::Level::Team ? QStringLiteral("team") : QStringLiteral("rep"),
                    label_.isEmpty() ? member_ : label_);
}

QString SlicePage::firstMember() const { return pickedMember(picker_, 0); }

void SlicePage::showMember(const QString& key) {
  if (key != member_) label_.clear();
  member_ = key;
  reload();
}

void SlicePage::startLoad() {
  const kpi::DashboardQuery q = filters()->query();
  const kpi::DrillLevel level = level_ == DrillStack::Level::Team ? kpi::DrillLevel::Team : kpi::DrillLevel::Rep;
  const std::string key = member_.toStdString();
  read<kpi::DrillPageData>([q, level, key](kpi::ReadSession& s) { return s.drillPage(q, level, key); },
                           [this](const kpi::DrillPageData& d) { display(d); });
}

void SlicePage::display(const kpi::DrillPageData& d) {
  fillPicker(picker_, d, member_);
  if (member_.isEmpty()) return;
  if (QString::fromStdString(d.member) == member_) {
    label_ = QString::fromStdString(d.label);
    drill_.setName(level_, member_, label_);
  }
  const bool team = level_ == DrillStack::Level::Team;
  const QString name = member_.toHtmlEscaped();
  heading_->setToolTip(team ? QString() : tr("Click the team to open it."));
  if (team)
    heading_->setText(QStringLiteral("<h2>%1</h2>").arg(DrillStack::label({level_, member_}).toHtmlEscaped()));
  else if (d.team)  // a rep by name and code, "Jeroen de Vries (R001)", then the link to the team
    heading_->setText(
        QStringLiteral("<h2>%1 \u00B7 <a href='%2'>%3</a></h2>")
            .arg((label_.isEmpty() ? member_ : label_).toHtmlEscaped(), QString::fromStdString(*d.team).toHtmlEscaped(),
                 DrillStack::label({DrillStack::Level::Team, QString::fromStdString(*d.team)}).toHtmlEscaped()));
  else
    heading_->setText(tr("<h2>Rep %1 \u00B7 not in the reps file</h2>").arg(name));
  facts_->setText(memberSummary(d.totals));
  showDrillChart(trend_, d);
  showDrillChart(weekdayChart_, d);
  breakdown_->setRows(d.breakdown);
  hours_->setRows(d.hours);
  weekdays_->setRows(d.weekdays);
}

}  // namespace salesops::ui
