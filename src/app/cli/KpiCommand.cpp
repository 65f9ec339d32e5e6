// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiCommand.h"

#include <QDate>

#include <cstdio>

#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/KpiFormat.h"

namespace salesops::cli {
namespace {

std::optional<Date> dateOption(const QCommandLineParser& p, const char* name) {
  const auto d = Date::parseIso(p.value(name).toStdString());
  if (!d) printError("kpi: --" + std::string(name) + " must be a date as YYYY-MM-DD, not '" +
                     p.value(name).toStdString() + "'");
  return d;
}

std::vector<std::string> values(const QCommandLineParser& p, const char* name) {
  std::vector<std::string> out;
  for (const QString& v : p.values(name)) out.push_back(v.toStdString());
  return out;
}

}  // namespace

int runKpi(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription("Every KPI of the definitions for a period, grouped and filtered.");
  CliContext::addCommonOptions(parser);
  parser.addOption({"from", "First day of the period.", "DATE"});
  parser.addOption({"to", "Last day of the period (inclusive).", "DATE"});
  parser.addOption({"by", "Group by: day week month area city team rep channel hour weekday product (repeatable).",
                    "DIM"});
  parser.addOption({"area", "Only this area code (repeatable).", "A"});
  parser.addOption({"city", "Only areas in this city (repeatable).", "C"});
  parser.addOption({"team", "Only reps of this team (repeatable).", "T"});
  parser.addOption({"rep", "Only this rep id (repeatable).", "R"});
  parser.addOption({"channel", "Only this channel: d2d htl promo_bus (repeatable).", "C"});
  parser.addOption({"as-of", "Cohort date for cancellations and installs (default: today).", "DATE"});
  parser.addOption({"compare", "Also give each KPI for another period as k_prev.", "previous|last-week|last-year"});
  parser.addOption({"format", "Output format.", "table|csv|json", "table"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError("kpi: unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)");
    return kFailed;
  }
  if (!parser.isSet("from") || !parser.isSet("to")) {
    printError("kpi: --from and --to are required (see --help)");
    return kFailed;
  }

  kpi::KpiQuery q;
  const auto from = dateOption(parser, "from"), to = dateOption(parser, "to");
  if (!from || !to) return kFailed;
  if (*to < *from) {
    printError("kpi: --to is before --from");
    return kFailed;
  }
  q.period = {*from, *to};
  const QDate today = QDate::currentDate();
  q.asOf = *Date::fromYmd(today.year(), today.month(), today.day());
  if (parser.isSet("as-of")) {
    const auto asOf = dateOption(parser, "as-of");
    if (!asOf) return kFailed;
    q.asOf = *asOf;
  }
  for (const auto& name : values(parser, "by")) {
    const auto d = kpi::dimensionFromString(name);
    if (!d) {
      printError("kpi: unknown --by '" + name + "' (day week month area city team rep channel hour weekday product)");
      return kFailed;
    }
    q.by.push_back(*d);
  }
  q.filters.areas = values(parser, "area");
  q.filters.cities = values(parser, "city");
  q.filters.teams = values(parser, "team");
  q.filters.reps = values(parser, "rep");
  for (const auto& name : values(parser, "channel")) {
    const auto c = fromString<Channel>(name);
    if (!c) {
      printError("kpi: unknown --channel '" + name + "' (d2d, htl or promo_bus)");
      return kFailed;
    }
    q.filters.channels.push_back(*c);
  }
  if (parser.isSet("compare")) {
    q.compare = kpi::comparisonFromString(parser.value("compare").toStdString());
    if (!q.compare) {
      printError("kpi: --compare must be previous, last-week or last-year");
      return kFailed;
    }
  }
  const QString format = parser.value("format");
  if (format != "table" && format != "csv" && format != "json") {
    printError("kpi: --format must be table, csv or json");
    return kFailed;
  }

  // Reading needs no write access, but a store of an older version is upgraded on the way.
  auto store = context.openStore();
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  auto rows = kpi::KpiEngine(**store).run(q);
  if (!rows) {
    printError("kpi: " + rows.error().message);
    return kFailed;
  }
  const std::string out = format == "json"  ? kpi::formatJson(q, *rows)
                          : format == "csv" ? kpi::formatCsv(q, *rows)
                                            : kpi::formatTable(q, *rows);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kOk;
}

}  // namespace salesops::cli
