// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsCommand.h"

#include <algorithm>
#include <cstdio>

#include "PageJson.h"
#include "QueryOptions.h"
#include "ReportFormat.h"

#include "salesops/charts/AlertText.h"
#include "salesops/core/JsonText.h"
#include "salesops/kpi/Alerts.h"

namespace salesops::cli {
namespace {

// The command's words are a contract for scripts: English, whatever the system's language.
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

std::string text(const QString& s) { return s.toStdString(); }

// `restricted`: a team lead on a team server, whose "organisation" is the teams the server shows them.
std::string table(const kpi::AlertQuery& q, const std::vector<kpi::Alert>& alerts, bool restricted) {
  const Period prev = q.period.previous();
  const Period cohort = kpi::alertCohort(q.period, q.asOf);
  const bool changes = std::find(q.kinds.begin(), q.kinds.end(), kpi::AlertKind::Change) != q.kinds.end();
  const bool outliers = std::find(q.kinds.begin(), q.kinds.end(), kpi::AlertKind::Outlier) != q.kinds.end();
  std::string out = "Alerts for " + q.period.from.toString() + " to " + q.period.to.toString() + ", as of " +
                    q.asOf.toString() + ": ";
  if (changes) out += "changes against " + prev.from.toString() + " to " + prev.to.toString();
  if (changes && outliers) out += " and ";
  if (outliers)
    out += restricted ? "members against the rest of the organisation (your teams)"
                      : "members against the rest of the organisation";
  out += ", within channel, largest impact in orders first. Cancel rate 14d on the orders of " +
         cohort.from.toString() + " to " + cohort.to.toString() + ".\n\n";
  if (alerts.empty()) return out + "No alerts.\n";
  const std::string indent(11, ' ');
  for (size_t i = 0; i < alerts.size(); ++i) {
    const kpi::Alert& a = alerts[i];
    std::string rank = std::to_string(i + 1);
    rank.insert(0, rank.size() < 3 ? 3 - rank.size() : 0, ' ');
    out += rank + "  " + (a.worse ? "worse " : "better") + "  " + text(charts::alertSummary(a, kEnglish)) + "\n";
    out += indent + text(charts::alertDetail(a, kEnglish)) + "\n";
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
      "Significant changes of conversion, contact_rate, hit_rate, pre_install_churn and cancel_rate_14d per "
      "area, team and rep against the previous period (same length, just before), and members that differ "
      "significantly from the rest; rates compared within channel, cancel_rate_14d on the last matured four "
      "weeks of orders; largest impact in orders first.");
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
    const auto kind = k == "change"    ? std::optional(kpi::AlertKind::Change)
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
  const auto format = readFormat(parser, cmd, {"table", "json"});
  if (!format) return kFailed;

  auto store = context.openStore(store::OpenMode::ReadWrite);
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
  const std::string out = *format == "json" ? json(q, *alerts) : table(q, *alerts, (*store)->restricted());
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kOk;
}

}  // namespace salesops::cli
