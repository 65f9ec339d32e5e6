// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/store/Importer.h"

#include <chrono>
#include <filesystem>
#include <thread>

#include "BatchQueue.h"
#include "Log.h"

#include "salesops/ingest/CsvReader.h"
#include "salesops/ingest/RejectFile.h"

namespace salesops::store {
namespace fs = std::filesystem;
namespace {

// Three batches in flight: one being parsed, one being written, one ready in between.
constexpr size_t kBatchesInFlight = 3;

std::string columnList(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

// Runs the parser on its own thread until the file ends, the queue is closed or parsing fails.
void produce(ingest::FileParser& parser, BatchQueue& queue) {
  while (auto batch = queue.takeEmpty()) {
    auto more = parser.next(*batch);
    if (!more) {
      queue.finish(more.error().message);
      return;
    }
    queue.push({std::move(batch), parser.bytesConsumed()});
    if (!*more) {
      queue.finish();
      return;
    }
  }
  queue.finish();
}

int64_t nowUtcSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// A failure once the import has begun, from whatever layer, names the file and says what became of
// it: the user reads this line, not the code that failed.
Error notImported(const std::string& path, const Error& e) {
  const std::string what = e.message.rfind(path, 0) == 0 ? e.message : path + ": " + e.message;
  return makeError(what + "; nothing of the file was imported");
}

std::string optionsSignature(const std::map<std::string, std::string>& overrides) {
  std::string out;
  for (const auto& [column, header] : overrides) {  // appended piece by piece: no temporary strings
    out += column;
    out += '=';
    out += header;
    out += ';';
  }
  return out;
}

// How the import log names the file.
std::string logName(const std::string& path) {
  return path == ingest::CsvReader::kStdin ? "stdin" : fs::path(path).filename().string();
}

ImportReport startReport(const std::string& path, const ingest::FileInfo& info) {
  ImportReport report;
  report.file = path;
  report.kind = info.kind;
  report.encoding = info.encoding;
  report.delimiter = info.delimiter;
  report.bytes = info.size;
  if (!info.ignoredColumns.empty()) report.warnings.push_back("columns ignored: " + columnList(info.ignoredColumns));
  return report;
}

// One read of the file into one transaction. When the parser's evidence at the end overturns how it
// read rows early on, nothing is committed and `reread` says in which encoding to read it again.
Result<ImportReport> importOnce(ImportTarget& store, const std::string& path, const ImportOptions& options,
                                std::optional<ingest::Encoding> encoding, std::optional<ingest::Encoding>& reread) {
  reread.reset();
  ingest::ParseOptions parseOptions;
  parseOptions.kind = options.kind;
  parseOptions.batchRows = options.batchRows ? options.batchRows : store.batchRows();
  parseOptions.columnOverrides = options.columnOverrides;
  parseOptions.sheet = options.sheet;
  parseOptions.encoding = encoding;
  auto opened = ingest::FileParser::open(path, parseOptions);
  if (!opened) return opened.error();
  std::unique_ptr<ingest::FileParser> parser = std::move(opened.value());

  ImportLogEntry entry;
  entry.fileName = logName(path);
  entry.kind = parser->info().kind;
  entry.strict = options.strict;
  entry.options = optionsSignature(options.columnOverrides);
  entry.source = options.source;

  // The same bytes, read the same way, into the same data as last time: every row would compare
  // unchanged, so say so without comparing them. Only a file the size of such an import is hashed
  // before it is parsed (a read without parsing); when its hash differs it is opened and read
  // again, and the hash of that read, of exactly the bytes parsed, is the one logged.
  std::optional<std::string> hashed;
  const auto fileSize = static_cast<int64_t>(parser->info().size);
  if (!parser->info().stream && ((options.skipImported && store.mayHaveImported(fileSize)) ||
                                 store.mayBeUnchanged(fileSize, entry.kind, entry.options))) {
    if (auto r = parser->skipRows(); !r) return r.error();
    if (auto r = parser->checkUnchanged(); !r) return notImported(path, r.error());
    hashed = parser->contentHash();
  }

  auto begun = store.beginImport(options.waiting);
  if (!begun) return notImported(path, begun.error());
  std::unique_ptr<ImportWriter> writer = std::move(begun.value());
  if (options.dryRun) writer->keepChanges(options.maxChanges);

  if (hashed) {
    // Checked inside the write lock, so no other import can come between.
    if (auto earlier = options.skipImported ? store.importOfContent(*hashed, fileSize) : std::nullopt) {
      ImportReport report = startReport(path, parser->info());
      report.status = ImportReport::Status::AlreadyImported;
      report.contentHash = *hashed;
      report.earlier = std::move(earlier);
      log().info("{} was imported before (import {}): not imported again", path, report.earlier->id);
      return report;  // the writer rolls back: nothing was written
    }
    if (auto same = store.unchangedSinceImport(*hashed, fileSize, entry.kind, entry.options)) {
      ImportReport report = startReport(path, parser->info());
      report.contentHash = entry.contentHash = *hashed;
      entry.fileSize = fileSize;
      report.unchanged = same->inserted + same->updated + same->unchanged;
      entry.unchanged = report.unchanged;
      if (options.dryRun) return report;  // the writer rolls back: not even the log entry
      entry.importedAt = nowUtcSeconds();
      if (auto r = writer->commit(&entry); !r) return notImported(path, r.error());
      log().info("{} is unchanged since import {}: {} rows unchanged", path, same->id, report.unchanged);
      return report;
    }
    opened = ingest::FileParser::open(path, parseOptions);
    if (!opened) return notImported(path, opened.error());
    parser = std::move(opened.value());
    entry.kind = parser->info().kind;
  }
  const ingest::FileInfo& info = parser->info();
  ImportReport report = startReport(path, info);
  const uint64_t total = info.size;  // the parsing thread updates a stream's size at its end
  // The encoding the file's start reads as (the parsing thread settles it at the end): the reject
  // file's, so it opens as the input did. Should the whole file say otherwise, it is read again.
  const ingest::Encoding openedAs = info.encoding;

  ingest::RejectFile rejects;
  bool rejectsOpen = false;
  const std::string rejectPath = options.rejectFile.value_or(defaultRejectPath(path));
  BatchQueue queue(kBatchesInFlight);
  std::thread parsing(produce, std::ref(*parser), std::ref(queue));
  std::optional<Error> failure;

  while (auto item = queue.pop()) {
    ingest::RowBatch& batch = *item->batch;
    for (const ingest::RejectedRow& bad : batch.rejected) {
      if (!rejectsOpen && !options.dryRun) {
        if (auto r = rejects.open(rejectPath, info.header, info.delimiter, openedAs, info.sheet); !r) {
          failure = r.error();
          break;
        }
        rejectsOpen = true;
      }
      if (rejectsOpen) rejects.write(bad);
      if (report.errors.size() < options.maxErrors) report.errors.push_back(bad.error);
    }
    report.rejected += static_cast<int64_t>(batch.rejected.size());
    if (failure) break;
    if (options.cancel && options.cancel->load()) {
      report.status = ImportReport::Status::Cancelled;
      break;
    }
    if (report.rejected > 0 && options.strict) report.status = ImportReport::Status::Refused;
    // Once refused, keep reading only to report every bad row; nothing more is written.
    if (report.status == ImportReport::Status::Imported) {
      auto counts = writer->write(info.kind, batch);
      if (!counts) {
        failure = counts.error();
        break;
      }
      report.inserted += counts->inserted;
      report.updated += counts->updated;
      report.unchanged += counts->unchanged;
    }
    if (options.progress) options.progress(item->bytesConsumed, total);
    queue.giveBack(std::move(item->batch));
  }
  queue.close();
  parsing.join();

  if (!failure) {
    if (auto parseError = queue.error()) failure = Error{*parseError};
  }
  // A reject file started before the evidence turned to the other encoding holds its rows in the
  // wrong one: a file is read again in the encoding now known (a stream cannot be, and keeps it).
  const bool rejectsMisencoded = rejectsOpen && !info.stream && info.encoding != openedAs;
  if (!failure && (parser->rereadAs() || rejectsMisencoded)) {
    if (info.stream)
      failure = makeError(
          "UTF-8 and other text are mixed in it so that its encoding was clear only at its end, and "
          "a stream cannot be read again: save it as a file and import that");
    else
      reread = info.encoding;
  }
  // What was read must be one version of the file: one that changed meanwhile may be half of each.
  if (!failure && !reread && report.status == ImportReport::Status::Imported)
    if (auto r = parser->checkUnchanged(); !r) failure = r.error();
  // The rows a store kept back for one set-based write are written now, inside the transaction.
  if (!failure && !reread && report.status == ImportReport::Status::Imported) {
    if (auto counts = writer->finish(); !counts) {
      failure = counts.error();
    } else {
      report.inserted += counts->inserted;
      report.updated += counts->updated;
      report.unchanged += counts->unchanged;
    }
  }
  // The reject file is written whole before the store commits, and named only after: a failed,
  // cancelled, re-read or killed import leaves none (the destructor drops it).
  if (rejectsOpen && !failure && !reread && report.status != ImportReport::Status::Cancelled) {
    if (auto r = rejects.finish(); !r) failure = r.error();
  }
  report.encoding = info.encoding;  // final now that the whole file was read
  report.bytes = info.size;
  if (failure || reread || report.status != ImportReport::Status::Imported || options.dryRun) {
    report.changes = writer->changes();
    writer->rollback();
    if (failure) return notImported(path, *failure);
    // Refused by --strict: nothing imported, but the reject file lists every bad row to fix.
    if (rejectsOpen && !reread && report.status == ImportReport::Status::Refused) {
      auto name = rejects.commit();
      if (!name) return notImported(path, name.error());
      report.rejectFile = *name;
    }
    return report;
  }

  entry.fileSize = static_cast<int64_t>(info.size);
  entry.contentHash = report.contentHash = parser->contentHash();
  entry.importedAt = nowUtcSeconds();
  entry.inserted = report.inserted;
  entry.updated = report.updated;
  entry.unchanged = report.unchanged;
  entry.rejected = report.rejected;
  if (auto r = writer->commit(&entry); !r) return notImported(path, r.error());
  if (rejectsOpen) {
    // The rows are in the store now: a reject file that cannot take a name is a warning, not a
    // failure (the file's rows are not "not imported").
    if (auto name = rejects.commit())
      report.rejectFile = *name;
    else
      report.warnings.push_back("the rejected rows could not be kept: " + name.error().message);
  }
  log().info("imported {} ({}): {} inserted, {} updated, {} unchanged, {} rejected", path, toString(info.kind),
             report.inserted, report.updated, report.unchanged, report.rejected);
  return report;
}

}  // namespace

std::string defaultRejectPath(const std::string& inputPath) {
  if (inputPath == ingest::CsvReader::kStdin) return "stdin.rejected.csv";
  const fs::path p(inputPath);
  return (p.parent_path() / (p.stem().string() + ".rejected.csv")).string();
}

Result<ImportReport> importFile(ImportTarget& store, const std::string& path, const ImportOptions& options) {
  // A reject file the user named must not be the input (read while it is written) or the store.
  // The default name needs no check: a reject file never replaces an existing file.
  if (options.rejectFile) {
    std::vector<ingest::ProtectedFile> taken = store.protectedFiles();
    taken.push_back({path, "the input"});
    if (auto r = ingest::refuseProtected(*options.rejectFile, taken); !r) return r.error();
  }
  std::optional<ingest::Encoding> reread;
  auto report = importOnce(store, path, options, std::nullopt, reread);
  if (!report || !reread) return report;
  log().info("{}: read again as {}, as its whole content says", path, ingest::toString(*reread));
  return importOnce(store, path, options, reread, reread);
}

}  // namespace salesops::store
