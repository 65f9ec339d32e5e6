// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Category labels down the left of the bar charts fit at the size the daily start draws them at
// 1366x768, in English and Dutch: Qt Charts gives the left axis at most 40% of the chart and cuts
// what is wider, so a long name is elided instead, and its bar's hover text has it in full.
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

#include "ChartsTestSupport.h"

#include "salesops/charts/ChartExport.h"
#include "salesops/charts/ChartHover.h"
#include "salesops/charts/DashboardCharts.h"

using namespace salesops;
using namespace salesops::charts;
using namespace salesops::charts::test;

namespace {

// A third of the daily start's width at 1366x768 (the page list and the scroll bar taken off): the
// narrowest column a bar chart with names stands in.
constexpr QSize kColumnAt1366{380, 300};

QBarCategoryAxis* leftAxis(QChart& chart) {
  for (QAbstractAxis* axis : chart.axes(Qt::Vertical))
    if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) return c;
  return nullptr;
}

QStringList allHoverTexts(QChart& chart) {
  QStringList out;
  for (QAbstractSeries* s : chart.series())
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
      for (QBarSet* set : bars->barSets())
        for (int i = 0; i < set->count(); ++i) out << hoverText(set, i);
  return out;
}

class LabelFit : public ::testing::TestWithParam<QLocale::Language> {
 protected:
  void SetUp() override {
    ensureApplication();
    previous_ = QLocale();
    QLocale::setDefault(
        QLocale(GetParam(), GetParam() == QLocale::Dutch ? QLocale::Netherlands : QLocale::UnitedKingdom));
  }
  void TearDown() override { QLocale::setDefault(previous_); }

 private:
  QLocale previous_;
};

TEST_P(LabelFit, EveryLeftLabelFitsBesideThePlotAtTheDailyStartsColumnWidth) {
  const kpi::DashboardData& d = demoDashboard();
  ChartStyle style;
  style.locale = QLocale();
  int elided = 0;
  for (const QString name : {"area-conversion", "rep-leaderboard", "funnel", "cancellation-reasons", "doorstep-by-team",
                             "doorstep-by-area", "doorstep-by-rep"}) {
    const std::unique_ptr<QChart> chart(buildDashboardChart(name, d, style));
    ASSERT_NE(chart, nullptr);
    QBarCategoryAxis* axis = leftAxis(*chart);
    ASSERT_NE(axis, nullptr) << name.toStdString();
    const QStringList full = axis->categories();
    renderChartImage(*chart, kColumnAt1366, QSizeF(kColumnAt1366));  // lays the chart out at that size
    const QFontMetricsF metrics(axis->labelsFont());
    const QStringList shown = axis->categories();
    ASSERT_EQ(shown.size(), full.size()) << name.toStdString();
    const QStringList hovers = allHoverTexts(*chart);
    for (qsizetype i = 0; i < shown.size(); ++i) {
      // Right-aligned against the plot, the label must start inside the chart.
      EXPECT_LE(metrics.horizontalAdvance(shown[i]), chart->plotArea().left())
          << name.toStdString() << ": \"" << shown[i].toStdString() << "\" is cut at the left";
      if (shown[i] == full[i]) continue;
      ++elided;
      // What the label leaves out, the bar's hover text says: it starts with the label's first word.
      const QString kept = shown[i].section(QChar(0x2026), 0, 0).section(QLatin1Char(' '), 0, 0);
      EXPECT_FALSE(kept.isEmpty()) << shown[i].toStdString();
      EXPECT_TRUE(std::any_of(hovers.begin(), hovers.end(), [&](const QString& h) { return h.contains(kept); }))
          << shown[i].toStdString();
    }
  }
  // The demo's longest names ("Mohamed El Amrani (R005) 9,8% · 12,0%") do not fit a third of 1366.
  EXPECT_GT(elided, 0);
}

TEST_P(LabelFit, AWideChartShowsEveryLabelInFull) {
  const kpi::DashboardData& d = demoDashboard();
  ChartStyle style;
  style.locale = QLocale();
  const std::unique_ptr<QChart> chart(buildDashboardChart("rep-leaderboard", d, style));
  QBarCategoryAxis* axis = leftAxis(*chart);
  ASSERT_NE(axis, nullptr);
  const QStringList full = axis->categories();
  renderChartImage(*chart, kColumnAt1366, QSizeF(kColumnAt1366));
  EXPECT_NE(axis->categories(), full);
  chart->resize(1200, 500);  // wider again (a window made larger): the names come back
  EXPECT_EQ(axis->categories(), full);
}

// Every chart of the daily start with a legend (the doorstep charts, the area chart's two bars, the
// trend's lines): "Zelfde dagen een week eerder" was cut to "Zelfde dagen een wee..." at 1366.
TEST_P(LabelFit, LegendsAndAxisTitlesStayWholeInAThirdAndAHalfOfTheWindow) {
  const kpi::DashboardData& d = demoDashboard();
  ChartStyle style;
  style.locale = QLocale();
  // A third of 1366 (the daily start's row of three) and of 1920, and half a page of the pack.
  for (const QSize size : {kColumnAt1366, QSize(560, 300), QSize(700, 360)})
    for (const QString& name : dashboardChartNames()) {
      const std::unique_ptr<QChart> chart(buildDashboardChart(name, d, style));
      ASSERT_NE(chart, nullptr);
      // The heatmap and the conversion trend span two of the three columns (DailyStartPage's grid).
      const bool wide = name == "heatmap" || name == "conversion-trend";
      const QSize laid = wide ? QSize(2 * size.width(), size.height()) : size;
      renderChartImage(*chart, laid, QSizeF(laid));
      const std::string what = name.toStdString() + " at " + std::to_string(laid.width());
      QLegend* legend = chart->legend();
      if (!legend->isVisible()) continue;
      // Qt Charts elides marker labels that do not fit the legend's room. Each marker needs at
      // least its label and a square as high as the text: a row needs their sum, a column the widest.
      const QFontMetricsF m(legend->font());
      double row = 0, column = 0;
      for (QLegendMarker* marker : legend->markers()) {
        if (!marker->isVisible()) continue;  // the heatmap's cells are series without a marker
        const double need = m.horizontalAdvance(marker->label()) + m.height();
        row += need;
        column = std::max(column, need);
      }
      EXPECT_LE(legend->alignment() == Qt::AlignBottom ? row : column, legend->geometry().width()) << what;
      for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        // Each tick label of a value axis has its share of the plot: "100%" was cut to "10…".
        if (auto* values = qobject_cast<QValueAxis*>(axis); values && values->labelFormat().endsWith('%'))
          EXPECT_GE(chart->plotArea().width() / values->tickCount(),
                    QFontMetricsF(values->labelsFont()).horizontalAdvance(QStringLiteral("100%")))
              << what << ": " << values->tickCount() << " ticks";
        if (!axis->titleText().isEmpty()) {
          EXPECT_LE(QFontMetricsF(axis->titleFont()).horizontalAdvance(axis->titleText()), chart->plotArea().width())
              << what << ": \"" << axis->titleText().toStdString() << "\" is cut";
        }
      }
    }
  // Wide enough (a third of 1920), the legend is one row under the plot and the title is the full one.
  const std::unique_ptr<QChart> wide(buildDashboardChart("doorstep-by-area", d, style));
  renderChartImage(*wide, QSize(700, 360), QSizeF(700, 360));
  EXPECT_EQ(wide->legend()->alignment(), Qt::AlignBottom);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, LabelFit, ::testing::Values(QLocale::English, QLocale::Dutch),
                         [](const auto& info) { return info.param == QLocale::Dutch ? "Dutch" : "English"; });

}  // namespace
