// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiCommand.h"

#include <cstdio>
#include <optional>

#include "PageJson.h"
#include "QueryOptions.h"

#include "salesops/kpi/DataClock.h"
#include "salesops/kpi/KpiEngine.h"
#include "salesops/kpi/KpiFormat.h"

namespace salesops::cli {

int runKpi(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription("Every KPI of the definitions for a period, grouped and filtered.");
  CliContext::addCommonOptions(parser);
  addQueryOptions(parser);
  parser.addOption(
      {"by", "Group by: day week month area city team rep channel hour weekday product (repeatable).", "DIM"});
  parser.addOption({"compare", "Also give each KPI for another period as k_prev.", "previous|last-week|last-year"});
  parser.addOption({"format", "Output format.", "table|csv|json", "table"});
  addCsvDialectOption(parser);
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError("kpi: unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)");
    return kFailed;
  }
  const auto period = readPeriod(parser, "kpi");
  const auto asOf = readAsOf(parser, "kpi");
  const auto filters = readFilters(parser, "kpi");
  if (!period || !asOf || !filters) return kFailed;
  kpi::KpiQuery q;
  q.period = *period;
  q.asOf = *asOf;
  q.filters = *filters;
  if (!readGrouping(parser, "kpi", q)) return kFailed;
  const auto format = readFormat(parser, "kpi", {"table", "csv", "json"});
  const auto dialect = readCsvDialect(parser, "kpi");
  if (!format || !dialect) return kFailed;

  // Reading needs no write access, but a store of an older version is upgraded on the way.
  auto store = context.openStore(store::OpenMode::ReadWrite);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  // A period still coming in is compared with the same part of the one before, both cut at the same
  // weekday and hour as on the daily start (docs/kpis.md, the data clock). Without --compare the
  // figures are what the store holds.
  auto clock = kpi::readDataClock(**store, localToday());
  if (!clock) {
    printError("kpi: " + clock.error().message);
    return kFailed;
  }
  const std::optional<kpi::DataCut> cut = clock->cut(q.period);
  if (q.compare && cut) q.cut = cut;
  if (clock->inProgress(q.period) && clock->latest)
    printError("kpi: note: " + q.period.to.toString() + " is after the last complete data day (data up to " +
               clock->latest->toString().substr(0, 16) + ")" +
               (q.compare ? "; compared with the same part of the period before" : ""));
  auto rows = kpi::KpiEngine(**store).run(q);
  if (!rows) {
    printError("kpi: " + rows.error().message);
    return kFailed;
  }
  // Targets of the rows' level (kpis.md, Targets), in JSON only: the CSV and table columns stay.
  std::optional<kpi::TargetBook> targets;
  if (*format == "json") {
    auto book = kpi::TargetBook::load(**store, q.period);
    if (!book) {
      printError("kpi: " + book.error().message);
      return kFailed;
    }
    targets = std::move(*book);
  }
  const std::string out =
      *format == "json"  ? kpi::formatJson(q, *rows, targets ? &*targets : nullptr, clockJson(*clock, q.period, q.cut))
      : *format == "csv" ? kpi::formatCsv(q, *rows, *dialect)
                         : kpi::formatTable(q, *rows);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kOk;
}

}  // namespace salesops::cli
