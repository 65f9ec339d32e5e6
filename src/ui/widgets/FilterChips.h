// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "widgets/FilterBar.h"

class QHBoxLayout;

namespace salesops::ui {

/// A chip for every filter of the bar that is not at its default, each with a cross that puts it
/// back, and Reset for all: the filter is remembered between runs, so it must show. Hidden when
/// every filter is at its default.
class FilterChips : public QWidget {
  Q_OBJECT
 public:
  explicit FilterChips(FilterBar& filters, QWidget* parent = nullptr);
  /// The chips' texts, in order.
  QStringList texts() const;

 private:
  void rebuild();

  FilterBar& filters_;
  QHBoxLayout* chips_;
};

/// What a chart or table shows: its period and the filters in force ("Team: Zuid"), for the line
/// under its title and its exports. Usually the filter bar's (shownBy()); a page may show another
/// period (a trend's wider window) or another member than the bar's (a team page's team).
struct ShownFilters {
  Period period;
  QList<FilterBar::Active> filters;  ///< without the period
};
/// The filter bar's period and non-default filters.
ShownFilters shownBy(const FilterBar& filters);

/// The period and the filters in one line, for chart titles and export subtitles: "27 Nov 2026 ·
/// Team: Zuid", "2 Nov – 29 Nov 2026".
QString filterSummary(const ShownFilters& shown);
QString filterSummary(const FilterBar& filters);
/// `title` with filterSummary() under it, smaller ("Orders per rep<br><small>27 Nov 2026 · Team:
/// Zuid</small>"): a chart's title on screen and in an export.
QString titleWithFilters(const QString& title, const ShownFilters& shown);
/// The same for a file name: "2026-11-27-team-zuid", "2026-11-02-2026-11-29".
QString filterFileSuffix(const ShownFilters& shown);

}  // namespace salesops::ui
