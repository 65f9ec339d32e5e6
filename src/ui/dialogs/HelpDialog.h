// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTabWidget;
class QTableWidget;

namespace salesops::ui {

/// Help > KPI glossary and Help > Keyboard shortcuts: every KPI of the catalogue with its name,
/// definition and formula in the window's language, and every shortcut of the window, read from its
/// actions (so the list cannot fall behind the menus).
class HelpDialog : public QDialog {
  Q_OBJECT
 public:
  enum class Tab { Glossary, Shortcuts };
  /// `window`: whose actions' shortcuts are listed.
  HelpDialog(QWidget* window, Tab tab, QWidget* parent = nullptr);

  QTableWidget* glossary() const { return glossary_; }
  QTableWidget* shortcuts() const { return shortcuts_; }

 private:
  QTabWidget* tabs_;
  QTableWidget* glossary_;
  QTableWidget* shortcuts_;
};

}  // namespace salesops::ui
