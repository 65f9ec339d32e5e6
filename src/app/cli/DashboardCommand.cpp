// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCommand.h"

#include <cstdio>

#include "PageJson.h"
#include "QueryOptions.h"
#include "ReportFormat.h"

#include "salesops/kpi/Dashboard.h"
#include "salesops/kpi/KpiFormat.h"

namespace salesops::cli {
namespace {

std::string number(std::optional<double> v, int decimals) { return v ? fixed(*v, decimals) : "—"; }

std::string table(const kpi::DashboardData& d) {
  const kpi::DashboardQuery& q = d.query;
  std::string out = "Daily start " + q.period.from.toString() +
                    (q.period.from == q.period.to ? "" : " to " + q.period.to.toString()) + ", as of " +
                    q.asOf.toString() + "\n";
  if (d.inProgress())
    out += "In progress: data up to " + (d.clock.latest ? d.clock.latest->toString().substr(0, 16) : "none") +
           "; compared with the same part of the period before\n";
  out += "\n";
  std::vector<std::vector<std::string>> tiles{{"kpi", "value", "last week", "n", "4-week avg", "target", "orders of"}};
  for (const kpi::Tile& t : d.tiles) {
    const auto parts = t.now.parts(t.kpi);
    const bool rate = parts.has_value();
    tiles.push_back({std::string(kpiName(t.kpi)), kpi::tableValue(t.kpi, t.now), kpi::tableValue(t.kpi, t.lastWeek),
                     parts ? fixed(parts->denominator, 0) : "",
                     rate ? percent(t.fourWeekAverage) : number(t.fourWeekAverage, 1),
                     rate ? percent(d.tileTarget(t)) : number(d.tileTarget(t), 0),
                     t.period == q.period ? "" : t.period.from.toString() + " to " + t.period.to.toString()});
  }
  out += renderTable(tiles, {1, 2, 3, 4, 5});
  int64_t cancelled = 0;
  for (const auto& r : d.reasons) cancelled += r.cancelled;
  out += "\nCancellations by reason, orders of " + d.reasonsPeriod.from.toString() + " to " +
         d.reasonsPeriod.to.toString() + ": " + std::to_string(cancelled) + "\n";
  std::vector<std::vector<std::string>> reasons{{"reason", "cancelled", "share of orders"}};
  for (const auto& r : d.reasons)
    reasons.push_back({std::string(toString(r.reason)), std::to_string(r.cancelled), percent(r.share())});
  out += renderTable(reasons, {1, 2});
  out += "\nAlerts for " + d.alertPeriod.from.toString() + " to " + d.alertPeriod.to.toString() + ": " +
         std::to_string(d.alerts.size()) + " (salesops-cli alerts lists them)\n";
  return out;
}

}  // namespace

int runDashboard(CliContext& context, const QStringList& args) {
  const std::string cmd = "dashboard";
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "The daily start of one day as the window shows it: tiles with last week, n, the four-week average and "
      "target; the conversion trend, areas, leaderboard, funnel, cancellations by reason, heatmap and alerts.");
  CliContext::addCommonOptions(parser);
  addQueryOptions(parser, false);
  parser.addOption({"date", "The day (default: the last complete data day).", "DATE"});
  parser.addOption({"format", "Output format.", "table|json", "table"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError(cmd + ": unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)");
    return kFailed;
  }
  std::optional<Date> day;
  if (parser.isSet("date")) {
    day = parseDateOption(cmd, "date", parser.value("date"));
    if (!day) return kFailed;
  }
  const auto asOf = readAsOf(parser, cmd);
  const auto filters = readFilters(parser, cmd);
  if (!asOf || !filters) return kFailed;
  const auto format = readFormat(parser, cmd, {"table", "json"});
  if (!format) return kFailed;
  auto store = context.openStore(store::OpenMode::ReadOnly);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  const Date today = localToday();
  if (!day) {
    auto clock = kpi::readDataClock(**store, today);
    if (!clock) {
      printError(cmd + ": " + clock.error().message);
      return kFailed;
    }
    if (!clock->lastCompleteDay) {
      printError(cmd + ": the store has no visits yet; give --date");
      return kFailed;
    }
    day = *clock->lastCompleteDay;
  }
  auto data = kpi::buildDashboard(**store, {Period{*day, *day}, *asOf, *filters, today});
  if (!data) {
    printError(cmd + ": " + data.error().message);
    return kFailed;
  }
  const std::string out = *format == "json" ? dashboardJson(*data) + "\n" : table(*data);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kOk;
}

}  // namespace salesops::cli
