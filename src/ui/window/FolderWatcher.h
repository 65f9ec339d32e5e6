// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

#include "dialogs/ImportWorker.h"

#include "salesops/ingest/WatchedFolder.h"

class QThread;

namespace salesops::ui {

/// Settings > Watch folder: imports each new or changed export in a folder once it is complete, by
/// the rule of `salesops-cli watch` (ingest::WatchedFolder: unchanged for the settle time), through
/// the import worker on its own thread, each file once by its content (the import log's hash), with
/// "watch DIR" as its source in the import log. The folder watcher says when to look at once; a
/// timer looks every second too, since a file growing in place does not change the folder.
class FolderWatcher : public QObject {
  Q_OBJECT
 public:
  explicit FolderWatcher(QString storePath, QObject* parent = nullptr);
  ~FolderWatcher() override;

  /// Watches `dir` (an empty one stops watching), a file ready once unchanged for `settleMs`.
  void setFolder(const QString& dir, int settleMs);
  QString folder() const;
  bool importing() const { return thread_ != nullptr; }

 signals:
  /// An import run ended: the outcome of each file (AlreadyImported for a content seen before).
  void imported(QList<salesops::ui::ImportOutcome> outcomes);
  /// Something to tell the user (a file left alone and why, a folder that cannot be read).
  void message(QString text);

 private:
  void look();
  void startImport(std::vector<ImportJob> jobs);

  QString storePath_;
  QFileSystemWatcher watcher_;
  QTimer timer_;
  std::unique_ptr<ingest::WatchedFolder> folder_;
  QString folderError_;  ///< said once until the folder can be read again
  QThread* thread_ = nullptr;
  ImportWorker* worker_ = nullptr;
  std::vector<ImportJob> waiting_;  ///< ready while an import ran: imported next
};

}  // namespace salesops::ui
