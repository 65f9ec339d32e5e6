// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/PageCharts.h"

#include <QAbstractAxis>
#include <QChart>

#include "DashboardChartParts.h"

namespace salesops::charts {
namespace {

struct NamedChart {
  const char* name;
  ChartPage page;
};

// The charts beyond the daily start's, in the order of the window's pages.
constexpr NamedChart kPageCharts[] = {
    {"trend", ChartPage::Trends},    {"cancellation-cohorts", ChartPage::Cancellations},
    {"area-trend", ChartPage::Area}, {"area-hours", ChartPage::Area},
    {"team-trend", ChartPage::Team}, {"team-weekdays", ChartPage::Team},
    {"rep-trend", ChartPage::Rep},   {"rep-weekdays", ChartPage::Rep},
};

/// The one member of the drill page's level among the filters: its page shows that member.
Result<std::string> drillMember(const QString& name, ChartPage page, const kpi::KpiFilters& f) {
  const auto& members = page == ChartPage::Area ? f.areas : page == ChartPage::Team ? f.teams : f.reps;
  const char* option = page == ChartPage::Area ? "--area" : page == ChartPage::Team ? "--team" : "--rep";
  if (members.size() != 1)
    return makeError("chart '" + name.toStdString() + "' is of one member's page: give exactly one " + option);
  return members.front();
}

template <typename T>
Result<std::unique_ptr<QChart>> built(Result<T> data, const auto& build) {
  if (!data) return data.error();
  return std::unique_ptr<QChart>(build(*data));
}

}  // namespace

void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y) {
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
}

Result<std::unique_ptr<QChart>> buildChartByName(store::Store& store, const QString& name, const kpi::DashboardQuery& q,
                                                 ChartStyle style) {
  const auto page = chartPage(name);
  if (!page) return makeError("unknown chart '" + name.toStdString() + "'");
  switch (*page) {
    case ChartPage::DailyStart:
      return built(kpi::buildDashboard(store, q), [&](const kpi::DashboardData& d) {
        style.conversionTarget = d.target(KpiId::conversion);
        return buildDashboardChart(name, d, style);
      });
    case ChartPage::Trends: {
      kpi::TrendRequest request;  // the page's first view: conversion by week, no split
      request.query = q;
      request.query.period = kpi::trendWindow(q.period, request.grain);
      request.fromFirstData = !(request.query.period == q.period);
      return built(kpi::buildTrend(store, request), [&](const kpi::TrendData& d) { return trendChart(d, style); });
    }
    case ChartPage::Cancellations:
      return built(kpi::buildCancellationsPage(store, q.period, q.asOf, q.filters),
                   [&](const kpi::CancellationsPageData& d) { return cohortChart(d.cohorts, style); });
    case ChartPage::Area:
    case ChartPage::Team:
    case ChartPage::Rep: {
      auto member = drillMember(name, *page, q.filters);
      if (!member) return member.error();
      const kpi::DrillLevel level = *page == ChartPage::Area   ? kpi::DrillLevel::Area
                                    : *page == ChartPage::Team ? kpi::DrillLevel::Team
                                                               : kpi::DrillLevel::Rep;
      return built(kpi::buildDrillPage(store, q, level, *member),
                   [&](const kpi::DrillPageData& d) { return buildDrillChart(name, d, style); });
    }
  }
  return makeError("unknown chart '" + name.toStdString() + "'");
}

QStringList chartNames() {
  QStringList names = dashboardChartNames();
  for (const NamedChart& c : kPageCharts) names << QString::fromLatin1(c.name);
  return names;
}

std::optional<ChartPage> chartPage(const QString& name) {
  if (dashboardChartNames().contains(name)) return ChartPage::DailyStart;
  for (const NamedChart& c : kPageCharts)
    if (name == QLatin1String(c.name)) return c.page;
  return std::nullopt;
}

}  // namespace salesops::charts
