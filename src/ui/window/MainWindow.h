// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

#include "window/DrillStack.h"

class QListWidget;
class QStackedWidget;

namespace salesops::ui {

class AreaPage;
class DailyStartPage;
class DataQualityPage;
class FilterBar;
class ImportDialog;
class ImportsPage;
class SlicePage;
class StoreSession;

/// The main window only wires: the filter bar, a page list on the left, the pages, the menus and
/// the status bar. Each page is its own class and loads its own data through the StoreSession.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(StoreSession& session, QWidget* parent = nullptr);

  FilterBar* filterBar() const { return filters_; }
  DailyStartPage* dailyStart() const { return daily_; }
  AreaPage* areaPage() const { return area_; }
  DataQualityPage* dataQuality() const { return quality_; }
  ImportsPage* imports() const { return imports_; }
  SlicePage* teamPage() const { return team_; }
  SlicePage* repPage() const { return rep_; }
  DrillStack* drillStack() const { return drill_; }

  /// Starts a drill-down from page `from` (its title becomes the first crumb) into an area, team or rep.
  void openDrill(QWidget* from, DrillStack::Level level, const QString& key);

  /// Puts the shared filter bar above the pages.
  void setFilterBar(QWidget* bar);
  /// Adds a page reachable from the list and with Ctrl+<n>.
  void addPage(const QString& title, QWidget* page);
  void showPage(QWidget* page);
  QWidget* currentPage() const;
  /// The page of a `--page` name (window/LaunchOptions.h: daily, trends, cancellations, area, team,
  /// rep, quality, imports); nullptr for any other name.
  QWidget* pageNamed(const QString& name) const;

  /// Opens the import dialog (with these files listed).
  ImportDialog* openImportDialog(const QStringList& files = {});

 signals:
  /// The user picked another language or palette (Settings menu): the window host remakes the window.
  void appearanceChanged();
  /// The user asked for the demo data (the start screen of an empty store).
  void demoRequested();
  /// File > Open team server signed in to `connection`: open a window on it. `password` is what was
  /// typed (empty when libpq finds it itself); it goes to that window's environment only.
  void serverRequested(const QString& connection, const QString& password);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createMenus();
  /// A read-only store: says so in the status bar and turns importing off, with the reason.
  void showReadOnly(QAction* importAction);
  void showDrillTop();
  /// What a drill page shows when reached from the page list with nothing picked yet.
  QString defaultDrillKey(DrillStack::Level level) const;
  /// On an Area, Team or Rep page with nothing picked: opens defaultDrillKey() when it is known.
  void openDefaultDrill();
  /// The Team and Area pages follow the filter bar's team and area when it names one.
  void followFilter();

  StoreSession& session_;
  QListWidget* nav_;
  QStackedWidget* pages_;
  FilterBar* filters_ = nullptr;
  DailyStartPage* daily_ = nullptr;
  AreaPage* area_ = nullptr;
  DataQualityPage* quality_ = nullptr;
  ImportsPage* imports_ = nullptr;
  DrillStack* drill_ = nullptr;
  SlicePage* team_ = nullptr;
  SlicePage* rep_ = nullptr;
  QWidget* drillRoot_ = nullptr;     ///< the page the drill-down started from
  bool dailyAskedForDrill_ = false;  ///< openDefaultDrill had the hidden daily start read once
};

}  // namespace salesops::ui
