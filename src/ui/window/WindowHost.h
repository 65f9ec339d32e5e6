// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace salesops::ui {

class FolderWatcher;
class MainWindow;
class StoreSession;

/// Owns the main window and makes it again when the user picks another language or palette
/// (Settings menu). Every page then builds its texts, numbers, dates and charts anew in the new
/// language: no widget has to know how to retranslate itself. The new window takes over the old
/// one's geometry, page and area, and any open import dialog (an import keeps running).
class WindowHost : public QObject {
  Q_OBJECT
 public:
  explicit WindowHost(StoreSession& session, QObject* parent = nullptr);
  ~WindowHost() override;

  MainWindow* window() const { return window_; }
  /// The watched exports folder (Settings > Watch folder); it outlives the windows.
  FolderWatcher* folderWatcher() const { return watcher_; }
  /// Makes a new window in the current language and palette in place of the shown one.
  void remake();

 signals:
  void windowRemade(MainWindow* window);

 private:
  StoreSession& session_;
  QPointer<MainWindow> window_;
  FolderWatcher* watcher_;
  /// Follows settings::watchFolder (a read-only store watches nothing).
  void applyWatchFolder();
  /// Says in the status bar and the log what the watched folder did.
  void tell(const QString& text);
};

}  // namespace salesops::ui
