// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include <QChart>
#include <QRegularExpression>

#include <cstdio>

#include "OutputPath.h"
#include "QueryOptions.h"

#include "salesops/charts/ChartExport.h"
#include "salesops/charts/PageCharts.h"
#include "salesops/charts/TableExport.h"
#include "salesops/kpi/KpiEngine.h"

namespace salesops::cli {
namespace {

std::optional<QSize> parseSize(const QString& text) {
  static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
  const auto m = pattern.match(text);
  if (!m.hasMatch()) return std::nullopt;
  const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
  if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000) return std::nullopt;
  return size;
}

int listCharts() {
  for (const QString& name : charts::chartNames()) std::printf("%s\n", name.toUtf8().constData());
  std::fflush(stdout);
  return kOk;
}

int exportChart(CliContext& context, const QCommandLineParser& parser, const QStringList& positional) {
  if (positional.size() != 2) {
    printError("export chart: give one chart name (see `salesops-cli export charts`)");
    return kFailed;
  }
  const QString& name = positional[1];
  if (!charts::chartPage(name)) {
    printError("export chart: unknown chart '" + name.toStdString() +
               "'; the charts are: " + charts::chartNames().join(", ").toStdString());
    return kFailed;
  }
  const QString out = parser.value("out");
  if (out.isEmpty() || !charts::imageFormatForPath(out)) {
    printError("export chart: --out FILE.png, FILE.svg or FILE.pdf is required");
    return kFailed;
  }
  if (!outputPathAllowed(context, out, "export chart")) return kFailed;
  QSize size = charts::kSlideSize;
  if (parser.isSet("size")) {
    const auto parsed = parseSize(parser.value("size"));
    if (!parsed) {
      printError("export chart: --size must be WIDTHxHEIGHT in pixels, 16 to 20000 each, not '" +
                 parser.value("size").toStdString() + "'");
      return kFailed;
    }
    size = *parsed;
  }
  const auto period = readPeriod(parser, "export chart");
  if (!period) return kFailed;
  const auto asOf = readAsOf(parser, "export chart");
  const auto filters = readFilters(parser, "export chart");
  if (!asOf || !filters) return kFailed;

  auto store = context.openStore(store::OpenMode::ReadOnly);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  charts::ChartStyle style;
  style.locale = QLocale();
  auto chart = charts::buildChartByName(**store, name, {*period, *asOf, *filters}, style);
  if (!chart) {
    printError("export chart: " + chart.error().message);
    return kFailed;
  }
  if (auto r = charts::exportChart(**chart, out, size); !r) {
    printError("export chart: " + r.error().message);
    return kFailed;
  }
  if (!context.quiet) std::fprintf(stderr, "wrote %s (%dx%d)\n", out.toUtf8().constData(), size.width(), size.height());
  return kOk;
}

int exportTable(CliContext& context, const QCommandLineParser& parser, const QStringList& positional) {
  if (positional.size() != 1) {
    printError("export table: unexpected argument '" + positional[1].toStdString() + "' (see --help)");
    return kFailed;
  }
  const QString out = parser.value("out");
  if (!out.endsWith(".xlsx", Qt::CaseInsensitive) && !out.endsWith(".csv", Qt::CaseInsensitive)) {
    printError("export table: --out FILE.xlsx or FILE.csv is required");
    return kFailed;
  }
  if (!outputPathAllowed(context, out, "export table")) return kFailed;
  const auto period = readPeriod(parser, "export table");
  if (!period) return kFailed;
  const auto asOf = readAsOf(parser, "export table");
  const auto filters = readFilters(parser, "export table");
  if (!asOf || !filters) return kFailed;
  kpi::KpiQuery q;
  q.period = *period;
  q.asOf = *asOf;
  q.filters = *filters;
  if (!readGrouping(parser, "export table", q)) return kFailed;
  const auto dialect = readCsvDialect(parser, "export table");
  if (!dialect) return kFailed;

  auto store = context.openStore(store::OpenMode::ReadOnly);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  auto rows = kpi::KpiEngine(**store).run(q);
  if (!rows) {
    printError("export table: " + rows.error().message);
    return kFailed;
  }
  if (auto r = charts::writeTable(charts::kpiExportTable(q, *rows), out, *dialect); !r) {
    printError("export table: " + r.error().message);
    return kFailed;
  }
  if (!context.quiet) std::fprintf(stderr, "wrote %s (%zu rows)\n", out.toUtf8().constData(), rows->size());
  return kOk;
}

}  // namespace

int runExport(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Export a chart of any page or a KPI table.\n"
      "  export charts                          list the chart names\n"
      "  export chart NAME --from --to --out FILE.png|.svg|.pdf [--size WxH] [filters]\n"
      "                                         (area-*, team-*, rep-*: one --area, --team or --rep)\n"
      "  export table --from --to [--by DIM]... --out FILE.xlsx|.csv [--csv-dialect rfc4180|excel-nl] [filters]");
  CliContext::addCommonOptions(parser);
  addQueryOptions(parser);
  parser.addOption({"out", "The file to write; its suffix picks the format.", "FILE"});
  parser.addOption({"size", "Chart size in pixels (PDF: at 96 per inch). Default 1920x1080.", "WxH"});
  parser.addOption({"by",
                    "Table: group by day week month area city team rep channel hour weekday product "
                    "(repeatable).",
                    "DIM"});
  parser.addOption({"compare", "Table: also each KPI for another period as k_prev.", "previous|last-week|last-year"});
  addCsvDialectOption(parser);
  parser.addPositionalArgument("what", "charts, chart NAME or table");
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  const QStringList positional = parser.positionalArguments();
  const QString what = positional.value(0);
  if (what == "charts" && positional.size() == 1) return listCharts();
  if (what == "chart") return exportChart(context, parser, positional);
  if (what == "table") return exportTable(context, parser, positional);
  printError("export: say what to export: charts, chart NAME or table (see --help)");
  return kFailed;
}

}  // namespace salesops::cli
