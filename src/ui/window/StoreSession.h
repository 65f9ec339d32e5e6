// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent>

#include <functional>
#include <memory>

#include "window/guarded.h"

#include "salesops/core/Result.h"
#include "salesops/kpi/ReadSession.h"

namespace salesops::ui {

/// The window's link to its store. All reading happens on worker threads, each with its own
/// read-only connection (SQLite connections belong to one thread), so the window never waits on
/// the database; results come back on the UI thread.
class StoreSession : public QObject {
  Q_OBJECT
 public:
  explicit StoreSession(QString path, QObject* parent = nullptr);

  const QString& path() const { return path_; }

  /// The store cannot be written (a read-only file, folder or mount, a full disk): the window shows it
  /// and offers no import. `reason` says why, for the user.
  void setReadOnly(QString reason) { readOnlyReason_ = std::move(reason); }
  bool readOnly() const { return !readOnlyReason_.isEmpty(); }
  const QString& readOnlyReason() const { return readOnlyReason_; }
  /// How the window names the store (a server's connection without its password) and, on a team
  /// server, who is signed in and which teams they see (`anna (lead: Team Zuid)`).
  void setIdentity(QString name, QString signedInAs) {
    name_ = std::move(name);
    signedInAs_ = std::move(signedInAs);
  }
  const QString& name() const { return name_.isEmpty() ? path_ : name_; }
  const QString& signedInAs() const { return signedInAs_; }
  /// A team server: someone is signed in (a SQLite file has no sign-in).
  bool onServer() const { return !signedInAs_.isEmpty(); }

  /// Runs `work` on a worker thread with that thread's read-only session; calls `done` on the UI
  /// thread unless `context` is gone by then.
  template <class R>
  void read(QObject* context, std::function<Result<R>(kpi::ReadSession&)> work, std::function<void(Result<R>)> done) {
    auto* watcher = new QFutureWatcher<Result<R>>(this);
    QPointer<QObject> guard(context);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard, done = std::move(done)] {
      if (guard) done(watcher->result());
      watcher->deleteLater();
    });
    const std::string path = path_.toStdString();
    watcher->setFuture(QtConcurrent::run([path, work = std::move(work)]() -> Result<R> {
      return guarded([&]() -> Result<R> {
        auto session = connection(path);
        if (!session) return session.error();
        return work(**session);
      });
    }));
  }

  /// Tells every page that the data changed (after an import).
  void notifyChanged() { emit dataChanged(); }

 signals:
  void dataChanged();

 private:
  /// This thread's read session (its connection) on `path`, opened on first use.
  static Result<kpi::ReadSession*> connection(const std::string& path);
  QString path_;
  QString readOnlyReason_;
  QString name_;
  QString signedInAs_;
};

}  // namespace salesops::ui
