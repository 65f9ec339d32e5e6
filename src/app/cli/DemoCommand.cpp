// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include <QDate>
#include <QTemporaryDir>

#include <cstdio>

#include "salesops/core/QtDate.h"
#include "salesops/demo/CsvDemoSink.h"
#include "salesops/demo/DemoGenerator.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/store/ConnectionString.h"
#include "salesops/store/Importer.h"

namespace salesops::cli {
namespace {

bool parseCount(const QCommandLineParser& p, const char* name, int64_t min, int64_t& out) {
  if (!p.isSet(name)) return true;
  bool ok = false;
  const qlonglong v = p.value(name).toLongLong(&ok);
  if (!ok || v < min) {
    printError(std::string("demo: --") + name + " must be a whole number of at least " + std::to_string(min));
    return false;
  }
  out = v;
  return true;
}

void printCounts(const char* what, const store::WriteCounts& c) {
  std::printf("%-14s %8lld inserted, %lld updated, %lld unchanged\n", what, static_cast<long long>(c.inserted),
              static_cast<long long>(c.updated), static_cast<long long>(c.unchanged));
}

// A team server takes the demo as the exports it stands for: written as CSV files to a temporary
// folder, then imported one by one (reps and areas first), each in its own transaction and import
// log entry, exactly as the files would be. The server must have been set up (`server init`).
// The demo as its six CSV exports in `dir`; says why not and returns false when it cannot.
bool writeDemoCsv(const std::string& dir, const demo::DemoOptions& options) {
  auto sink = demo::CsvDemoSink::open(dir);
  if (!sink) {
    printError("demo: " + sink.error().message);
    return false;
  }
  if (auto r = demo::generate(options, **sink); !r) {
    printError("demo: " + r.error().message);
    return false;
  }
  return true;
}

int demoOnServer(const CliContext& context, const demo::DemoOptions& options) {
  const QTemporaryDir dir;
  if (!dir.isValid()) {
    printError("demo: cannot make a temporary folder for the demo files: " + dir.errorString().toStdString());
    return kFailed;
  }
  if (!writeDemoCsv(dir.path().toStdString(), options)) return kFailed;
  auto target = context.openImportTarget(store::OpenMode::ReadWrite);
  if (!target) {
    printError(target.error().message);
    return kFailed;
  }
  std::printf("demo data ending %s in %s\n", options.endDate.toString().c_str(),
              store::redactConnection(context.dbPath).c_str());
  for (FileKind kind : {FileKind::Reps, FileKind::Areas, FileKind::Targets, FileKind::Visits, FileKind::Orders,
                        FileKind::Cancellations}) {
    const std::string name(toString(kind));
    store::ImportOptions o;
    o.kind = kind;
    o.source = "demo";
    auto report = store::importFile(**target, dir.filePath(QString::fromStdString(name + ".csv")).toStdString(), o);
    if (!report) {
      printError("demo: " + name + ": " + report.error().message + "; the files before it were imported");
      return kFailed;
    }
    printCounts(name.c_str(), store::WriteCounts{report->inserted, report->updated, report->unchanged});
  }
  return kOk;
}

}  // namespace

int runDemo(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Fill the store with realistic, deterministic demo data (or write it as CSV files): a conversion drop in "
      "one area in the last week and one rep with a high cancel rate, so every dashboard has a story.");
  CliContext::addCommonOptions(parser);
  parser.addOption({"visits", "Number of visits.", "N", "20000"});
  parser.addOption({"days", "Days of data, ending at --end.", "D", "56"});
  parser.addOption({"seed", "Random seed: the same options give the same data.", "S", "42"});
  parser.addOption({"end", "Last day with data (default: yesterday).", "YYYY-MM-DD"});
  parser.addOption({"clean", "Leave out the planted data-quality problems."});
  parser.addOption({"csv-out", "Write CSV files into DIR instead of the store.", "DIR"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError("demo: unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    return kFailed;
  }

  demo::DemoOptions options;
  int64_t days = options.days, seed = 42;
  if (!parseCount(parser, "visits", 1, options.visits) || !parseCount(parser, "days", 14, days) ||
      !parseCount(parser, "seed", 0, seed))
    return kFailed;
  options.days = static_cast<int>(days);
  options.seed = static_cast<uint64_t>(seed);
  options.dataQualityIssues = !parser.isSet("clean");
  if (parser.isSet("end")) {
    auto end = Date::parseIso(parser.value("end").toStdString());
    if (!end) {
      printError("demo: --end must be a date YYYY-MM-DD");
      return kFailed;
    }
    options.endDate = *end;
  } else {
    const QDate y = QDate::currentDate().addDays(-1);
    options.endDate = fromQDate(y);
  }

  if (parser.isSet("csv-out")) {
    const QString dir = parser.value("csv-out");
    if (!writeDemoCsv(dir.toStdString(), options)) return kFailed;
    std::printf("demo: wrote %lld visits ending %s as CSV files in %s\n", static_cast<long long>(options.visits),
                options.endDate.toString().c_str(), dir.toStdString().c_str());
    return kOk;
  }

  if (store::isServerConnection(context.dbPath)) return demoOnServer(context, options);
  auto store = context.openStore(store::OpenMode::Create);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  auto counts = demo::generateIntoStore(**store, options);
  if (!counts) {
    printError("demo: " + counts.error().message + "; nothing was written");
    return kFailed;
  }
  std::printf("demo data ending %s in %s\n", options.endDate.toString().c_str(), (*store)->path().c_str());
  printCounts("reps", (*counts)[static_cast<size_t>(FileKind::Reps)]);
  printCounts("areas", (*counts)[static_cast<size_t>(FileKind::Areas)]);
  printCounts("targets", (*counts)[static_cast<size_t>(FileKind::Targets)]);
  printCounts("visits", (*counts)[static_cast<size_t>(FileKind::Visits)]);
  printCounts("orders", (*counts)[static_cast<size_t>(FileKind::Orders)]);
  printCounts("cancellations", (*counts)[static_cast<size_t>(FileKind::Cancellations)]);
  return kOk;
}

}  // namespace salesops::cli
