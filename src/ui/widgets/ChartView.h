// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <optional>

#include "widgets/FilterChips.h"

#include "salesops/charts/ChartExport.h"
#include "salesops/core/Result.h"

class QMenu;

namespace salesops::ui {

/// A chart view whose context menu exports the chart: as PNG, SVG or PDF (asking size and file)
/// or as an image on the clipboard, for pasting into slides. Exports draw the chart the window
/// shows, through the scene, without animation.
class ChartView : public QChartView {
  Q_OBJECT
 public:
  explicit ChartView(QWidget* parent = nullptr);

  /// The context menu: actions exportPng, exportSvg, exportPdf and copyChart (object names).
  QMenu* createExportMenu(QWidget* parent);
  /// Asks format (preselected), size and file name, then writes; errors are shown in a message box.
  void exportInteractively(std::optional<charts::ImageFormat> format = std::nullopt);
  /// The same with a choice of charts (a page's), `selected` first.
  static void exportInteractively(const QList<ChartView*>& views, ChartView* selected,
                                  std::optional<charts::ImageFormat> format = std::nullopt);
  /// Writes the chart to `path` (format by suffix) at `pixels`.
  Result<void> exportTo(const QString& path, const QSize& pixels);
  /// Shows `chart` and deletes the one shown before (a view does not own its chart).
  void replaceChart(QChart* chart);
  /// Shows `chart` with its hover texts (charts/ChartHover.h) as tooltips on its bars, points and
  /// cells. Hides QChartView::setChart (not virtual): every page sets charts through a ChartView.
  void setChart(QChart* chart);
  /// The hover text last shown (empty when the pointer left), for tests and accessibility.
  const QString& hoverText() const { return hoverText_; }
  /// Puts the chart on the clipboard as an image at twice the shown size (sharp on a slide).
  void copyToClipboard();
  /// A file name without folder for exports of this chart: its object name, else its title.
  QString suggestedFileName() const;
  /// The chart's own title, without the filter line the view shows under it.
  const QString& title() const { return title_; }
  /// The period the next chart set shows when it is not its page's (a trend's weeks on the daily
  /// start); nullopt: the page's.
  void setPeriod(std::optional<Period> period) { period_ = period; }
  /// The line under the title on a page with filters: the chart's period and the filters in force
  /// ("3 Dec 2026 · Team: Zuid"); nullopt on a page without filters.
  std::optional<ShownFilters> shownFilters() const;

 protected:
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  void connectHover(QChart* chart);
  void showHover(const QString& text);
  QString hoverText_;
  QString title_;
  std::optional<Period> period_;
};

}  // namespace salesops::ui
