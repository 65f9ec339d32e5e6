// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include "AreaPage.h"
#include "DailyStartPage.h"
#include "DataQualityPage.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "ImportsPage.h"
#include "SettingsMenu.h"
#include "StoreSession.h"

namespace salesops::ui {

MainWindow::MainWindow(StoreSession& session, QWidget* parent)
    : QMainWindow(parent), session_(session), nav_(new QListWidget(this)), pages_(new QStackedWidget(this)) {
  setWindowTitle(tr("SalesOps Dashboard"));
  setAcceptDrops(true);
  nav_->setObjectName("pageList");
  nav_->setFixedWidth(170);
  nav_->setFrameShape(QFrame::NoFrame);
  auto* central = new QWidget(this);
  auto* outer = new QVBoxLayout(central);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->setSpacing(0);
  auto* layout = new QHBoxLayout;
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(nav_);
  layout->addWidget(pages_, 1);
  outer->addLayout(layout, 1);
  setCentralWidget(central);
  connect(nav_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

  auto* storeLabel = new QLabel(tr("Store: %1").arg(session_.path()), this);
  storeLabel->setObjectName("storePath");
  statusBar()->addPermanentWidget(storeLabel);
  createMenus();

  filters_ = new FilterBar(session_, this);
  setFilterBar(filters_);
  daily_ = new DailyStartPage(session_, *filters_, this);
  area_ = new AreaPage(session_, *filters_, this);
  quality_ = new DataQualityPage(session_, this);
  imports_ = new ImportsPage(session_, this);
  addPage(tr("Daily start"), daily_);
  addPage(tr("Area"), area_);
  addPage(tr("Data quality"), quality_);
  addPage(tr("Imports"), imports_);
  connect(daily_, &DailyStartPage::areaActivated, this, [this](const QString& code) {
    area_->showArea(code);
    showPage(area_);
  });
  connect(area_, &AreaPage::back, this, [this] { showPage(daily_); });

  QSettings settings;
  if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
    // First run: the whole screen (a dashboard wants the room); the size also holds where no
    // window manager honours "maximised".
    if (QScreen* screen = QGuiApplication::primaryScreen()) setGeometry(screen->availableGeometry());
    setWindowState(Qt::WindowMaximized);
  }
  restoreState(settings.value("window/state").toByteArray());
}

void MainWindow::createMenus() {
  auto* importAction = new QAction(tr("&Import exports…"), this);
  importAction->setShortcut(QKeySequence::Open);
  connect(importAction, &QAction::triggered, this, [this] { openImportDialog(); });
  auto* refresh = new QAction(tr("&Refresh"), this);
  refresh->setShortcut(QKeySequence::Refresh);
  connect(refresh, &QAction::triggered, &session_, &StoreSession::notifyChanged);
  auto* quit = new QAction(tr("&Quit"), this);
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, this, &QWidget::close);

  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(importAction);
  file->addSeparator();
  file->addAction(quit);
  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->setObjectName("viewMenu");
  view->addAction(refresh);
  view->addSeparator();
  auto* settingsMenu = new SettingsMenu(this);
  connect(settingsMenu, &SettingsMenu::changed, this, &MainWindow::appearanceChanged);
  menuBar()->addMenu(settingsMenu);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About SalesOps Dashboard"), this, [this] {
    QMessageBox::about(this, tr("About SalesOps Dashboard"),
                       tr("<h3>SalesOps Dashboard %1</h3><p>Sales operations dashboard for door-to-door fibre "
                          "sales.</p><p>Licence: GPL-3.0-or-later. Built with Qt %2.</p><p>Store: %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                session_.path().toHtmlEscaped()));
  });

  auto* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName("mainToolbar");
  toolbar->setMovable(false);
  toolbar->addAction(importAction);
  toolbar->addAction(refresh);
}

void MainWindow::setFilterBar(QWidget* bar) {
  filterBar_ = bar;
  static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(0, bar);
  auto* focus = new QAction(tr("&Filters"), this);
  focus->setShortcut(QKeySequence::Find);
  connect(focus, &QAction::triggered, this, [bar] {
    if (QWidget* first = bar->findChild<QWidget*>("periodPreset")) first->setFocus(Qt::ShortcutFocusReason);
  });
  addAction(focus);
}

void MainWindow::addPage(const QString& title, QWidget* page) {
  pages_->addWidget(page);
  nav_->addItem(title);
  const int n = nav_->count();
  if (n <= 9) {
    auto* go = new QAction(title, this);
    go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(go);
    if (QMenu* view = menuBar()->findChild<QMenu*>("viewMenu")) view->addAction(go);
  }
  if (n == 1) nav_->setCurrentRow(0);
}

void MainWindow::showPage(QWidget* page) {
  const int index = pages_->indexOf(page);
  if (index >= 0) nav_->setCurrentRow(index);
}

QWidget* MainWindow::currentPage() const { return pages_->currentWidget(); }

ImportDialog* MainWindow::openImportDialog(const QStringList& files) {
  auto* dialog = new ImportDialog(session_.path(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ImportDialog::imported, &session_, &StoreSession::notifyChanged);
  dialog->addFiles(files);
  dialog->show();
  return dialog;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  QStringList paths;
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile()) paths << url.toLocalFile();
  if (!paths.isEmpty()) openImportDialog(paths);
}

}  // namespace salesops::ui
