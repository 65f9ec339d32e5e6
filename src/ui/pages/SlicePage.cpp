// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SlicePage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <set>

#include "widgets/Breadcrumbs.h"
#include "widgets/ChartView.h"
#include "widgets/drill_charts.h"
#include "widgets/FilterBar.h"
#include "models/KpiTableModel.h"
#include "widgets/KpiTableView.h"
#include "pages/scrolling.h"
#include "window/StoreSession.h"
#include "salesops/kpi/KpiEngine.h"

namespace salesops::ui {
namespace {

constexpr int kWeeks = 12;
const QStringList kBreakdownKpis = {"visits", "contacts", "orders", "conversion", "hit_rate", "cancel_rate_14d",
                                    "orders_per_hour"};
const QStringList kTimeKpis = {"visits", "contacts", "contact_rate", "orders", "conversion", "hit_rate"};



}  // namespace

SlicePage::SlicePage(StoreSession& session, FilterBar& filters, DrillStack& drill, DrillStack::Level level,
                     QWidget* parent)
    : QWidget(parent), session_(session), filters_(filters), drill_(drill), level_(level),
      crumbs_(new Breadcrumbs(drill, level, this)), heading_(new QLabel(this)), picker_(new QComboBox(this)),
      facts_(new QLabel(this)), trend_(makeDrillChartView(this)), weekdayChart_(makeDrillChartView(this)),
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
  facts_->setWordWrap(true);
  facts_->setTextFormat(Qt::RichText);
  picker_->setObjectName("memberPicker");
  picker_->setMinimumContentsLength(10);
  picker_->setToolTip(team ? tr("Show another team") : tr("Show another rep"));
  connect(picker_, &QComboBox::activated, this,
          [this](int index) { drill_.replaceTop(level_, picker_->itemText(index)); });
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
  layout->addWidget(crumbs_);
  auto* head = new QHBoxLayout;
  head->addWidget(heading_, 1);
  head->addWidget(new QLabel(team ? tr("Team:") : tr("Rep:"), this));
  head->addWidget(picker_);
  layout->addLayout(head);
  layout->addWidget(facts_);
  auto* charts = new QHBoxLayout;
  charts->addWidget(trend_, 3);
  charts->addWidget(weekdayChart_, 2);
  layout->addLayout(charts, 2);
  layout->addWidget(tabs_, 3);
  setScrollingContent(this, content);

  // The weekday chart reads the weekday table's model.
  connect(weekdays_, &QAbstractItemModel::modelReset, this, [this] {
    weekdayChart_->replaceChart(modelBarChart(*weekdays_, weekdays_->column("conversion"), tr("Conversion by weekday")));
  });
  const auto refresh = [this] {
    if (isVisible()) reload(); else stale_ = true;
  };
  connect(&filters_, &FilterBar::changed, this, refresh);
  connect(&session_, &StoreSession::dataChanged, this, refresh);
  heading_->setText(team ? tr("<h2>Team</h2>Pick a team here, or open one from an alert or a rep's page.")
                         : tr("<h2>Rep</h2>Pick a rep here, or open one from the leaderboard, an alert or a table."));
  reload();  // fills the picker
}

void SlicePage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) reload();
}

QString SlicePage::firstMember() const { return picker_->count() > 0 ? picker_->itemText(0) : QString(); }

void SlicePage::showMember(const QString& key) {
  member_ = key;
  reload();
}

void SlicePage::reload() {
  if (!filters_.ready()) return;
  stale_ = false;
  const bool team = level_ == DrillStack::Level::Team;
  const kpi::DashboardQuery dq = filters_.query();
  kpi::KpiFilters org = dq.filters;
  org.teams.clear();
  org.reps.clear();
  kpi::KpiFilters mine = org;
  (team ? mine.teams : mine.reps) = {member_.toStdString()};
  const Period period = dq.period;
  const Date asOf = dq.asOf;
  const Period weeks{period.to.addDays(-7 * kWeeks + 1), period.to};
  const std::string key = member_.toStdString();
  const int generation = ++generation_;
  session_.read<Data>(
      this,
      [team, org, mine, period, asOf, weeks, key](store::Store& s) -> Result<Data> {
        Data d;
        auto reps = store::KpiSource(s).reps();
        if (!reps) return reps.error();
        std::set<std::string> members;
        for (const auto& r : *reps) {
          members.insert(team ? r.team.value_or("(unknown)") : r.code);
          if (!team && r.code == key) d.team = r.team;
        }
        d.members.assign(members.begin(), members.end());
        if (key.empty()) return d;
        const kpi::KpiEngine engine(s);
        const std::vector<std::string> trend{"conversion"};
        const std::vector<std::string> summary{"visits", "contacts", "orders", "conversion", "hit_rate",
                                               "cancel_rate_14d"};
        const std::vector<std::string> time{"visits", "contacts", "orders"};
        const auto by = [](kpi::Dimension dim) { return std::vector<kpi::Dimension>{dim}; };
        auto memberWeeks = engine.run({weeks, asOf, by(kpi::Dimension::Week), mine, std::nullopt, trend});
        auto orgWeeks = engine.run({weeks, asOf, by(kpi::Dimension::Week), org, std::nullopt, trend});
        auto total = engine.run({period, asOf, {}, mine, std::nullopt, summary});
        auto orgTotal = engine.run({period, asOf, {}, org, std::nullopt, summary});
        std::vector<std::string> breakdownKpis = summary;
        breakdownKpis.push_back("orders_per_hour");
        auto breakdown = engine.run({period, asOf, by(team ? kpi::Dimension::Rep : kpi::Dimension::Area), mine,
                                     std::nullopt, breakdownKpis});
        auto hours = engine.run({period, asOf, by(kpi::Dimension::Hour), mine, std::nullopt, time});
        auto weekdays = engine.run({period, asOf, by(kpi::Dimension::Weekday), mine, std::nullopt, time});
        for (auto* r : {&memberWeeks, &orgWeeks, &total, &orgTotal, &breakdown, &hours, &weekdays})
          if (!*r) return r->error();
        d.memberWeeks = std::move(*memberWeeks);
        d.orgWeeks = std::move(*orgWeeks);
        d.total = std::move(*total);
        d.orgTotal = std::move(*orgTotal);
        d.breakdown = std::move(*breakdown);
        d.hours = std::move(*hours);
        d.weekdays = std::move(*weekdays);
        return d;
      },
      [this, generation](Result<Data> r) {
        if (generation != generation_) return;
        if (!r)
          facts_->setText(tr("<b>Cannot read the store:</b> %1").arg(QString::fromStdString(r.error().message)));
        else
          show(*r);
        emit loaded();
      });
}

void SlicePage::show(const Data& d) {
  picker_->clear();
  for (const std::string& m : d.members) picker_->addItem(QString::fromStdString(m));
  picker_->setCurrentIndex(picker_->findText(member_));
  if (member_.isEmpty()) return;
  const bool team = level_ == DrillStack::Level::Team;
  const QString name = member_.toHtmlEscaped();
  heading_->setToolTip(team ? QString() : tr("Click the team to open it."));
  if (team)
    heading_->setText(QStringLiteral("<h2>%1</h2>").arg(DrillStack::label({level_, member_}).toHtmlEscaped()));
  else if (d.team)
    heading_->setText(QStringLiteral("<h2>%1 \u00B7 <a href='%2'>%3</a></h2>")
                          .arg(DrillStack::label({level_, member_}).toHtmlEscaped(),
                               QString::fromStdString(*d.team).toHtmlEscaped(),
                               DrillStack::label({DrillStack::Level::Team, QString::fromStdString(*d.team)}).toHtmlEscaped()));
  else
    heading_->setText(tr("<h2>Rep %1 \u00B7 not in the reps file</h2>").arg(name));
  const kpi::KpiValues mine = d.total.empty() ? kpi::KpiValues{} : d.total.front().now;
  const kpi::KpiValues org = d.orgTotal.empty() ? kpi::KpiValues{} : d.orgTotal.front().now;
  facts_->setText(memberSummary(mine, org));
  trend_->replaceChart(weeklyComparisonChart(tr("Conversion per week: %1 against the organisation").arg(member_),
                                         member_, d.memberWeeks, d.orgWeeks));
  breakdown_->setRows(d.breakdown);
  hours_->setRows(d.hours);
  weekdays_->setRows(d.weekdays);
}

}  // namespace salesops::ui
