// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowHost.h"

#include <QListWidget>

#include "pages/AreaPage.h"
#include "dialogs/ImportDialog.h"
#include "window/MainWindow.h"

namespace salesops::ui {

WindowHost::WindowHost(StoreSession& session, QObject* parent) : QObject(parent), session_(session) { remake(); }

WindowHost::~WindowHost() { delete window_; }

void WindowHost::remake() {
  MainWindow* old = window_;
  auto* window = new MainWindow(session_);
  window->setAttribute(Qt::WA_DeleteOnClose, false);
  // Queued: the signal comes from a menu of the old window, which must outlive its own slot.
  connect(window, &MainWindow::appearanceChanged, this, &WindowHost::remake, Qt::QueuedConnection);
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
