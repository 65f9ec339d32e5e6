// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace salesops::ui {

/// Settings > Language (System, English, Nederlands) and Settings > Palette (System, Light, Dark).
/// Picking one remembers and applies it and emits changed(), on which the window host makes the
/// window again in the new language or palette. Settings > Watch folder… and Stop watching set
/// settings::watchFolder and emit watchFolderChanged(), on which the host's folder watcher follows.
class SettingsMenu : public QMenu {
  Q_OBJECT
 public:
  explicit SettingsMenu(QWidget* parent = nullptr);

  QActionGroup* languages() const { return languages_; }
  QActionGroup* palettes() const { return palettes_; }
  QAction* watchFolderAction() const { return watch_; }
  QAction* stopWatchingAction() const { return stopWatching_; }
  /// Sets the watched folder (empty: none), as the two actions do after asking.
  void setWatchFolder(const QString& dir);

 signals:
  void changed();
  void watchFolderChanged();

 private:
  QActionGroup* languages_;
  QActionGroup* palettes_;
  QAction* watch_;
  QAction* stopWatching_;
};

}  // namespace salesops::ui
