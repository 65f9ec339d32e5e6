// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/FolderWatcher.h"

#include <QDir>
#include <QThread>

#include <chrono>

namespace salesops::ui {
namespace {

int64_t steadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

FolderWatcher::FolderWatcher(QString storePath, QObject* parent) : QObject(parent), storePath_(std::move(storePath)) {
  timer_.setInterval(1000);
  connect(&timer_, &QTimer::timeout, this, &FolderWatcher::look);
  connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::look);
}

FolderWatcher::~FolderWatcher() {
  if (thread_) {
    worker_->cancel();  // the file being imported is rolled back
    thread_->quit();
    thread_->wait();
    delete worker_;
  }
}

QString FolderWatcher::folder() const { return folder_ ? QString::fromStdString(folder_->dir()) : QString(); }

void FolderWatcher::setFolder(const QString& dir, int settleMs) {
  if (!watcher_.directories().isEmpty()) watcher_.removePaths(watcher_.directories());
  timer_.stop();
  folder_.reset();
  waiting_.clear();
  folderError_.clear();
  if (dir.isEmpty()) return;
  const QString absolute = QDir(dir).absolutePath();
  folder_ = std::make_unique<ingest::WatchedFolder>(absolute.toStdString(), settleMs);
  watcher_.addPath(absolute);
  timer_.start();
  look();
}

void FolderWatcher::look() {
  if (!folder_) return;
  auto events = folder_->scan(steadyMs());
  if (!events) {
    const QString why = QString::fromStdString(events.error().message);
    if (why != folderError_) emit message(tr("Watch folder: %1").arg(why));
    folderError_ = why;
    return;
  }
  folderError_.clear();
  const std::string source = "watch " + folder_->dir();
  for (const ingest::WatchEvent& e : *events) {
    if (e.type == ingest::WatchEvent::Type::Ignored) {
      emit message(tr("Watch folder: %1: %2").arg(QString::fromStdString(e.path), QString::fromStdString(e.reason)));
      continue;
    }
    waiting_.push_back({QString::fromStdString(e.path), std::nullopt, {}, source, true});
  }
  if (!waiting_.empty() && !thread_) startImport(std::exchange(waiting_, {}));
}

void FolderWatcher::startImport(std::vector<ImportJob> jobs) {
  thread_ = new QThread(this);
  worker_ = new ImportWorker(storePath_, std::move(jobs), false);
  worker_->moveToThread(thread_);
  connect(thread_, &QThread::started, worker_, &ImportWorker::run);
  connect(worker_, &ImportWorker::finished, this, [this](const QList<ImportOutcome>& outcomes) {
    thread_->quit();
    thread_->wait();
    // The worker lives in the thread that just ended, whose event loop would never run a deleteLater.
    delete worker_;
    worker_ = nullptr;
    thread_->deleteLater();
    thread_ = nullptr;
    emit imported(outcomes);
    if (!waiting_.empty()) startImport(std::exchange(waiting_, {}));
  });
  thread_->start();
}

}  // namespace salesops::ui
