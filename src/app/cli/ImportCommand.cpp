// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>

#include "Json.h"
#include "ProgressBar.h"
#include "salesops/store/Importer.h"

namespace salesops::cli {
namespace {

std::string errorsJson(const std::vector<ingest::RowError>& errors) {
  std::string out = "[";
  for (size_t i = 0; i < errors.size(); ++i) {
    const auto& e = errors[i];
    if (i) out += ", ";
    out += "{\"line\": " + std::to_string(e.line) + ", \"column\": " + jsonString(e.column) +
           ", \"value\": " + jsonString(e.value) + ", \"reason\": " + jsonString(e.reason) + "}";
  }
  return out + "]";
}

void printJson(const store::ImportReport& r) {
  const char* status = r.status == store::ImportReport::Status::Imported ? "imported" : "refused";
  std::string line = "{\"file\": " + jsonString(r.file) + ", \"kind\": " + jsonString(toString(r.kind)) +
                     ", \"inserted\": " + std::to_string(r.inserted) + ", \"updated\": " + std::to_string(r.updated) +
                     ", \"unchanged\": " + std::to_string(r.unchanged) +
                     ", \"rejected\": " + std::to_string(r.rejected) + ", \"status\": \"" + status + "\"" +
                     ", \"reject_file\": " + (r.rejectFile.empty() ? "null" : jsonString(r.rejectFile)) +
                     ", \"errors\": " + errorsJson(r.errors) + "}";
  std::printf("%s\n", line.c_str());
}

void printText(const store::ImportReport& r) {
  std::printf("%s: %s, %lld inserted, %lld updated, %lld unchanged, %lld rejected\n", r.file.c_str(),
              std::string(toString(r.kind)).c_str(), static_cast<long long>(r.inserted),
              static_cast<long long>(r.updated), static_cast<long long>(r.unchanged),
              static_cast<long long>(r.rejected));
  for (const auto& w : r.warnings) printError(r.file + ": warning: " + w);
  if (r.status == store::ImportReport::Status::Refused)
    printError(r.file + ": refused (--strict): " + std::to_string(r.rejected) +
               " bad rows, nothing was imported from this file");
  const size_t shown = std::min<size_t>(r.errors.size(), 5);
  for (size_t i = 0; i < shown; ++i) {
    const auto& e = r.errors[i];
    printError(r.file + ":" + std::to_string(e.line) + ": " + e.column + ": " + e.reason + " (\"" + e.value + "\")");
  }
  if (r.rejected > static_cast<int64_t>(shown))
    printError(r.file + ": " + std::to_string(r.rejected - static_cast<int64_t>(shown)) + " more rejected rows");
  if (!r.rejectFile.empty()) printError(r.file + ": rejected rows written to " + r.rejectFile);
}

}  // namespace

int runImport(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription("Import CSV exports (visits, orders, cancellations, reps, areas, targets).");
  CliContext::addCommonOptions(parser);
  parser.addOption({"kind", "The kind of every file (default: detected from its header).",
                    "visits|orders|cancellations|reps|areas|targets"});
  parser.addOption({"strict", "Any bad row rejects the whole file."});
  parser.addOption({"reject-file", "Where rejected rows go (default: NAME.rejected.csv next to the input).", "PATH"});
  parser.addOption({"format", "Output format.", "text|json", "text"});
  parser.addPositionalArgument("FILE", "CSV files to import, each in one transaction.", "FILE...");
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;

  const QStringList files = parser.positionalArguments();
  if (files.isEmpty()) {
    printError("import: no file given (see --help)");
    return kFailed;
  }
  const QString format = parser.value("format");
  if (format != "text" && format != "json") {
    printError("import: --format must be text or json");
    return kFailed;
  }
  store::ImportOptions options;
  options.strict = parser.isSet("strict");
  if (parser.isSet("kind")) {
    options.kind = fromString<FileKind>(parser.value("kind").toStdString());
    if (!options.kind) {
      printError("import: unknown --kind '" + parser.value("kind").toStdString() +
                 "' (visits, orders, cancellations, reps, areas or targets)");
      return kFailed;
    }
  }
  if (parser.isSet("reject-file")) {
    if (files.size() > 1) {
      printError("import: --reject-file needs exactly one input file");
      return kFailed;
    }
    options.rejectFile = parser.value("reject-file").toStdString();
  }

  auto store = context.openStore(store::OpenMode::Create);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }

  int exitCode = kOk;
  for (const QString& file : files) {
    const std::string path = file.toStdString();
    ProgressBar bar(QFileInfo(file).fileName().toStdString(), context.quiet);
    options.progress = [&bar](uint64_t done, uint64_t total) { bar.update(done, total); };
    auto report = store::importFile(**store, path, options);
    bar.finish();
    if (!report) {
      printError(report.error().message);
      if (format == "json")
        std::printf("{\"file\": %s, \"error\": %s}\n", jsonString(path).c_str(),
                    jsonString(report.error().message).c_str());
      exitCode = kFailed;
      continue;
    }
    if (format == "json") printJson(*report); else printText(*report);
    if (report->status != store::ImportReport::Status::Imported) exitCode = kFailed;
    else if (report->rejected > 0) exitCode = std::max<int>(exitCode, kSomeRejected);
  }
  std::fflush(stdout);
  return exitCode;
}

}  // namespace salesops::cli
