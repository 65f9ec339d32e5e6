// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "salesops/kpi/ImportSession.h"

namespace salesops::ui {

/// One file to import and how the user wants it read.
struct ImportJob {
  QString path;
  std::optional<FileKind> kind;
  std::map<std::string, std::string> columnOverrides;
  /// For the import log (ImportRequest::source): the import dialog's files come from the window.
  std::string source = "window";
  /// A content imported before is not imported again (a watched folder: ImportRequest::skipImported).
  bool skipImported = false;
};

/// The outcome of one file: its report, or the file-level error.
struct ImportOutcome {
  QString path;
  std::optional<kpi::ImportSummary> report;
  QString error;
};

/// Imports files one after the other on its own thread (moved there by the caller), with its own
/// read-write connection. cancel() stops the file being imported, which is then rolled back.
class ImportWorker : public QObject {
  Q_OBJECT
 public:
  ImportWorker(QString storePath, std::vector<ImportJob> jobs, bool strict);

  void cancel() { cancel_ = true; }

 public slots:
  void run();

 signals:
  /// `file` of `files`; bytes done of the current file's size.
  void progress(int file, int files, qint64 done, qint64 total);
  void finished(QList<salesops::ui::ImportOutcome> outcomes);

 private:
  QString storePath_;
  std::vector<ImportJob> jobs_;
  bool strict_;
  std::atomic<bool> cancel_{false};
};

}  // namespace salesops::ui

Q_DECLARE_METATYPE(salesops::ui::ImportOutcome)
