// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>

#include "ProgressBar.h"
#include "QueryOptions.h"

#include "salesops/core/JsonText.h"
#include "salesops/ingest/CsvReader.h"
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

std::string optionalJson(const std::optional<std::string>& v) { return v ? jsonString(*v) : "null"; }

// {"id": "O1", "changes": {"installed_at": {"old": "...", "new": null}}}, one per updated row.
std::string changesJson(const std::vector<store::RowChange>& rows) {
  std::string out = "[";
  for (size_t i = 0; i < rows.size(); ++i) {
    out += (i ? ", " : "") + std::string("{\"id\": ") + jsonString(rows[i].id) + ", \"changes\": {";
    for (size_t c = 0; c < rows[i].columns.size(); ++c) {
      const store::ColumnChange& change = rows[i].columns[c];
      out += (c ? ", " : "") + jsonString(change.column) + ": {\"old\": " + optionalJson(change.oldValue) +
             ", \"new\": " + optionalJson(change.newValue) + "}";
    }
    out += "}}";
  }
  return out + "]";
}

void printJson(const store::ImportReport& r, bool dryRun) {
  const char* status = r.status != store::ImportReport::Status::Imported ? "refused" : dryRun ? "dry-run" : "imported";
  std::string line = "{\"file\": " + jsonString(r.file) + ", \"kind\": " + jsonString(toString(r.kind)) +
                     ", \"inserted\": " + std::to_string(r.inserted) + ", \"updated\": " + std::to_string(r.updated) +
                     ", \"unchanged\": " + std::to_string(r.unchanged) +
                     ", \"rejected\": " + std::to_string(r.rejected) + ", \"status\": \"" + status + "\"" +
                     ", \"reject_file\": " + (r.rejectFile.empty() ? "null" : jsonString(r.rejectFile)) +
                     ", \"errors\": " + errorsJson(r.errors) +
                     (dryRun ? ", \"dry_run\": true, \"changes\": " + changesJson(r.changes) : std::string()) + "}";
  std::printf("%s\n", line.c_str());
}

void printText(const store::ImportReport& r, bool dryRun) {
  std::printf("%s: %s, %lld inserted, %lld updated, %lld unchanged, %lld rejected%s\n", r.file.c_str(),
              std::string(toString(r.kind)).c_str(), static_cast<long long>(r.inserted),
              static_cast<long long>(r.updated), static_cast<long long>(r.unchanged),
              static_cast<long long>(r.rejected), dryRun ? " (dry run: nothing was changed)" : "");
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
  for (const auto& row : r.changes) {
    std::string what;
    for (const auto& c : row.columns)
      what += (what.empty() ? "" : ", ") + c.column + " " + c.oldValue.value_or("(empty)") + " -> " +
              c.newValue.value_or("(empty)");
    printError(r.file + ": would update " + row.id + ": " + what);
  }
}

}  // namespace

void printImportSummary(const store::ImportReport& report) { printText(report, false); }

int runImport(CliContext& context, const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Import CSV exports and .xlsx workbooks (visits, orders, cancellations, reps, areas, targets).");
  CliContext::addCommonOptions(parser);
  parser.addOption({"kind", "The kind of every file (default: detected from its header).",
                    "visits|orders|cancellations|reps|areas|targets"});
  parser.addOption({"strict", "Any bad row rejects the whole file."});
  parser.addOption({"sheet", "The sheet of .xlsx workbooks to import (default: the first).", "NAME"});
  parser.addOption({"reject-file",
                    "Where rejected rows go (default: NAME.rejected.csv next to the input). Never over an existing "
                    "file: the next free name (NAME-2.csv, ...) is used and named in the summary. Refused when it "
                    "is the input or the store.",
                    "PATH"});
  parser.addOption({"dry-run",
                    "Import in a transaction that is rolled back: report what would be inserted, updated, unchanged "
                    "and rejected (JSON: up to 20 updated rows with old and new values) without changing the store, "
                    "its import log or writing a reject file."});
  parser.addOption({"format", "Output format.", "text|json", "text"});
  parser.addPositionalArgument(
      "FILE",
      "CSV files or .xlsx workbooks to import, each in one transaction; - reads standard input "
      "(then --kind is needed).",
      "FILE...");
  bool help = false;
  if (!context.parse(parser, args, help)) return kFailed;
  if (help) return kOk;

  const QStringList files = parser.positionalArguments();
  if (files.isEmpty()) {
    printError("import: no file given (see --help)");
    return kFailed;
  }
  const auto format = readFormat(parser, "import", {"text", "json"});
  if (!format) return kFailed;
  store::ImportOptions options;
  options.source = "import";
  options.strict = parser.isSet("strict");
  options.dryRun = parser.isSet("dry-run");
  options.sheet = parser.value("sheet").toStdString();
  if (parser.isSet("kind")) {
    options.kind = fromString<FileKind>(parser.value("kind").toStdString());
    if (!options.kind) {
      printError("import: unknown --kind '" + parser.value("kind").toStdString() +
                 "' (visits, orders, cancellations, reps, areas or targets)");
      return kFailed;
    }
  }
  // Standard input can be read once, and its kind is not guessed from a stream.
  if (const auto stdinCount = files.count(QString::fromUtf8(ingest::CsvReader::kStdin.data())); stdinCount > 0) {
    if (!options.kind) {
      printError(
          "import: reading standard input ('-') needs --kind (visits, orders, cancellations, reps, areas or "
          "targets)");
      return kFailed;
    }
    if (stdinCount > 1) {
      printError("import: standard input ('-') can be given once");
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

  // A dry run changes nothing, so it does not create a store either.
  auto store = context.openImportTarget(options.dryRun ? store::OpenMode::ReadWrite : store::OpenMode::Create);
  if (!store) {
    printError(store.error().message);
    return kFailed;
  }

  int exitCode = kOk;
  for (const QString& file : files) {
    const std::string path = file.toStdString();
    ProgressBar bar(path == ingest::CsvReader::kStdin ? "stdin" : QFileInfo(file).fileName().toStdString(),
                    context.quiet);
    options.progress = [&bar](uint64_t done, uint64_t total) { bar.update(done, total); };
    options.waiting = [&context] {
      if (!context.quiet) printError("waiting for another import to finish...");
    };
    auto report = store::importFile(**store, path, options);
    bar.finish();
    if (!report) {
      printError(report.error().message);
      if (*format == "json")
        std::printf("{\"file\": %s, \"error\": %s}\n", jsonString(path).c_str(),
                    jsonString(report.error().message).c_str());
      exitCode = kFailed;
      continue;
    }
    if (*format == "json")
      printJson(*report, options.dryRun);
    else
      printText(*report, options.dryRun);
    if (report->status != store::ImportReport::Status::Imported)
      exitCode = kFailed;
    else if (report->rejected > 0)
      exitCode = std::max<int>(exitCode, kSomeRejected);
  }
  std::fflush(stdout);
  return exitCode;
}

}  // namespace salesops::cli
