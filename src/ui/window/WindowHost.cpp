// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowHost.h"

#include <QFileInfo>
#include <QListWidget>
#include <QStatusBar>

#include "dialogs/ImportDialog.h"
#include "models/ImportLogModel.h"
#include "pages/AreaPage.h"
#include "window/FolderWatcher.h"
#include "window/MainWindow.h"
#include "window/Settings.h"
#include "window/SettingsMenu.h"
#include "window/StoreSession.h"

namespace salesops::ui {

WindowHost::WindowHost(StoreSession& session, QObject* parent)
    : QObject(parent), session_(session), watcher_(new FolderWatcher(session.path(), this)) {
  connect(watcher_, &FolderWatcher::message, this, &WindowHost::tell);
  connect(watcher_, &FolderWatcher::imported, this, [this](const QList<ImportOutcome>& outcomes) {
    for (const ImportOutcome& o : outcomes) {
      const QString name = QFileInfo(o.path).fileName();
      if (!o.report) {
        tell(tr("Watch folder: %1 not imported: %2").arg(name, o.error));
      } else if (o.report->status == kpi::ImportSummary::Status::AlreadyImported) {
        tell(tr("Watch folder: %1 was imported before").arg(name));
      } else {
        const kpi::ImportSummary& r = *o.report;
        tell(tr("Watch folder: imported %1 (%2): %3 inserted, %4 updated, %5 unchanged, %6 rejected")
                 .arg(name, ImportLogModel::kindName(r.kind))
                 .arg(r.inserted)
                 .arg(r.updated)
                 .arg(r.unchanged)
                 .arg(r.rejected));
      }
    }
    // The Imports page lists every import, so it is brought up to date even when no row changed.
    session_.notifyChanged();
  });
  remake();
  applyWatchFolder();
}

void WindowHost::applyWatchFolder() {
  const QString dir = session_.readOnly() ? QString() : settings::watchFolder.get();
  if (dir == watcher_->folder() && !dir.isEmpty()) return;
  watcher_->setFolder(dir, settings::watchSettleSeconds.get() * 1000);
}

void WindowHost::tell(const QString& text) {
  qInfo("%s", qUtf8Printable(text));
  if (window_) window_->statusBar()->showMessage(text, 10000);
}

WindowHost::~WindowHost() { delete window_; }

void WindowHost::remake() {
  MainWindow* old = window_;
  auto* window = new MainWindow(session_);
  window->setAttribute(Qt::WA_DeleteOnClose, false);
  // Queued: the signal comes from a menu of the old window, which must outlive its own slot.
  connect(window, &MainWindow::appearanceChanged, this, &WindowHost::remake, Qt::QueuedConnection);
  if (auto* menu = window->findChild<SettingsMenu*>())
    connect(menu, &SettingsMenu::watchFolderChanged, this, &WindowHost::applyWatchFolder);
  window_ = window;
  if (old) {
    window->restoreGeometry(old->saveGeometry());
    window->restoreState(old->saveState());
    const auto* oldPages = old->findChild<QListWidget*>("pageList");
    if (auto* pages = window->findChild<QListWidget*>("pageList"); pages && oldPages)
      pages->setCurrentRow(oldPages->currentRow());
    if (!old->areaPage()->area().isEmpty()) window->areaPage()->showArea(old->areaPage()->area());
    for (ImportDialog* dialog : old->findChildren<ImportDialog*>(Qt::FindDirectChildrenOnly)) {
      const bool shown = dialog->isVisible();
      dialog->setParent(window, dialog->windowFlags());
      if (shown) dialog->show();
    }
    if (old->isVisible()) window->show();
    old->hide();
    old->deleteLater();
  }
  emit windowRemade(window);
}

}  // namespace salesops::ui
