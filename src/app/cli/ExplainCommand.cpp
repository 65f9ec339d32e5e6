// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExplainCommand.h"

#include <cstdio>

#include "PageJson.h"
#include "QueryOptions.h"
#include "ReportFormat.h"

#include "salesops/core/JsonText.h"
#include "salesops/core/KpiCatalogue.h"
#include "salesops/kpi/Explain.h"
#include "salesops/kpi/MemberLabel.h"

namespace salesops::cli {
namespace {

/// How one rate or effect reads: fractions as percentages and percentage points, paces (visits per
/// hour) as plain numbers.
struct Style {
  bool fraction = true;
  std::string rate(std::optional<double> v) const { return fraction ? percent(v) : v ? fixed(*v, 3) : "—"; }
  std::string effect(std::optional<double> v) const { return fraction ? points(v) : v ? fixed(*v, 4, true) : "—"; }
};

std::string range(const Period& p) { return p.from.toString() + ".." + p.to.toString(); }

std::string table(const kpi::Explanation& e, Date asOf) {
  const Style st{kpiDefinition(e.kpi).fraction};
  std::string out = std::string(kpiName(e.kpi)) + " by " + std::string(kpi::toString(e.dimension)) + ", " +
                    range(e.current) + " against " + range(e.base) + " (as of " + asOf.toString() + ")\n";
  out += "total: " + st.rate(e.baseRate) + " (n " + fixed(e.baseTotal.denominator, 0) + ") -> " +
         st.rate(e.currentRate) + " (n " + fixed(e.currentTotal.denominator, 0) + "): " + st.effect(e.change) +
         " = rate effect " + st.effect(e.rateEffect) + " + mix effect " + st.effect(e.mixEffect) + "\n\n";
  std::vector<std::vector<std::string>> rows{{std::string(kpi::toString(e.dimension)), "before", "n", "now", "n",
                                              "share before", "share now", "rate effect", "mix effect", "total"}};
  for (const auto& m : e.members)
    rows.push_back({kpi::memberLabel(m.name, m.member), st.rate(m.baseRate), fixed(m.base.denominator, 0),
                    st.rate(m.currentRate), fixed(m.current.denominator, 0), percent(m.baseShare),
                    percent(m.currentShare), st.effect(m.rateEffect), st.effect(m.mixEffect), st.effect(m.effect())});
  rows.push_back({"total", st.rate(e.baseRate), fixed(e.baseTotal.denominator, 0), st.rate(e.currentRate),
                  fixed(e.currentTotal.denominator, 0), "", "", st.effect(e.rateEffect), st.effect(e.mixEffect),
                  st.effect(e.change)});
  return out + renderTable(rows, {1, 2, 3, 4, 5, 6, 7, 8, 9});
}

}  // namespace

int runExplain(CliContext& context, const QStringList& args) {
  const std::string cmd = "explain";
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Explain the change of a rate between two periods along one dimension: per member the rate effect "
      "(its own rate changed) and the mix effect (its share of the denominator changed), which add up to "
      "the total change.");
  CliContext::addCommonOptions(parser);
  addQueryOptions(parser);
  parser.addOption({"kpi", "The rate to explain (default conversion).", "KPI", "conversion"});
  parser.addOption({"by", "The dimension: area city team rep channel hour weekday product.", "DIM"});
  parser.addOption(
      {"against", "The period compared with (default previous).", "previous|last-week|DATE..DATE", "previous"});
  parser.addOption({"format", "Output format.", "table|json", "table"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError(cmd + ": unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)");
    return kFailed;
  }
  kpi::ExplainQuery q;
  const auto id = kpiIdFromName(parser.value("kpi").toStdString());
  if (!id || !kpi::isExplainable(*id)) {
    std::string names;
    for (KpiId n : kpi::explainableKpis()) names += (names.empty() ? "" : " ") + std::string(kpiName(n));
    printError(cmd + ": --kpi must be a rate whose parts add up over members: " + names);
    return kFailed;
  }
  q.kpi = *id;
  if (!parser.isSet("by")) {
    printError(cmd + ": --by is required (see --help)");
    return kFailed;
  }
  const auto by = kpi::dimensionFromString(parser.value("by").toStdString());
  if (!by || !kpi::isExplainDimension(*by)) {
    printError(cmd + ": --by must be one of area city team rep channel hour weekday product");
    return kFailed;
  }
  q.by = *by;
  const auto period = readPeriod(parser, cmd);
  if (!period) return kFailed;
  q.period = *period;
  const auto asOf = readAsOf(parser, cmd);
  if (!asOf) return kFailed;
  q.asOf = *asOf;
  auto filters = readFilters(parser, cmd);
  if (!filters) return kFailed;
  q.filters = std::move(*filters);
  const QString against = parser.value("against");
  if (const auto c = kpi::comparisonFromString(against.toStdString()); c && *c != kpi::Comparison::LastYear) {
    q.against = *c;
  } else if (const QStringList parts = against.split(".."); parts.size() == 2) {
    const auto from = parseDateOption(cmd, "against", parts[0]);
    if (!from) return kFailed;
    const auto to = parseDateOption(cmd, "against", parts[1]);
    if (!to) return kFailed;
    if (*to < *from) {
      printError(cmd + ": --against ends before it starts");
      return kFailed;
    }
    q.against.reset();
    q.basePeriod = {*from, *to};
  } else {
    printError(cmd + ": --against must be previous, last-week or DATE..DATE");
    return kFailed;
  }
  const auto format = readFormat(parser, cmd, {"table", "json"});
  if (!format) return kFailed;

  auto store = context.openStore(store::OpenMode::ReadWrite);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  const kpi::KpiEngine engine(**store);
  auto e = kpi::explainChange(engine, q);
  if (!e) {
    printError(cmd + ": " + e.error().message);
    return kFailed;
  }
  const std::string out = *format == "json" ? explanationJson(*e, q.asOf) + "\n" : table(*e, q.asOf);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kOk;
}

}  // namespace salesops::cli
