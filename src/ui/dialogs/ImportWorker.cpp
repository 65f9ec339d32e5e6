// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ImportWorker.h"

#include "window/guarded.h"

namespace salesops::ui {

ImportWorker::ImportWorker(QString storePath, std::vector<ImportJob> jobs, bool strict)
    : storePath_(std::move(storePath)), jobs_(std::move(jobs)), strict_(strict) {}

void ImportWorker::run() {
  QList<ImportOutcome> outcomes;
  auto session = guarded([&] { return kpi::ImportSession::open(storePath_.toStdString()); });
  if (!session) {
    for (const ImportJob& job : jobs_)
      outcomes.append({job.path, std::nullopt, QString::fromStdString(session.error().message)});
    emit finished(outcomes);
    return;
  }
  const int files = static_cast<int>(jobs_.size());
  // A cancelled run still goes through every file: each then stops at its first batch and reports
  // itself cancelled, so the dialog can say what became of every file.
  for (int i = 0; i < files; ++i) {
    const ImportJob& job = jobs_[static_cast<size_t>(i)];
    kpi::ImportRequest options;
    options.path = job.path.toStdString();
    options.kind = job.kind;
    options.strict = strict_;
    options.columnOverrides = job.columnOverrides;
    options.source = job.source;
    options.skipImported = job.skipImported;
    options.cancel = &cancel_;
    options.progress = [this, i, files](uint64_t done, uint64_t total) {
      emit progress(i, files, static_cast<qint64>(done), static_cast<qint64>(total));
    };
    auto report = guarded([&] { return (*session)->importFile(options); });
    if (report)
      outcomes.append({job.path, *report, {}});
    else
      outcomes.append({job.path, std::nullopt, QString::fromStdString(report.error().message)});
  }
  emit finished(outcomes);
}

}  // namespace salesops::ui
