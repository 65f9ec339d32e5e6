// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

#include "AlertsCommand.h"
#include "AppPaths.h"
#include "CheckCommand.h"
#include "CliApplication.h"
#include "CliContext.h"
#include "CopyCommand.h"
#include "DashboardCommand.h"
#include "DemoCommand.h"
#include "ExplainCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "KpiCommand.h"
#include "Logging.h"
#include "ReportCommand.h"
#include "ServerCommand.h"
#include "WatchCommand.h"

using namespace salesops;

namespace {

constexpr const char* kUsage =
    "Usage: salesops-cli [--db FILE] [--quiet] COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  import   Import CSV exports into the store\n"
    "  kpi      Every KPI for a period, grouped by day, week, area, rep, ...: table, CSV or JSON\n"
    "  dashboard  The daily start of a day (tiles, charts' numbers, alerts): table or JSON\n"
    "  alerts   Significant changes of conversion, contact, hit and cancel rates per area, team, rep\n"
    "  explain  Split the change of a rate into rate and mix effects per area, team, rep, ...\n"
    "  check    Data-quality findings: orphans, future dates, unknown reps/areas, double orders\n"
    "  report   The weekly-start pack of an ISO week as one PDF, or its numbers as JSON\n"
    "  demo     Fill the store with demo data, or write it as CSV files\n"
    "  export   A dashboard chart as PNG, SVG or PDF, or a KPI table as XLSX or CSV\n"
    "  server   The team store on PostgreSQL: init, status, grant, revoke\n"
    "  watch    Import each new or changed export in a folder once it is complete\n"
    "  copy     Copy a whole store from a SQLite file to a team server or back (--from, --to)\n"
    "\n"
    "Common options: --db FILE|URL (the store: a SQLite file or a PostgreSQL connection,\n"
    "postgresql://user@host:port/db or service=NAME), --quiet (no progress), --help (on every command),\n"
    "--version. Exit codes: 0 success, 1 some rows rejected or problems found, 2 usage, file or\n"
    "store error (nothing changed).\n";

}  // namespace

int main(int argc, char* argv[]) {
  const std::unique_ptr<QCoreApplication> application = cli::makeApplication(argc, argv);
  app::setApplicationIdentity();

  // Options before the command are global (--db, --quiet); the command parses the rest, where the
  // same options are accepted too.
  const QStringList args = application->arguments();
  cli::CliContext context;
  qsizetype i = 1;
  for (; i < args.size() && args[i].startsWith("-"); ++i) {
    const QString& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return cli::kOk;
    }
    if (a == "--version") {
      std::printf("salesops-cli %s\n", app::versionString());
      return cli::kOk;
    }
    if (a == "--quiet") {
      context.quiet = true;
    } else if (a == "--db" && i + 1 < args.size()) {
      context.dbPath = args[++i].toStdString();
    } else if (a.startsWith("--db=")) {
      context.dbPath = a.mid(5).toStdString();
    } else {
      cli::printError("unknown option '" + a.toStdString() + "' (see --help)");
      return cli::kFailed;
    }
  }
  if (i >= args.size()) {
    std::fputs(kUsage, stderr);
    return cli::kFailed;
  }
  const QString& command = args[i];  // args outlives every use
  QStringList commandArgs = {args[0] + " " + command};
  commandArgs += args.mid(i + 1);
  app::setUpLogging("salesops-cli", context.quiet);

  if (command == "import") return cli::runImport(context, commandArgs);
  if (command == "check") return cli::runCheck(context, commandArgs);
  if (command == "kpi") return cli::runKpi(context, commandArgs);
  if (command == "dashboard") return cli::runDashboard(context, commandArgs);
  if (command == "demo") return cli::runDemo(context, commandArgs);
  if (command == "alerts") return cli::runAlerts(context, commandArgs);
  if (command == "explain") return cli::runExplain(context, commandArgs);
  if (command == "export") return cli::runExport(context, commandArgs);
  if (command == "report") return cli::runReport(context, commandArgs);
  if (command == "server") return cli::runServer(context, commandArgs);
  if (command == "watch") return cli::runWatch(context, commandArgs);
  if (command == "copy") return cli::runCopy(context, commandArgs);
  cli::printError("unknown command '" + command.toStdString() + "' (see --help)");
  return cli::kFailed;
}
