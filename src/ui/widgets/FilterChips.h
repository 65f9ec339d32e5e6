// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;

namespace salesops::ui {

class FilterBar;

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

/// The period and the non-default filters in one line, for chart titles and export subtitles:
/// "27 Nov 2026 · Team: Zuid".
QString filterSummary(const FilterBar& filters);
/// `title` with filterSummary() under it, smaller ("Orders per rep<br><small>27 Nov 2026 · Team:
/// Zuid</small>"): a chart's title in an export, and on screen when a filter is set.
QString titleWithFilters(const QString& title, const FilterBar& filters);
/// The same for a file name: "2026-11-27-team-zuid", "2026-11-02-2026-11-29".
QString filterFileSuffix(const FilterBar& filters);

}  // namespace salesops::ui
