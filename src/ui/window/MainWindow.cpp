// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

#include "dialogs/HelpDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/OpenServerDialog.h"
#include "dialogs/WeeklyReportDialog.h"
#include "dialogs/import_files.h"
#include "pages/AreaPage.h"
#include "pages/CancellationsPage.h"
#include "pages/DailyStartPage.h"
#include "pages/DataQualityPage.h"
#include "pages/ImportsPage.h"
#include "pages/Page.h"
#include "pages/SlicePage.h"
#include "pages/TrendsPage.h"
#include "widgets/FilterBar.h"
#include "widgets/FilterChips.h"
#include "widgets/table_export_menu.h"
#include "window/Settings.h"
#include "window/SettingsMenu.h"
#include "window/StoreSession.h"

#include "salesops/charts/KpiText.h"
#include "salesops/core/QtDate.h"

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

  if (!session_.signedInAs().isEmpty()) {
    // On a team server: whose numbers these are. A lead's "organisation" is their teams.
    auto* who = new QLabel(tr("Signed in as %1").arg(session_.signedInAs()), this);
    who->setObjectName("signedInAs");
    who->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(who);
  }
  auto* storeLabel = new QLabel(tr("Store: %1").arg(session_.name()), this);
  storeLabel->setObjectName("storePath");
  storeLabel->setTextFormat(Qt::PlainText);  // a path is shown as written, "<b>&" too
  statusBar()->addPermanentWidget(storeLabel);
  createMenus();

  filters_ = new FilterBar(session_, this);
  setFilterBar(filters_);
  static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(1, new FilterChips(*filters_, this));
  daily_ = new DailyStartPage(session_, *filters_, this);
  drill_ = new DrillStack(this);
  area_ = new AreaPage(session_, *filters_, *drill_, this);
  team_ = new SlicePage(session_, *filters_, *drill_, DrillStack::Level::Team, this);
  rep_ = new SlicePage(session_, *filters_, *drill_, DrillStack::Level::Rep, this);
  quality_ = new DataQualityPage(session_, this);
  imports_ = new ImportsPage(session_, this);
  // The order of a manager's morning: the day, then trends and cancellations, the drill-down
  // levels, then the housekeeping pages. Ctrl+1..8 follow it.
  addPage(tr("Daily start"), daily_);
  addPage(tr("Trends"), new TrendsPage(session_, *filters_, this));
  addPage(tr("Cancellations"), new CancellationsPage(session_, *filters_, this));
  addPage(tr("Area"), area_);
  addPage(tr("Team"), team_);
  addPage(tr("Rep"), rep_);
  addPage(tr("Data quality"), quality_);
  addPage(tr("Imports"), imports_);
  connect(daily_, &DailyStartPage::areaActivated, this,
          [this](const QString& code) { openDrill(daily_, DrillStack::Level::Area, code); });
  connect(daily_, &DailyStartPage::teamActivated, this,
          [this](const QString& team) { openDrill(daily_, DrillStack::Level::Team, team); });
  connect(daily_, &DailyStartPage::repActivated, this,
          [this](const QString& rep) { openDrill(daily_, DrillStack::Level::Rep, rep); });
  // An alert opens its member with the alert's period in the filter (a chip shows it).
  connect(daily_, &DailyStartPage::alertActivated, this, [this](const kpi::Alert& a) {
    filters_->setPeriod(toQDate(a.period.from), toQDate(a.period.to));
    const QString member = QString::fromStdString(a.member);
    if (a.dimension == kpi::Dimension::Area) openDrill(daily_, DrillStack::Level::Area, member);
    if (a.dimension == kpi::Dimension::Team) openDrill(daily_, DrillStack::Level::Team, member);
    if (a.dimension == kpi::Dimension::Rep) openDrill(daily_, DrillStack::Level::Rep, member);
  });
  connect(daily_, &DailyStartPage::qualityRequested, this, [this] { showPage(quality_); });
  connect(daily_, &DailyStartPage::importRequested, this, [this] { openImportDialog(); });
  connect(daily_, &DailyStartPage::demoRequested, this, &MainWindow::demoRequested);
  connect(drill_, &DrillStack::changed, this, &MainWindow::showDrillTop);
  connect(filters_, &FilterBar::changed, this, &MainWindow::followFilter);
  // A drill page reached from the page list, Ctrl+<n> or `--page` with nothing picked opens on what
  // the daily start points at, rather than empty. At start-up that is known only once the daily
  // start or the page itself (its picker) has loaded, so each load asks again.
  connect(nav_, &QListWidget::currentRowChanged, this, &MainWindow::openDefaultDrill);
  for (Page* page : std::initializer_list<Page*>{daily_, area_, team_, rep_})
    connect(page, &Page::loaded, this, &MainWindow::openDefaultDrill);

  if (!restoreGeometry(settings::windowGeometry.get())) {
    // First run: the whole screen (a dashboard wants the room); the size also holds where no
    // window manager honours "maximised".
    if (QScreen* screen = QGuiApplication::primaryScreen()) setGeometry(screen->availableGeometry());
    setWindowState(Qt::WindowMaximized);
  }
  restoreState(settings::windowState.get());
}

void MainWindow::createMenus() {
  auto* importAction = new QAction(tr("&Import exports…"), this);
  importAction->setObjectName("importAction");
  importAction->setShortcut(QKeySequence::Open);
  // Straight to the file chooser: the import dialog opens with the files chosen (or not at all).
  connect(importAction, &QAction::triggered, this, [this] {
    if (const QStringList files = askImportFiles(this); !files.isEmpty()) openImportDialog(files);
  });
  if (session_.readOnly()) showReadOnly(importAction);
  auto* weeklyStart = new QAction(tr("Export &weekly start…"), this);
  connect(weeklyStart, &QAction::triggered, this, [this] { WeeklyReportDialog(session_, this).exec(); });
  auto* refresh = new QAction(tr("&Refresh"), this);
  refresh->setShortcut(QKeySequence::Refresh);
  connect(refresh, &QAction::triggered, &session_, &StoreSession::notifyChanged);
  // Export: the focused chart or table of the page, else a choice of its charts.
  auto* exportAction = new QAction(tr("&Export\u2026"), this);
  exportAction->setObjectName("exportAction");
  exportAction->setShortcut(QKeySequence("Ctrl+E"));
  connect(exportAction, &QAction::triggered, this, [this] {
    auto* page = qobject_cast<Page*>(currentPage());
    if (!page || !page->exportContent(QApplication::focusWidget()))
      statusBar()->showMessage(tr("Nothing to export on this page."), 5000);
  });
  auto* quit = new QAction(tr("&Quit"), this);
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, this, &QWidget::close);

  auto* openServer = new QAction(tr("Open &team server…"), this);
  openServer->setObjectName("openServerAction");
  connect(openServer, &QAction::triggered, this, [this] {
    OpenServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    const ServerLogin login = dialog.login();
    emit serverRequested(login.connection(), dialog.remembered() ? QString() : login.password);
    statusBar()->showMessage(tr("Opening %1 in a new window…").arg(login.host), 10000);
  });

  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(openServer);
  file->addSeparator();
  file->addAction(importAction);
  file->addAction(weeklyStart);
  file->addAction(exportAction);
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
  help->setObjectName("helpMenu");
  QAction* glossary =
      help->addAction(tr("&KPI glossary"), this, [this] { HelpDialog(this, HelpDialog::Tab::Glossary, this).exec(); });
  glossary->setObjectName("kpiGlossaryAction");
  glossary->setShortcut(QKeySequence::HelpContents);
  help->addAction(tr("Keyboard &shortcuts"), this,
                  [this] { HelpDialog(this, HelpDialog::Tab::Shortcuts, this).exec(); })
      ->setObjectName("shortcutsAction");
  help->addSeparator();
  help->addAction(tr("&About SalesOps Dashboard"), this, [this] {
    QMessageBox::about(
        this, tr("About SalesOps Dashboard"),
        tr("<h3>SalesOps Dashboard %1</h3><p>Sales operations dashboard for door-to-door fibre "
           "sales.</p><p>Licence: GPL-3.0-or-later. Built with Qt %2.</p><p>Store: %3</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), session_.path().toHtmlEscaped()));
  });

  auto* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName("mainToolbar");
  toolbar->setMovable(false);
  toolbar->addAction(importAction);
  toolbar->addAction(refresh);
  toolbar->addAction(exportAction);
}

void MainWindow::setFilterBar(QWidget* bar) {
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
  installTableExportMenus(page);
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

QWidget* MainWindow::pageNamed(const QString& name) const {
  if (name == QLatin1String("daily")) return daily_;
  if (name == QLatin1String("trends")) return findChild<TrendsPage*>();
  if (name == QLatin1String("cancellations")) return findChild<CancellationsPage*>();
  if (name == QLatin1String("area")) return area_;
  if (name == QLatin1String("team")) return team_;
  if (name == QLatin1String("rep")) return rep_;
  if (name == QLatin1String("quality")) return quality_;
  if (name == QLatin1String("imports")) return imports_;
  return nullptr;
}

void MainWindow::openDrill(QWidget* from, DrillStack::Level level, const QString& key) {
  drillRoot_ = from;
  const int index = pages_->indexOf(from);
  QSignalBlocker quiet(drill_);  // one page change, for the open below
  drill_->reset(index >= 0 ? nav_->item(index)->text() : tr("Back"));
  quiet.unblock();
  drill_->open(level, key);
}

void MainWindow::followFilter() {
  const kpi::KpiFilters f = filters_->query().filters;
  const auto follow = [this](DrillStack::Level level, const std::vector<std::string>& chosen, const QString& shown,
                             const std::function<void(const QString&)>& setLater) {
    if (chosen.size() != 1 || QString::fromStdString(chosen.front()) == shown) return;
    const QString key = QString::fromStdString(chosen.front());
    if (drill_->top().level == level &&
        pages_->currentWidget() ==
            (level == DrillStack::Level::Area ? static_cast<QWidget*>(area_) : static_cast<QWidget*>(team_)))
      drill_->replaceTop(level, key);
    else
      setLater(key);
  };
  follow(DrillStack::Level::Team, f.teams, team_->member(), [this](const QString& k) { team_->setMember(k); });
  follow(DrillStack::Level::Area, f.areas, area_->area(), [this](const QString& k) { area_->setArea(k); });
}

void MainWindow::openDefaultDrill() {
  QWidget* page = pages_->currentWidget();
  const bool empty = (page == area_ && area_->area().isEmpty()) || (page == team_ && team_->member().isEmpty()) ||
                     (page == rep_ && rep_->member().isEmpty());
  if (!empty) return;
  // Opened straight on this page (`--page area`): the daily start, hidden, has not read what it points
  // at. Read it once first; its `loaded` comes back here. Without it the page would open on the first
  // of its picker, for a team lead often an area where their teams did nothing.
  if (!daily_->data()) {
    // Until the filter bar is ready nothing loads; the page's own load then comes back here.
    if (!filters_->ready() || daily_->loading()) return;
    if (!dailyAskedForDrill_) {
      dailyAskedForDrill_ = true;
      daily_->reload();
      if (daily_->loading()) return;
    }
  }
  const DrillStack::Level level = page == area_   ? DrillStack::Level::Area
                                  : page == team_ ? DrillStack::Level::Team
                                                  : DrillStack::Level::Rep;
  if (const QString key = defaultDrillKey(level); !key.isEmpty()) openDrill(daily_, level, key);
}

QString MainWindow::defaultDrillKey(DrillStack::Level level) const {
  // The filter's own team or area first: a page under a team filter opens on that team.
  const kpi::KpiFilters f = filters_->query().filters;
  if (level == DrillStack::Level::Team && f.teams.size() == 1) return QString::fromStdString(f.teams.front());
  if (level == DrillStack::Level::Area && f.areas.size() == 1) return QString::fromStdString(f.areas.front());
  const kpi::Dimension dimension = level == DrillStack::Level::Area   ? kpi::Dimension::Area
                                   : level == DrillStack::Level::Team ? kpi::Dimension::Team
                                                                      : kpi::Dimension::Rep;
  if (const auto& data = daily_->data()) {
    // The first alert about that level, else the busiest area or the top of the leaderboard.
    for (const kpi::Alert& a : data->alerts)
      if (a.dimension == dimension) return QString::fromStdString(a.member);
    if (level == DrillStack::Level::Rep && !data->reps.empty())
      return QString::fromStdString(data->reps.front().dims.front().text);
    if (level == DrillStack::Level::Area) {
      const auto busiest = std::max_element(data->areas.begin(), data->areas.end(), [](const auto& a, const auto& b) {
        return charts::kpiNumber(a.now.value(KpiId::visits)).value_or(0) <
               charts::kpiNumber(b.now.value(KpiId::visits)).value_or(0);
      });
      if (busiest != data->areas.end()) return QString::fromStdString(busiest->dims.front().text);
    }
  }
  // Before the daily start has loaded (a window opened on this page): the first of the page's picker.
  return level == DrillStack::Level::Team  ? team_->firstMember()
         : level == DrillStack::Level::Rep ? rep_->firstMember()
                                           : area_->firstArea();
}

void MainWindow::showDrillTop() {
  const DrillStack::Entry top = drill_->top();
  switch (top.level) {
    case DrillStack::Level::Root:
      if (drillRoot_) showPage(drillRoot_);
      break;
    case DrillStack::Level::Area:
      if (area_->area() != top.key) area_->showArea(top.key);
      showPage(area_);
      break;
    case DrillStack::Level::Team:
    case DrillStack::Level::Rep: {
      SlicePage* page = top.level == DrillStack::Level::Team ? team_ : rep_;
      if (page->member() != top.key) page->showMember(top.key);
      showPage(page);
      break;
    }
  }
}

ImportDialog* MainWindow::openImportDialog(const QStringList& files) {
  auto* dialog = new ImportDialog(session_.path(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ImportDialog::imported, &session_, &StoreSession::notifyChanged);
  dialog->addFiles(files);
  dialog->show();
  return dialog;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  settings::windowGeometry.set(saveGeometry());
  settings::windowState.set(saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::showReadOnly(QAction* importAction) {
  // The store layer's reason is English; a team server's, the one reason every server window has, is
  // said here in the window's language.
  const QString reason =
      session_.onServer() ? tr("a team server, import with salesops-cli --db URL import") : session_.readOnlyReason();
  const QString why = tr("The store is read-only: %1. Importing is off; the data can be viewed.").arg(reason);
  importAction->setEnabled(false);
  importAction->setToolTip(why);
  importAction->setStatusTip(why);
  setAcceptDrops(false);
  auto* label = new QLabel(tr("Read-only"), this);
  label->setObjectName("readOnly");
  label->setToolTip(why);
  label->setAccessibleDescription(why);
  statusBar()->addPermanentWidget(label);
  // A file that cannot be written is a surprise worth the status line; a team server is always
  // read-only here, and its long reason would be cut beside who is signed in (its label says it).
  if (!session_.onServer()) statusBar()->showMessage(why);
}

void MainWindow::dropEvent(QDropEvent* event) {
  if (session_.readOnly()) return;
  QStringList paths;
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile()) paths << url.toLocalFile();
  if (!paths.isEmpty()) openImportDialog(paths);
}

}  // namespace salesops::ui
