// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/Page.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QList>
#include <QScrollArea>
#include <QVBoxLayout>

#include "widgets/ChartView.h"
#include "widgets/FilterBar.h"
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

FilterBar* filtersFollowedBy(const QWidget* widget) {
  for (const QWidget* w = widget; w; w = w->parentWidget())
    if (auto* page = qobject_cast<const Page*>(w)) {
      FilterBar* bar = page->filters();
      return bar && bar->ready() ? bar : nullptr;
    }
  return nullptr;
}

std::optional<ShownFilters> shownFiltersOf(const QWidget* widget) {
  for (const QWidget* w = widget; w; w = w->parentWidget())
    if (auto* page = qobject_cast<const Page*>(w)) {
      const FilterBar* bar = page->filters();
      if (!bar || !bar->ready()) return std::nullopt;
      return page->shown();
    }
  return std::nullopt;
}

ShownFilters Page::shown() const {
  ShownFilters s = shownBy(*filters_);
  if (shownPeriod_) s.period = *shownPeriod_;
  return s;
}

ShownFilters Page::withMember(ShownFilters shown, const QString& key, const QString& member) {
  if (member.isEmpty()) return shown;
  const FilterBar::Active mine{key, FilterBar::filterLabel(key, member)};
  // A rep's page leaves the team filter out (the rep is the choice; kpi::buildDrillPage).
  const QString replaced = key == "rep" ? QStringLiteral("team") : key;
  for (FilterBar::Active& a : shown.filters)
    if (a.key == replaced) {
      a = mine;
      return shown;
    }
  shown.filters.prepend(mine);
  return shown;
}

Page::Page(StoreSession& session, FilterBar* filters, QWidget* parent)
    : QWidget(parent), session_(session), filters_(filters), problem_(new QLabel(this)) {
  problem_->setObjectName("pageProblem");
  problem_->setWordWrap(true);
  problem_->setTextFormat(Qt::RichText);
  problem_->hide();
  if (filters_)
    connect(filters_, &FilterBar::changed, this, &Page::reloadWhenShown);
  else
    connect(&session_, &StoreSession::dataChanged, this, &Page::reloadWhenShown);
}

void Page::setContent(QWidget* content, bool scrolling) {
  auto* outer = new QVBoxLayout(this);
  outer->addWidget(problem_);
  if (scrolling) {
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
  } else {
    outer->addWidget(content, 1);
  }
}

void Page::reloadWhenShown() {
  if (isVisible())
    reload();
  else
    stale_ = true;
}

void Page::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) reload();
}

void Page::reload() {
  if (filters_ && !filters_->ready()) return;
  stale_ = false;
  ++generation_;
  ++loadsStarted_;
  pending_ = 0;
  problem_->hide();
  startLoad();
  if (pending_ == 0) emit loaded();  // nothing to read (a drill page with nothing picked yet)
}

void Page::showProblem(const QString& message) {
  problem_->setText(tr("<b>Cannot read the store:</b> %1").arg(message.toHtmlEscaped()));
  problem_->show();
}

void Page::finishRead() {
  if (--pending_ == 0) emit loaded();
}

bool Page::exportContent(QWidget* focus) {
  QList<ChartView*> charts;
  for (ChartView* view : findChildren<ChartView*>())
    if (view->isVisibleTo(this)) charts << view;
  const bool focusInPage = focus && isAncestorOf(focus);
  if (auto* table = focusInPage ? enclosing<QAbstractItemView>(focus, this) : nullptr;
      table && hasTableExportMenu(table)) {
    exportTableInteractively(table);
    return true;
  }
  if (!charts.isEmpty()) {
    ChartView* focused = focusInPage ? enclosing<ChartView>(focus, this) : nullptr;
    ChartView::exportInteractively(charts, focused ? focused : charts.front());
    return true;
  }
  for (QAbstractItemView* table : findChildren<QAbstractItemView*>())
    if (hasTableExportMenu(table) && table->isVisibleTo(this)) {
      exportTableInteractively(table);
      return true;
    }
  return false;
}

}  // namespace salesops::ui
