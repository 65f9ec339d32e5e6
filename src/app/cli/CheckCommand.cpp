// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include <QDate>

#include <algorithm>
#include <cstdio>
#include <string>

#include "PageJson.h"
#include "QueryOptions.h"

#include "salesops/core/JsonText.h"
#include "salesops/core/QtDate.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/MemberLabel.h"

namespace salesops::cli {
namespace {

constexpr size_t kRepsShown = 10;  // a table line, not a report: the JSON has them all

/// `text` as lines of at most `width` columns: the first indented by `first`, the others by `rest`.
std::string wrap(const std::string& text, size_t first, size_t rest, size_t width = 100) {
  std::string out, line(first, ' ');
  bool empty = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (!empty && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = std::string(rest, ' ');
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  return out + line + "\n";
}

std::string checksHelp() {
  std::string text =
      "Data-quality findings: rows that refer to unknown things, impossible dates and likely duplicates. Each\n"
      "finding has a count of rows, up to --examples examples and the reps it concerns. Exit code 0 when no\n"
      "error or warning check found anything, 1 when one did (info findings do not count), 2 on a usage or\n"
      "store error. The checks (id, severity):\n";
  for (const kpi::QualityCheck& c : kpi::qualityChecks()) {
    text +=
        wrap(std::string(c.id) + " (" + std::string(toString(c.severity)) + "): " + std::string(c.description), 2, 6);
  }
  return text;
}

void printJson(const kpi::DataQualityReport& report) { std::fputs((qualityJson(report) + "\n").c_str(), stdout); }

void printFinding(const kpi::Finding& f) {
  std::printf("%-7s %s (%s): %lld\n", std::string(toString(f.severity)).c_str(), f.title.c_str(), f.id.c_str(),
              static_cast<long long>(f.count));
  if (!f.reps.empty()) {
    std::string reps;
    for (size_t k = 0; k < f.reps.size() && k < kRepsShown; ++k)
      reps += (k ? ", " : "") + kpi::memberLabel(f.reps[k].name, f.reps[k].rep) + " " + std::to_string(f.reps[k].count);
    if (f.reps.size() > kRepsShown) reps += ", and " + std::to_string(f.reps.size() - kRepsShown) + " more";
    std::printf("        reps: %s\n", reps.c_str());
  }
  size_t idWidth = 0;
  for (const auto& e : f.examples) idWidth = std::max(idWidth, e.id.size());
  for (const auto& e : f.examples) {
    std::string line = e.id + std::string(idWidth - e.id.size(), ' ') + "  " + e.value;
    if (!e.rep.empty()) line += "  (" + e.rep + ")";
    std::printf("          %s\n", line.c_str());
  }
  if (f.count > static_cast<int64_t>(f.examples.size()) && !f.examples.empty() && f.id != "double_orders")
    std::printf("          ... %lld more\n", static_cast<long long>(f.count - static_cast<int64_t>(f.examples.size())));
}

void printTable(const kpi::DataQualityReport& report, const std::string& storePath) {
  int found = 0;
  for (const auto& f : report.findings) found += f.count > 0;
  std::printf("Data-quality check of %s as of %s: %d of %zu checks found something\n", storePath.c_str(),
              report.asOf.toString().c_str(), found, report.findings.size());
  std::string clean;
  for (const auto& f : report.findings) {
    if (f.count == 0) {
      clean += (clean.empty() ? "" : ", ") + f.id;
      continue;
    }
    std::printf("\n");
    printFinding(f);
  }
  if (!clean.empty()) std::printf("\nNothing found by: %s\n", clean.c_str());
}

}  // namespace

int runCheck(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QString::fromStdString(checksHelp()));
  CliContext::addCommonOptions(parser);
  parser.addOption(
      {"as-of", "The day the data is seen from: later dates are in the future (default: today).", "YYYY-MM-DD"});
  parser.addOption({"examples", "Examples per finding (0 to 100).", "N", "5"});
  parser.addOption({"format", "Output format.", "table|json", "table"});
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;
  if (!parser.positionalArguments().isEmpty()) {
    printError("check: unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    return kFailed;
  }
  const auto format = readFormat(parser, "check", {"table", "json"});
  if (!format) return kFailed;
  kpi::DataQualityOptions options;
  bool ok = false;
  options.maxExamples = parser.value("examples").toInt(&ok);
  if (!ok || options.maxExamples < 0 || options.maxExamples > 100) {
    printError("check: --examples must be a whole number from 0 to 100");
    return kFailed;
  }
  if (parser.isSet("as-of")) {
    auto asOf = Date::parseIso(parser.value("as-of").toStdString());
    if (!asOf) {
      printError("check: --as-of must be a date YYYY-MM-DD");
      return kFailed;
    }
    options.asOf = *asOf;
  } else {
    const QDate today = QDate::currentDate();
    options.asOf = fromQDate(today);
  }

  auto store = context.openStore(store::OpenMode::ReadWrite);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }
  auto report = kpi::checkDataQuality(**store, options);
  if (!report) {
    printError("check: " + report.error().message);
    return kFailed;
  }
  if (*format == "json")
    printJson(*report);
  else
    printTable(*report, (*store)->path());
  std::fflush(stdout);
  return report->hasProblems() ? kSomeRejected : kOk;
}

}  // namespace salesops::cli
