// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace salesops::ui {

/// Settings > Language (System, English, Nederlands) and Settings > Palette (System, Light, Dark).
/// Picking one remembers and applies it and emits changed(), on which the window host makes the
/// window again in the new language or palette.
class SettingsMenu : public QMenu {
  Q_OBJECT
 public:
  explicit SettingsMenu(QWidget* parent = nullptr);

  QActionGroup* languages() const { return languages_; }
  QActionGroup* palettes() const { return palettes_; }

 signals:
  void changed();

 private:
  QActionGroup* languages_;
  QActionGroup* palettes_;
};

}  // namespace salesops::ui
