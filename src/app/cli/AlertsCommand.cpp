// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsCommand.h"

#include <algorithm>
#include <cstdio>

#include "Json.h"
#include "PageJson.h"
#include "QueryOptions.h"
#include "ReportFormat.h"
#include "salesops/kpi/Alerts.h"

namespace salesops::cli {
namespace {

std::string count(double v) { return fixed(v, 0); }

std::string impactText(const kpi::Alert& a) {
  return fixed(a.impact, 1, true) + " " + std::string(kpi::impactUnit(a.kpi));
}

std::string table(const kpi::AlertQuery& q, const std::vector<kpi::Alert>& alerts) {
  const Period prev = q.period.previous();
  std::string out = "Alerts for " + q.period.from.toString() + " to " + q.period.to.toString() + ", as of " +
                    q.asOf.toString() + "\n";
  for (kpi::AlertKind kind : q.kinds) {
    const bool change = kind == kpi::AlertKind::Change;
    out += "\n";
    out += change ? "Significant changes against " + prev.from.toString() + " to " + prev.to.toString() + "\n"
                  : "Significantly different from the rest of the organisation in the same period\n";
    std::vector<std::vector<std::string>> rows{
        {"dimension", "member", "kpi", "now", "n", change ? "before" : "rest", "n", "change", "z", "impact", ""}};
    for (const auto& a : alerts) {
      if (a.kind != kind) continue;
      rows.push_back({std::string(kpi::toString(a.dimension)), a.member, a.kpi, percent(a.test.current),
                      count(a.current.denominator), percent(a.test.previous), count(a.compared.denominator),
                      points(a.test.absoluteChange, 1), fixed(*a.test.z, 2), impactText(a),
                      a.worse ? "worse" : "better"});
    }
    if (rows.size() == 1)
      out += "  none\n";
    else
      out += renderTable(rows, {3, 4, 5, 6, 7, 8, 9});
  }
  return out;
}

std::string json(const kpi::AlertQuery& q, const std::vector<kpi::Alert>& alerts) {
  return alertsJson(q.period, q.asOf, alerts) + "\n";
}

}  // namespace

int runAlerts(CliContext& context, const QStringList& args) {
  const std::string cmd = "alerts";
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Significant changes of conversion, contact_rate, hit_rate and cancel_rate_14d per area, team and rep "
      "against the previous period (same length, just before), and members that differ significantly from "
      "the rest in this period; by impact.");
  CliContext::addCommonOptions(parser);
  addQueryOptions(parser);
  parser.addOption({"kind", "Only this kind of alert: change or outlier (repeatable; default both).", "KIND"});
  parser.addOption({"format", "Output format.", "table|json", "table"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError(cmd + ": unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)");
    return kFailed;
  }
  const auto period = readPeriod(parser, cmd);
  if (!period) return kFailed;
  const auto asOf = readAsOf(parser, cmd);
  if (!asOf) return kFailed;
  auto filters = readFilters(parser, cmd);
  if (!filters) return kFailed;
  kpi::AlertQuery q{*period, *asOf, std::move(*filters), {}};
  for (const QString& k : parser.values("kind")) {
    const auto kind = k == "change" ? std::optional(kpi::AlertKind::Change)
                      : k == "outlier" ? std::optional(kpi::AlertKind::Outlier)
                                       : std::nullopt;
    if (!kind) {
      printError(cmd + ": --kind must be change or outlier");
      return kFailed;
    }
    if (std::find(q.kinds.begin(), q.kinds.end(), *kind) == q.kinds.end()) q.kinds.push_back(*kind);
  }
  if (q.kinds.empty()) q.kinds = {kpi::AlertKind::Change, kpi::AlertKind::Outlier};
  std::sort(q.kinds.begin(), q.kinds.end());  // changes first, as findAlerts() orders them
  const QString format = parser.value("format");
  if (format != "table" && format != "json") {
    printError(cmd + ": --format must be table or json");
    return kFailed;
  }

  auto store = context.openStore();
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  const kpi::KpiEngine engine(**store);
  auto alerts = kpi::findAlerts(engine, q);
  if (!alerts) {
    printError(cmd + ": " + alerts.error().message);
    return kFailed;
  }
  const std::string out = format == "json" ? json(q, *alerts) : table(q, *alerts);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kOk;
}

}  // namespace salesops::cli
