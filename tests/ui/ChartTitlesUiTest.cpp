// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts say at the window's smallest size (1366x768), read off the charts as drawn: names
// (not codes and figures) down the left of the leaderboard, the area chart and the funnel, the
// figures beyond each bar inside the plot, the leaderboard's axis title whole, and a line under
// every chart title naming the period and filters of what it shows, on the Trends, Cancellations,
// Team and Area pages too, with a drill page's own member in place of the filter bar's.
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

#include "UiTestFixture.h"
#include "dialogs/export_paths.h"
#include "pages/AreaPage.h"
#include "pages/DailyStartPage.h"
#include "pages/Page.h"
#include "pages/SlicePage.h"
#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTableView.h"
#include "widgets/table_export_menu.h"
#include "window/MainWindow.h"
#include "window/StoreSession.h"

#include "salesops/charts/BarEndTexts.h"
#include "salesops/charts/ChartHover.h"
#include "salesops/charts/DashboardCharts.h"

using namespace salesops;

// Failure messages with the text, not its bytes (gtest finds PrintTo by the argument's namespace).
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace {

using uitest::kTimeoutMs;

QString plain(const QString& html) {
  QTextDocument doc;
  doc.setHtml(html);
  return doc.toPlainText();
}

class ChartTitlesUi : public uitest::DemoStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(openDemoStore());  // ends Friday 27 Nov 2026
    window = std::make_unique<ui::MainWindow>(*session);
    window->resize(1366, 768);
    window->show();
    QSignalSpy loaded(window->dailyStart(), &ui::DailyStartPage::loaded);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    QTest::qWait(50);  // the charts laid out at their views' sizes
  }
  void TearDown() override {
    window.reset();
    session.reset();
  }
  ui::ChartView* chart(QWidget* page, const QString& name) const { return page->findChild<ui::ChartView*>(name); }
  // Shows `page` (by its --page name) and waits for its load.
  QWidget* show(const QString& name) {
    QWidget* page = window->pageNamed(name);
    auto* p = qobject_cast<ui::Page*>(page);
    QSignalSpy loaded(p, &ui::Page::loaded);
    window->showPage(page);
    EXPECT_TRUE(loaded.wait(kTimeoutMs)) << name.toStdString();
    QTest::qWait(50);
    return page;
  }
  void pickTeam(const QString& team) {
    auto* box = window->filterBar()->findChildren<QComboBox*>().at(1);  // period, team, channel, area, city
    const int index = box->findText(team);
    ASSERT_GT(index, 0);
    QSignalSpy loaded(window->dailyStart(), &ui::DailyStartPage::loaded);
    box->setCurrentIndex(index);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
  }

  std::unique_ptr<ui::MainWindow> window;
};

QBarCategoryAxis* categoryAxis(QChart& c) {
  for (QAbstractAxis* a : c.axes(Qt::Vertical))
    if (auto* cat = qobject_cast<QBarCategoryAxis*>(a)) return cat;
  return nullptr;
}

QList<QGraphicsSimpleTextItem*> barEndItems(QChart& c) {
  QList<QGraphicsSimpleTextItem*> out;
  for (QGraphicsItem* i : c.childItems())
    if (auto* t = dynamic_cast<QGraphicsSimpleTextItem*>(i)) out << t;
  return out;
}

TEST_F(ChartTitlesUi, BarChartsShowNamesDownTheLeftAndTheirFiguresBeyondTheBarsInsideThePlot) {
  for (const QString name : {"rep-leaderboard", "area-conversion", "funnel"}) {
    SCOPED_TRACE(name.toStdString());
    ui::ChartView* view = chart(window->dailyStart(), name);
    ASSERT_NE(view, nullptr);
    QChart* c = view->chart();
    ASSERT_LT(c->size().width(), 500) << "a column of the daily start at 1366";
    QBarCategoryAxis* axis = categoryAxis(*c);
    ASSERT_NE(axis, nullptr);
    for (const QString& label : axis->categories()) {
      EXPECT_FALSE(label.contains(QChar(0x2026)))
          << label.toStdString() << ": a name cut short at " << c->size().width() << " pixels";
      EXPECT_FALSE(label.contains('%')) << label.toStdString() << ": figures belong beyond the bar";
    }
    auto* series = qobject_cast<QAbstractBarSeries*>(c->series().front());
    const QStringList texts = charts::barEndTexts(series);
    const QList<QGraphicsSimpleTextItem*> items = barEndItems(*c);
    ASSERT_EQ(items.size(), texts.size());
    ASSERT_EQ(texts.size(), axis->categories().size());
    const QRectF plot = c->plotArea();
    for (int i = 0; i < items.size(); ++i) {
      EXPECT_EQ(items[i]->text(), texts[i]);
      const QRectF r = items[i]->mapRectToParent(items[i]->boundingRect());
      EXPECT_LE(r.right(), plot.right() + 0.5) << texts[i].toStdString() << " runs out of the plot";
      // Beyond the bar: never over it (the longest of the category's bars).
      double end = 0;
      for (QBarSet* set : series->barSets()) end = std::max(end, set->at(i));
      EXPECT_GE(r.left(), c->mapToPosition(QPointF(end, i), series).x()) << texts[i].toStdString();
      EXPECT_TRUE(plot.contains(QPointF(r.left(), r.center().y()))) << texts[i].toStdString();
    }
  }
  // The leaderboard's reps by name, whole; the code after it where the column has room for it
  // (not at 1366 for the demo's longer names), and always in the bar's hover text.
  QChart* board = chart(window->dailyStart(), "rep-leaderboard")->chart();
  const QStringList reps = categoryAxis(*board)->categories();
  ASSERT_FALSE(reps.isEmpty());
  auto* series = qobject_cast<QAbstractBarSeries*>(board->series().front());
  QBarSet* orders = series->barSets().front();
  for (int i = 0; i < reps.size(); ++i) {
    EXPECT_TRUE(reps[i].contains(QRegularExpression(R"(^\D+( \(R\d{3}\))?$)"))) << reps[i].toStdString();
    EXPECT_TRUE(charts::hoverText(orders, i).contains(QRegularExpression(R"(^\D+ \(R\d{3}\): )")))
        << charts::hoverText(orders, i).toStdString();
  }
  EXPECT_TRUE(
      charts::barEndTexts(series).front().startsWith(QString::number(orders->at(0)) + QStringLiteral(" \u00b7 ")));
  // The funnel: the steps' names alone, visits on top.
  EXPECT_EQ(categoryAxis(*chart(window->dailyStart(), "funnel")->chart())->categories().back(), "Visits");
}

// Every text a chart draws, as drawn (Qt Charts cuts what does not fit with "..."), each checked to
// be inside the chart.
QStringList drawnTexts(QChart& c) {
  QStringList drawn;
  for (QGraphicsItem* i : c.scene()->items())
    if (auto* t = dynamic_cast<QGraphicsTextItem*>(i); t && c.isAncestorOf(t) && t->isVisible()) {
      drawn << t->toPlainText();
      EXPECT_TRUE(c.rect().contains(t->mapRectToItem(&c, t->boundingRect()))) << t->toPlainText().toStdString();
    }
  return drawn;
}

TEST_F(ChartTitlesUi, TheLeaderboardsTitlesAreShownWhole) {
  QChart* c = chart(window->dailyStart(), "rep-leaderboard")->chart();
  const QStringList drawn = drawnTexts(*c);
  EXPECT_TRUE(drawn.contains("Orders")) << drawn.join(" | ").toStdString();
  EXPECT_TRUE(drawn.contains("Orders per rep (conv. \u00b7 cancel 14d)\n27 Nov 2026"))
      << drawn.join(" | ").toStdString();
  for (const QString& t : drawn) EXPECT_FALSE(t.endsWith("...")) << t.toStdString();
}

TEST(LeaderboardKey, TheAxisTitleSaysWhatARedBarMeansWholeInTheDailyStartsColumn) {
  uitest::app();
  kpi::DashboardData d;
  d.query.period = {*Date::fromYmd(2026, 11, 23), *Date::fromYmd(2026, 11, 29)};
  d.query.asOf = *Date::fromYmd(2026, 11, 30);
  const auto rep = [](const char* code, int64_t orders, int64_t orders14d, int64_t cancelled14d) {
    kpi::KpiRow r;
    r.dims = {{code, std::nullopt}};
    r.now.sources = kpi::kVisitSource | kpi::kOrderSource;
    r.now.contacts = orders * 10;
    r.now.orders = orders;
    r.now.orders14d = orders14d;
    r.now.cancelled14d = cancelled14d;
    return r;
  };
  d.reps = {rep("R1", 40, 0, 0), rep("R2", 30, 0, 0), rep("R3", 20, 0, 0)};
  // R2 cancels 30 of 100 against 20 of 300 for the others: red.
  d.repCancellations = {rep("R1", 0, 200, 10), rep("R2", 0, 100, 30), rep("R3", 0, 100, 10)};
  charts::ChartStyle style;
  style.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
  ui::ChartView view;
  view.setChart(charts::buildDashboardChart("rep-leaderboard", d, style));
  view.resize(366, 300);  // the leaderboard's column at 1366x768
  view.show();
  QTest::qWait(50);
  const QStringList drawn = drawnTexts(*view.chart());
  EXPECT_TRUE(drawn.contains("Orders\nred: cancel rate 14d high")) << drawn.join(" | ").toStdString();
  // The reps' bars where their names are: the three rows apart by a third of the plot.
  QChart* c = view.chart();
  auto* bars = qobject_cast<QAbstractBarSeries*>(c->series().front());
  const QRectF plot = c->plotArea();
  for (int i = 0; i < 3; ++i) {
    const QPointF at = c->mapToPosition(QPointF(0, i), bars);
    EXPECT_NEAR(at.y(), plot.bottom() - plot.height() * (i + 0.5) / 3, 1.5) << i;
  }
  EXPECT_EQ(categoryAxis(*c)->categories(), (QStringList{"R3", "R1", "R2"}));
  for (const QString& t : drawn) EXPECT_FALSE(t.endsWith("...")) << t.toStdString();
  delete view.chart();
}

TEST_F(ChartTitlesUi, EveryChartTitleNamesThePeriodItShowsAlsoUnderTheDefaultFilter) {
  // The default filter: the last day with data, Friday 27 Nov 2026.
  QWidget* daily = window->dailyStart();
  EXPECT_EQ(plain(chart(daily, "funnel")->chart()->title()), chart(daily, "funnel")->title() + "\n27 Nov 2026");
  // The conversion trend: the eight weeks ending that day.
  EXPECT_TRUE(chart(daily, "conversion-trend")->chart()->title().endsWith("<small>3 Oct \u2013 27 Nov 2026</small>"))
      << chart(daily, "conversion-trend")->chart()->title().toStdString();
  // Trends: a day is short for a trend by week, so the page shows the twelve ISO weeks to it, from
  // the first with data: the demo's visits begin in W40, whose Monday is 28 Sept.
  QWidget* trends = show("trends");
  EXPECT_TRUE(chart(trends, "trend")->chart()->title().endsWith("<small>28 Sept \u2013 27 Nov 2026</small>"))
      << chart(trends, "trend")->chart()->title().toStdString();
  EXPECT_EQ(chart(trends, "trend")->suggestedFileName(), "trend-2026-09-28-2026-11-27");
  // Cancellations: the orders of the eight ISO weeks to that day.
  QWidget* cancellations = show("cancellations");
  EXPECT_TRUE(chart(cancellations, "cancellation-cohorts")
                  ->chart()
                  ->title()
                  .endsWith("<small>5 Oct \u2013 27 Nov 2026</small>"))
      << chart(cancellations, "cancellation-cohorts")->chart()->title().toStdString();
  QAbstractItemView* cohortTable = cancellations->findChild<QAbstractItemView*>("cohortTable");
  ASSERT_NE(cohortTable, nullptr);
  EXPECT_EQ(ui::exportTableOf(*cohortTable).subtitle, "5 Oct \u2013 27 Nov 2026");
}

TEST_F(ChartTitlesUi, ATeamPageUnderAnotherTeamsFilterNamesTheTeamItShows) {
  ASSERT_NO_FATAL_FAILURE(pickTeam("Team Zuid"));
  ui::SlicePage* team = window->teamPage();
  QSignalSpy loaded(team, &ui::SlicePage::loaded);
  window->openDrill(window->dailyStart(), ui::DrillStack::Level::Team, "Team Noord");
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  ui::ChartView* weekdays = chart(team, "team-weekdays");
  EXPECT_EQ(plain(weekdays->chart()->title()).section('\n', 1), "27 Nov 2026 \u00b7 Team: Team Noord");
  EXPECT_EQ(weekdays->suggestedFileName(), "team-weekdays-2026-11-27-" + ui::fileNameFrom("Team: Team Noord"));
  EXPECT_EQ(ui::exportTableOf(*team->breakdownTable()).subtitle, "27 Nov 2026 \u00b7 Team: Team Noord");
  // The team of the filter itself: named as it is.
  QSignalSpy again(team, &ui::SlicePage::loaded);
  window->drillStack()->replaceTop(ui::DrillStack::Level::Team, "Team Zuid");
  ASSERT_TRUE(again.wait(kTimeoutMs));
  EXPECT_EQ(plain(chart(team, "team-weekdays")->chart()->title()).section('\n', 1),
            "27 Nov 2026 \u00b7 Team: Team Zuid");
}

TEST_F(ChartTitlesUi, AnAreaPageKeepsTheTeamFilterAndNamesItsOwnArea) {
  ASSERT_NO_FATAL_FAILURE(pickTeam("Team Zuid"));
  auto* areaBox = window->filterBar()->findChildren<QComboBox*>().at(3);
  QSignalSpy filtered(window->dailyStart(), &ui::DailyStartPage::loaded);
  areaBox->setCurrentIndex(areaBox->findData("UTR-01"));
  ASSERT_TRUE(filtered.wait(kTimeoutMs));
  ui::AreaPage* area = window->areaPage();
  QSignalSpy loaded(area, &ui::AreaPage::loaded);
  window->openDrill(window->dailyStart(), ui::DrillStack::Level::Area, "UTR-03");
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  // The area's charts are of Team Zuid's work in UTR-03 (kpi::buildDrillPage keeps the team).
  EXPECT_EQ(plain(chart(area, "area-hours")->chart()->title()).section('\n', 1),
            "27 Nov 2026 \u00b7 Team: Team Zuid \u00b7 Area: Overvecht (UTR-03)");
  // The trend: its twelve weeks (Sat 5 Sep to Fri 27 Nov) from the first with data, W40 (Mon 28 Sept).
  EXPECT_EQ(plain(chart(area, "area-trend")->chart()->title()).section('\n', 1),
            "28 Sept \u2013 27 Nov 2026 \u00b7 Team: Team Zuid \u00b7 Area: Overvecht (UTR-03)");
}

}  // namespace
