// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

#include "widgets/FilterChips.h"
#include "window/StoreSession.h"

class QLabel;

namespace salesops::ui {

class FilterBar;

/// A page of the window that shows what it reads from the store (as KMyMoney's KMyMoneyViewBase):
/// the one place that loads in the background, drops results a newer load has overtaken, lets a
/// hidden page wait until it is shown, and says when the store cannot be read.
///
/// A page that follows the filter bar reloads on its changed() only: the bar re-reads its choices
/// after every import and then emits changed() once, so an import is one load, not two. A page
/// without filters (data quality, imports) reloads on the session's dataChanged().
/// The filter bar that the page holding `widget` follows, once the bar is ready; nullptr outside a
/// page or on a page without filters (data quality, imports), whose charts and tables no filter
/// narrows: their titles and exports then name no period or filter.
FilterBar* filtersFollowedBy(const QWidget* widget);
/// What the page holding `widget` shows (Page::shown()), for the line under a chart's title and a
/// table's export; nullopt where filtersFollowedBy() is nullptr.
std::optional<ShownFilters> shownFiltersOf(const QWidget* widget);

class Page : public QWidget {
  Q_OBJECT
 public:
  /// `filters`: the bar the page follows; nullptr for a page that does not depend on it.
  Page(StoreSession& session, FilterBar* filters, QWidget* parent = nullptr);

  /// Loads started since the page was made (a test counts them: one per import or filter change).
  int loadsStarted() const { return loadsStarted_; }
  /// Whether a change arrived while the page was hidden: it loads when shown.
  bool stale() const { return stale_; }
  /// Reads of the current load are still out (loaded() follows).
  bool loading() const { return pending_ > 0; }
  /// Ctrl+E: the chart or table that has the focus, else a choice of the page's charts (the first
  /// preselected), else its first table. False when the page has neither.
  bool exportContent(QWidget* focus);

 public slots:
  /// Loads now, shown or not (an explicit request); does nothing before the filter bar is ready.
  void reload();

 signals:
  /// Every read the last load started is shown.
  void loaded();

 protected:
  /// Starts the page's reads with read(); called by reload().
  virtual void startLoad() = 0;

  /// Runs `work` on a worker thread; `show` gets its value on the UI thread, unless a newer load
  /// started meanwhile. An error is shown above the page instead. loaded() follows when the last
  /// read of the load is in.
  template <class R>
  void read(std::function<Result<R>(kpi::ReadSession&)> work, std::function<void(R&)> show) {
    const int generation = generation_;
    ++pending_;
    session_.read<R>(this, std::move(work), [this, generation, show = std::move(show)](Result<R> r) {
      if (generation != generation_) return;  // a newer load is on its way
      if (r)
        show(*r);
      else
        showProblem(QString::fromStdString(r.error().message));
      finishRead();
    });
  }

  /// Makes `content` the page, below the line that names a store problem; `scrolling` when the
  /// window may be smaller than it (a dashboard page at 1366x768), without a frame.
  void setContent(QWidget* content, bool scrolling);
  /// Loads now if the page is shown, else when it is next shown (hidden pages do not compete with
  /// the shown one for the store).
  void reloadWhenShown();
  void showEvent(QShowEvent* event) override;

  StoreSession& session() const { return session_; }
  /// The filter bar; nullptr for a page without filters.
  FilterBar* filters() const { return filters_; }
  /// The period and filters of what the page shows, as its charts and exports name them: the
  /// filter bar's, unless the page shows another period or member (it overrides this then).
  /// Called only on a page with a ready filter bar.
  virtual ShownFilters shown() const;
  /// `shown` with the member of filter `key` (team, area or rep) in place of the bar's choice at
  /// that level, or first when the bar has none: what a drill page shows.
  static ShownFilters withMember(ShownFilters shown, const QString& key, const QString& member);
  friend std::optional<ShownFilters> shownFiltersOf(const QWidget* widget);
  /// The period the page shows when it is not the filter bar's (a trend's window, the cancellation
  /// weeks); nullopt: the bar's. Set it before the charts are rebuilt.
  void setShownPeriod(std::optional<Period> period) { shownPeriod_ = period; }
  friend FilterBar* filtersFollowedBy(const QWidget* widget);
  /// What the page holding `widget` shows (Page::shown()), for the line under a chart's title and a
  /// table's export; nullopt where filtersFollowedBy() is nullptr.
  std::optional<ShownFilters> shownFiltersOf(const QWidget* widget);

 private:
  void showProblem(const QString& message);
  void finishRead();

  StoreSession& session_;
  FilterBar* filters_;
  QLabel* problem_;
  int generation_ = 0;
  int pending_ = 0;
  int loadsStarted_ = 0;
  bool stale_ = false;
  std::optional<Period> shownPeriod_;
};

}  // namespace salesops::ui
