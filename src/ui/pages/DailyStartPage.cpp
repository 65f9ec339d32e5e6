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
#include <QVBoxLayout>

#include "window/appearance.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTile.h"
#include "pages/scrolling.h"
#include "window/StoreSession.h"
#include "salesops/charts/AlertText.h"
#include "salesops/charts/ChartHover.h"
#include "salesops/charts/DashboardCharts.h"
#include "salesops/charts/KpiText.h"
#include "salesops/core/KpiCatalogue.h"

namespace salesops::ui {

DailyStartPage::DailyStartPage(StoreSession& session, FilterBar& filters, QWidget* parent)
    : QWidget(parent),
      session_(session),
      filters_(filters),
      heading_(new QLabel(this)),
      alerts_(new QListWidget(this)) {
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->addWidget(heading_);
  auto* tileRow = new QHBoxLayout;
  for (size_t i = 0; i < kpi::kTileKpis.size(); ++i) {
    auto* tile = new KpiTile(content);
    tiles_.push_back(tile);
    tileRow->addWidget(tile);
  }
  layout->addLayout(tileRow);
  auto* grid = new QGridLayout;
  // Where each chart sits: row, column, rows, columns. The area chart is tall: one bar per area.
  struct Place {
    const char* name;
    int row, column, rows, columns;
  };
  constexpr Place kPlaces[] = {{"conversion-trend", 0, 0, 1, 2},     {"funnel", 0, 2, 1, 1},
                               {"area-conversion", 1, 0, 2, 1},      {"rep-leaderboard", 1, 1, 1, 1},
                               {"cancellation-reasons", 1, 2, 1, 1}, {"heatmap", 2, 1, 1, 2},
                               {"doorstep-by-team", 3, 0, 1, 1},     {"doorstep-by-area", 3, 1, 1, 1},
                               {"doorstep-by-rep", 3, 2, 1, 1}};
  for (const Place& p : kPlaces) {
    auto* view = new ChartView(content);
    view->setObjectName(p.name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    charts_.insert(p.name, view);
    grid->addWidget(view, p.row, p.column, p.rows, p.columns);
  }
  layout->addLayout(grid);
  alertsTitle_ = new QLabel(content);
  alertsTitle_->setWordWrap(true);  // it states the rules; the page must not grow as wide as they are long
  layout->addWidget(alertsTitle_);
  connect(alerts_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    const QVariant dimension = item->data(Qt::UserRole + 1);
    if (!dimension.isValid()) return;  // "No significant changes."
    const QString member = item->data(Qt::UserRole).toString();
    switch (static_cast<kpi::Dimension>(dimension.toInt())) {
      case kpi::Dimension::Area:
        emit areaActivated(member);
        break;
      case kpi::Dimension::Team:
        emit teamActivated(member);
        break;
      case kpi::Dimension::Rep:
        emit repActivated(member);
        break;
      default:
        break;
    }
  });
  alerts_->setObjectName("alerts");
  alerts_->setMinimumHeight(120);
  layout->addWidget(alerts_);

  setScrollingContent(this, content);

  connect(&filters_, &FilterBar::changed, this, &DailyStartPage::reload);
  connect(&session_, &StoreSession::dataChanged, this, &DailyStartPage::reload);
  reload();
}

void DailyStartPage::reload() {
  if (!filters_.ready()) return;
  const kpi::DashboardQuery query = filters_.query();
  const int generation = ++generation_;
  session_.read<kpi::DashboardData>(
      this, [query](store::Store& s) { return kpi::buildDashboard(s, query); },
      [this, generation](Result<kpi::DashboardData> r) {
        if (generation != generation_) return;  // a newer filter change is on its way
        if (!r) {
          heading_->setText(tr("<b>Cannot read the store:</b> %1").arg(QString::fromStdString(r.error().message)));
          return;
        }
        show(*r);
        emit loaded();
      });
}

void DailyStartPage::showAlerts(const kpi::DashboardData& data) {
  const QLocale locale;
  alerts_->clear();
  for (const kpi::Alert& a : data.alerts) {
    const QString member = QString::fromStdString(a.member);
    // Plain words in the list; how the alert was found in the tooltip.
    const QString text = charts::alertSummary(a, locale);
    const QString arrow = a.worse ? QStringLiteral("\u25BC ") : QStringLiteral("\u25B2 ");
    auto* item = new QListWidgetItem(arrow + text, alerts_);
    item->setToolTip(charts::alertDetail(a, locale));
    item->setForeground(a.worse ? badColour(alerts_->palette()) : goodColour(alerts_->palette()));
    item->setData(Qt::UserRole, member);
    item->setData(Qt::UserRole + 1, static_cast<int>(a.dimension));
  }
  if (data.alerts.empty()) new QListWidgetItem(tr("No significant changes."), alerts_);
  const auto qdate = [](Date d) { return QDate(d.year(), d.month(), d.day()); };
  const Period cohort = kpi::alertCohort(data.alertPeriod, data.query.asOf);
  alertsTitle_->setText(tr("<b>Alerts</b> for %1 \u2013 %2 against the period before and against the rest, rates "
                           "within channel, largest impact in orders first (two-proportion z-test, |z| \u2265 2.58); "
                           "cancel rate 14d on the orders of %3 \u2013 %4. Enter or double-click opens the area, "
                           "team or rep; the tooltip shows the test.")
                            .arg(locale.toString(qdate(data.alertPeriod.from), "d MMM"),
                                 locale.toString(qdate(data.alertPeriod.to), "d MMM"),
                                 locale.toString(qdate(cohort.from), "d MMM"),
                                 locale.toString(qdate(cohort.to), "d MMM")));
}

void DailyStartPage::show(const kpi::DashboardData& data) {
  data_ = data;
  const QLocale locale;
  const Period& p = data.query.period;
  const QDate from(p.from.year(), p.from.month(), p.from.day()), to(p.to.year(), p.to.month(), p.to.day());
  heading_->setText(p.from == p.to ? tr("<h2>Daily start: %1</h2>").arg(locale.toString(from, QLocale::LongFormat))
                                   : tr("<h2>Daily start: %1 \u2013 %2</h2>")
                                         .arg(locale.toString(from, QLocale::ShortFormat),
                                              locale.toString(to, QLocale::ShortFormat)));
  // A period still coming in says so where its numbers are, with what they are compared with.
  if (const QString progress = charts::inProgressNote(data.clock, p, locale); !progress.isEmpty())
    heading_->setText(heading_->text() + tr("<p><i>%1: compared with the same weekdays of the period before, up to "
                                            "the same hour (cancellations as of %2)</i></p>")
                                             .arg(progress.toHtmlEscaped(),
                                                  locale.toString(QDate(data.query.asOf.year(), data.query.asOf.month(),
                                                                        data.query.asOf.day()),
                                                                  "d MMM")));
  for (size_t i = 0; i < tiles_.size() && i < data.tiles.size(); ++i) {
    const kpi::Tile& t = data.tiles[i];
    tiles_[i]->show(t, data.tileTarget(t), data);
  }
  showAlerts(data);

  charts::ChartStyle style;
  style.locale = locale;
  style.conversionTarget = data.target("conversion");
  style.dark = isDark(palette());
  for (auto it = charts_.begin(); it != charts_.end(); ++it) {
    QChart* chart = charts::buildDashboardChart(it.key(), data, style);
    QChart* old = it.value()->chart();
    it.value()->setChart(chart);
    delete old;
    // A bar opens its member's page; the chart says which member each bar is (its order is the chart's).
    const QString name = it.key();
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
}

}  // namespace salesops::ui
