// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/page_export.h"

#include <QAbstractItemView>
#include <QList>

#include "widgets/ChartView.h"
#include "widgets/table_export_menu.h"

namespace salesops::ui {
namespace {

template <class T>
T* enclosing(QWidget* w, QWidget* page) {
  for (; w && w != page; w = w->parentWidget())
    if (auto* t = qobject_cast<T*>(w)) return t;
  return nullptr;
}

}  // namespace

bool exportFromPage(QWidget* page, QWidget* focus) {
  if (!page) return false;
  QList<ChartView*> charts;
  for (ChartView* view : page->findChildren<ChartView*>())
    if (view->isVisibleTo(page)) charts << view;
  const bool focusInPage = focus && page->isAncestorOf(focus);
  if (auto* table = focusInPage ? enclosing<QAbstractItemView>(focus, page) : nullptr;
      table && hasTableExportMenu(table)) {
    exportTableInteractively(table);
    return true;
  }
  if (!charts.isEmpty()) {
    ChartView* focused = focusInPage ? enclosing<ChartView>(focus, page) : nullptr;
    ChartView::exportInteractively(charts, focused ? focused : charts.front());
    return true;
  }
  for (QAbstractItemView* table : page->findChildren<QAbstractItemView*>())
    if (hasTableExportMenu(table) && table->isVisibleTo(page)) {
      exportTableInteractively(table);
      return true;
    }
  return false;
}

}  // namespace salesops::ui
