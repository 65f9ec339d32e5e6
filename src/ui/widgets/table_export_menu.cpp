// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/table_export_menu.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include "dialogs/export_paths.h"
#include "dialogs/plain_message.h"
#include "pages/Page.h"
#include "widgets/FilterChips.h"
#include "window/appearance.h"

#include "salesops/charts/TableExport.h"

namespace salesops::ui {
namespace {

constexpr const char* kInstalled = "salesopsTableExport";

}  // namespace

bool hasTableExportMenu(const QAbstractItemView* view) { return view && view->property(kInstalled).toBool(); }

void installTableExportMenu(QAbstractItemView* view) {
  if (!view || hasTableExportMenu(view) || view->contextMenuPolicy() != Qt::DefaultContextMenu) return;
  view->setProperty(kInstalled, true);
  view->setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint& pos) {
    QMenu* menu = createTableExportMenu(view, view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(pos));
  });
}

void installTableExportMenus(QWidget* root) {
  if (!root) return;
  for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>())
    if (view->inherits("QTableView")) installTableExportMenu(view);
}

QMenu* createTableExportMenu(QAbstractItemView* view, QWidget* parent) {
  auto* menu = new QMenu(parent);
  QAction* xlsx = menu->addAction(QCoreApplication::translate("TableExportMenu", "Export as &XLSX\u2026"));
  xlsx->setObjectName("exportXlsx");
  QObject::connect(xlsx, &QAction::triggered, view, [view] { exportTableInteractively(view, "xlsx"); });
  QAction* csv = menu->addAction(QCoreApplication::translate("TableExportMenu", "Export as &CSV\u2026"));
  csv->setObjectName("exportCsv");
  QObject::connect(csv, &QAction::triggered, view, [view] { exportTableInteractively(view, "csv"); });
  return menu;
}

void exportTableInteractively(QAbstractItemView* view, const QString& suffix) {
  if (!view || !view->model()) return;
  const QString xlsx = QCoreApplication::translate("TableExportMenu", "Excel workbooks (*.xlsx)");
  const QString csv = QCoreApplication::translate("TableExportMenu", "CSV files, UTF-8 (*.csv)");
  QString name = fileNameFrom(view->objectName().isEmpty() ? QCoreApplication::translate("TableExportMenu", "table")
                                                           : view->objectName());
  // The period and filters in the name, as a chart's: a CSV has no room for them inside.
  if (const auto shown = shownFiltersOf(view)) name += "-" + filterFileSuffix(*shown);
  const QString path = askExportPath(view->window(), QCoreApplication::translate("TableExportMenu", "Export table"),
                                     name, suffix, suffix == "csv" ? csv + ";;" + xlsx : xlsx + ";;" + csv);
  if (path.isEmpty()) return;
  if (auto r = exportTableTo(*view, path); !r)
    warnPlain(view->window(), QCoreApplication::translate("TableExportMenu", "Export table"),
              QString::fromStdString(r.error().message));
  else if (auto* main = qobject_cast<QMainWindow*>(view->window()))  // as a chart's export says it
    main->statusBar()->showMessage(
        QCoreApplication::translate("TableExportMenu", "Table saved to %1").arg(QDir::toNativeSeparators(path)), 15000);
}

charts::ExportTable exportTableOf(const QAbstractItemView& view) {
  charts::ExportTable table = charts::modelExportTable(*view.model());
  table.sheetName =
      view.objectName().isEmpty() ? QCoreApplication::translate("TableExportMenu", "Table") : view.objectName();
  // The period and filters the rows are of, as a chart export says them under its title.
  if (const auto shown = shownFiltersOf(&view)) table.subtitle = filterSummary(*shown);
  return table;
}

Result<void> exportTableTo(const QAbstractItemView& view, const QString& path) {
  if (!view.model()) return makeError("the table has no rows");
  return charts::writeTable(exportTableOf(view), path, csvDialectFor());
}

}  // namespace salesops::ui
