// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/kpi/ImportSession.h"

#include "salesops/store/Importer.h"
#include "salesops/store/Store.h"

namespace salesops::kpi {
namespace {

ImportSummary::Status statusOf(store::ImportReport::Status s) {
  switch (s) {
    case store::ImportReport::Status::Imported:
      return ImportSummary::Status::Imported;
    case store::ImportReport::Status::Refused:
      return ImportSummary::Status::Refused;
    case store::ImportReport::Status::Cancelled:
      return ImportSummary::Status::Cancelled;
    case store::ImportReport::Status::AlreadyImported:
      return ImportSummary::Status::AlreadyImported;
  }
  return ImportSummary::Status::Imported;
}

}  // namespace

Result<std::unique_ptr<ImportSession>> ImportSession::open(const std::string& path) {
  auto store = store::Store::open(path, store::OpenMode::ReadWrite);
  if (!store) return store.error();
  return std::unique_ptr<ImportSession>(new ImportSession(std::move(*store)));
}

ImportSession::ImportSession(std::unique_ptr<store::Store> store) : store_(std::move(store)) {}
ImportSession::~ImportSession() = default;

Result<ImportSummary> ImportSession::importFile(const ImportRequest& request) {
  store::ImportOptions options;
  options.kind = request.kind;
  options.strict = request.strict;
  options.columnOverrides = request.columnOverrides;
  options.source = request.source;
  options.skipImported = request.skipImported;
  options.cancel = request.cancel;
  options.progress = request.progress;
  auto report = store::importFile(*store_, request.path, options);
  if (!report) return report.error();
  ImportSummary s;
  s.status = statusOf(report->status);
  s.kind = report->kind;
  s.inserted = report->inserted;
  s.updated = report->updated;
  s.unchanged = report->unchanged;
  s.rejected = report->rejected;
  s.errors = std::move(report->errors);
  s.rejectFile = std::move(report->rejectFile);
  return s;
}

}  // namespace salesops::kpi
