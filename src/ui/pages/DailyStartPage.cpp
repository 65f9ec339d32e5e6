// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DailyStartPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

#include "widgets/AttentionStrip.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTile.h"
#include "widgets/StartScreen.h"
#include "window/StoreSession.h"
#include "window/appearance.h"

#include "salesops/charts/AlertText.h"
#include "salesops/charts/ChartHover.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/core/QtDate.h"

namespace salesops::ui {

DailyStartPage::DailyStartPage(StoreSession& session, FilterBar& filters, QWidget* parent)
    : Page(session, &filters, parent),
      heading_(new QLabel(this)),
      attention_(new AttentionStrip(this)),
      start_(new StartScreen(this)),
      changes_(new QListWidget(this)),
      outliers_(new QListWidget(this)) {
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->addWidget(heading_);
  // What needs attention comes first, above the fold at 1366x768.
  layout->addWidget(attention_);
  connect(attention_, &AttentionStrip::alertActivated, this, &DailyStartPage::alertActivated);
  connect(attention_, &AttentionStrip::qualityRequested, this, &DailyStartPage::qualityRequested);
  auto* tileRow = new QHBoxLayout;
  for (size_t i = 0; i < kpi::kTileKpis.size(); ++i) {
    auto* tile = new KpiTile(content);
    tiles_.push_back(tile);
    tileRow->addWidget(tile);
  }
  layout->addLayout(tileRow);
  auto* grid = new QGridLayout;
  // Where each chart sits: row, column, rows, columns, and its least height. The area chart is tall:
  // one bar per area. The doorstep charts have up to twelve bars over a legend: under 360 pixels Qt
  // Charts drops every other bar's name when the legend sits below the plot (wide windows).
  struct Place {
    const char* name;
    int row, column, rows, columns;
    int minimumHeight = 300;
  };
  constexpr Place kPlaces[] = {{"conversion-trend", 0, 0, 1, 2},      {"funnel", 0, 2, 1, 1},
                               {"area-conversion", 1, 0, 2, 1},       {"rep-leaderboard", 1, 1, 1, 1},
                               {"cancellation-reasons", 1, 2, 1, 1},  {"heatmap", 2, 1, 1, 2},
                               {"doorstep-by-team", 3, 0, 1, 1, 360}, {"doorstep-by-area", 3, 1, 1, 1, 360},
                               {"doorstep-by-rep", 3, 2, 1, 1, 360}};
  for (const Place& p : kPlaces) {
    auto* view = new ChartView(content);
    view->setObjectName(p.name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(p.minimumHeight);
    charts_.insert(p.name, view);
    grid->addWidget(view, p.row, p.column, p.rows, p.columns);
  }
  // The full alert list next, after the strip's top three and the tiles, then the charts.
  alertsTitle_ = new QLabel(content);
  alertsTitle_->setWordWrap(true);  // it states the rules; the page must not grow as wide as they are long
  layout->addWidget(alertsTitle_);
  // The full list in two labelled sections, each as tall as its rows: the page scrolls, not the lists.
  const std::pair<QListWidget*, QString> sections[] = {{changes_, tr("<b>Changed against the period before</b>")},
                                                       {outliers_, tr("<b>Stands out against the rest</b>")}};
  for (const auto& [list, title] : sections) {
    auto* label = new QLabel(title, content);
    label->setBuddy(list);
    layout->addWidget(label);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setFrameShape(QFrame::NoFrame);
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
      const QVariant index = item->data(Qt::UserRole);
      if (index.isValid() && data_ && index.toULongLong() < data_->alerts.size())
        emit alertActivated(data_->alerts[index.toULongLong()]);
    });
    layout->addWidget(list);
  }
  layout->addLayout(grid);
  changes_->setObjectName("alertChanges");
  outliers_->setObjectName("alertOutliers");

  setContent(content, true);
  // An empty store shows what to do first instead of the scrolling page of zeros.
  start_->hide();
  // In the scroll area's place when that hides, with its stretch, so the screen gets the page's height.
  if (auto* outer = qobject_cast<QVBoxLayout*>(this->layout())) outer->addWidget(start_, 1);
  connect(start_, &StartScreen::importRequested, this, &DailyStartPage::importRequested);
  connect(start_, &StartScreen::demoRequested, this, &DailyStartPage::demoRequested);
  // New data: check it again on the next load (which the filter bar's changed() starts).
  connect(&session, &StoreSession::dataChanged, this, [this] { failingChecks_.reset(); });
}

void DailyStartPage::startLoad() {
  kpi::DashboardQuery query = filters()->query();
  // The checks read the whole store, seconds on millions of rows: the figures come first, and the
  // strip's checks line follows from a read of its own, once per data change.
  query.qualityChecks = false;
  read<kpi::DashboardData>([query](kpi::ReadSession& s) { return s.dashboard(query); },
                           [this](kpi::DashboardData& data) {
                             if (failingChecks_) data.attention.failingChecks = *failingChecks_;
                             display(data);
                           });
  if (failingChecks_) return;
  const kpi::DataQualityOptions options{query.asOf, 0};
  read<kpi::DataQualityReport>([options](kpi::ReadSession& s) { return s.dataQuality(options); },
                               [this](kpi::DataQualityReport& report) {
                                 failingChecks_ = report.failingTitles();
                                 if (data_) data_->attention.failingChecks = *failingChecks_;
                                 attention_->setFailingChecks(failingChecks_);
                               });
}

void DailyStartPage::showAlerts(const kpi::DashboardData& data) {
  const QLocale locale;
  for (QListWidget* list : {changes_, outliers_}) list->clear();
  for (size_t i = 0; i < data.alerts.size(); ++i) {
    const kpi::Alert& a = data.alerts[i];
    QListWidget* list = a.kind == kpi::AlertKind::Change ? changes_ : outliers_;
    // Plain words in the list; how the alert was found in the tooltip.
    const QString arrow = a.worse ? QStringLiteral("\u25BC ") : QStringLiteral("\u25B2 ");
    auto* item = new QListWidgetItem(arrow + charts::alertSummary(a, locale), list);
    item->setToolTip("<p>" + charts::alertDetail(a, locale).toHtmlEscaped() + "</p>");  // rich, escaped
    item->setForeground(a.worse ? badColour(list->palette()) : goodColour(list->palette()));
    item->setData(Qt::UserRole, static_cast<qulonglong>(i));
  }
  for (QListWidget* list : {changes_, outliers_}) {
    if (list->count() == 0) new QListWidgetItem(tr("None."), list);
    int height = 2 * list->frameWidth();
    for (int r = 0; r < list->count(); ++r) height += list->sizeHintForRow(r);
    list->setFixedHeight(height);
  }
  const Period cohort = kpi::alertCohort(data.alertPeriod, data.query.asOf);
  alertsTitle_->setText(tr("<b>Alerts</b> for %1 \u2013 %2 against the period before and against the rest, rates "
                           "within channel, largest impact in orders first (two-proportion z-test, |z| \u2265 2.58); "
                           "cancel rate 14d on the orders of %3 \u2013 %4. Enter or double-click opens the area, "
                           "team or rep; the tooltip shows the test.")
                            .arg(locale.toString(toQDate(data.alertPeriod.from), "d MMM"),
                                 locale.toString(toQDate(data.alertPeriod.to), "d MMM"),
                                 locale.toString(toQDate(cohort.from), "d MMM"),
                                 locale.toString(toQDate(cohort.to), "d MMM")));
}

void DailyStartPage::display(const kpi::DashboardData& data) {
  data_ = data;
  // No visits at all (not merely none in the period): the start screen instead of zeros.
  const bool empty = !data.clock.latest;
  start_->setVisible(empty);
  if (auto* scroll = findChild<QScrollArea*>()) scroll->setVisible(!empty);
  attention_->setData(data);
  attention_->setFailingChecks(failingChecks_);
  const QLocale locale;
  const Period& p = data.query.period;
  const QDate from = toQDate(p.from), to = toQDate(p.to);
  heading_->setText(p.from == p.to ? tr("<h2>Daily start: %1</h2>").arg(locale.toString(from, QLocale::LongFormat))
                                   : tr("<h2>Daily start: %1 \u2013 %2</h2>")
                                         .arg(locale.toString(from, QLocale::ShortFormat),
                                              locale.toString(to, QLocale::ShortFormat)));
  // A period still coming in says so where its numbers are, with what they are compared with.
  if (const QString progress = charts::inProgressNote(data.clock, p, locale); !progress.isEmpty())
    heading_->setText(heading_->text() +
                      tr("<p><i>%1: compared with the same weekdays of the period before, up to "
                         "the same hour (cancellations as of %2)</i></p>")
                          .arg(progress.toHtmlEscaped(), locale.toString(toQDate(data.query.asOf), "d MMM")));
  for (size_t i = 0; i < tiles_.size() && i < data.tiles.size(); ++i) {
    const kpi::Tile& t = data.tiles[i];
    tiles_[i]->display(t, data.tileTarget(t), data);
  }
  showAlerts(data);

  charts::ChartStyle style;
  style.locale = locale;
  style.conversionTarget = data.target(KpiId::conversion);
  style.dark = isDark(palette());
  for (auto it = charts_.begin(); it != charts_.end(); ++it) {
    QChart* chart = charts::buildDashboardChart(it.key(), data, style);
    QChart* old = it.value()->chart();
    it.value()->setPeriod(charts::dashboardChartPeriod(it.key(), data));
    it.value()->setChart(chart);
    delete old;
    // A bar opens its member's page; the chart says which member each bar is (its order is the chart's).
    const QString& name = it.key();
    const bool area = name == "area-conversion" || name == "doorstep-by-area";
    const bool rep = name == "rep-leaderboard" || name == "doorstep-by-rep";
    if (!area && !rep && name != "doorstep-by-team") continue;
    for (QAbstractSeries* series : chart->series())
      if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
        connect(bars, &QAbstractBarSeries::clicked, this, [this, area, rep](int index, QBarSet* set) {
          const QString member = charts::barMember(set, index);
          if (member.isEmpty()) return;
          if (area)
            emit areaActivated(member);
          else if (rep)
            emit repActivated(member);
          else
            emit teamActivated(member);
        });
  }
  emit figuresShown();
}

}  // namespace salesops::ui
