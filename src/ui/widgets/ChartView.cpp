// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartView.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolTip>
#include <QXYSeries>

#include "dialogs/ChartExportDialog.h"
#include "dialogs/export_paths.h"
#include "dialogs/plain_message.h"
#include "pages/Page.h"
#include "widgets/FilterBar.h"
#include "widgets/FilterChips.h"

#include "salesops/charts/ChartHover.h"

namespace salesops::ui {
namespace {

QString suffixOf(charts::ImageFormat f) {
  switch (f) {
    case charts::ImageFormat::Png:
      return QStringLiteral("png");
    case charts::ImageFormat::Svg:
      return QStringLiteral("svg");
    case charts::ImageFormat::Pdf:
      return QStringLiteral("pdf");
  }
  return {};
}

QString filterOf(charts::ImageFormat f) {
  switch (f) {
    case charts::ImageFormat::Png:
      return ChartView::tr("PNG images (*.png)");
    case charts::ImageFormat::Svg:
      return ChartView::tr("SVG drawings (*.svg)");
    case charts::ImageFormat::Pdf:
      return ChartView::tr("PDF documents (*.pdf)");
  }
  return {};
}

}  // namespace

ChartView::ChartView(QWidget* parent) : QChartView(parent) { setRenderHint(QPainter::Antialiasing); }

void ChartView::replaceChart(QChart* chart) {
  QChart* old = this->chart();
  setChart(chart);
  delete old;
}

void ChartView::setChart(QChart* chart) {
  QChartView::setChart(chart);
  hoverText_.clear();
  title_ = chart ? chart->title() : QString();
  if (!chart) return;
  connectHover(chart);
  // The period and filters of what the chart shows under its title, as in an export, also for the
  // default filter: a chart of eight weeks beside one of a day says which is which. Pages rebuild
  // their charts when the filter changes.
  if (const auto shown = shownFilters()) chart->setTitle(titleWithFilters(title_, *shown));
}

std::optional<ShownFilters> ChartView::shownFilters() const {
  std::optional<ShownFilters> shown = shownFiltersOf(this);
  if (shown && period_) shown->period = *period_;
  return shown;
}

void ChartView::showHover(const QString& text) {
  hoverText_ = text;
  if (text.isEmpty())
    QToolTip::hideText();
  else
    QToolTip::showText(QCursor::pos(), text, this);
}

void ChartView::connectHover(QChart* chart) {
  for (QAbstractSeries* series : chart->series()) {
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
      for (QBarSet* set : bars->barSets())
        connect(set, &QBarSet::hovered, this,
                [this, set](bool on, int index) { showHover(on ? charts::hoverText(set, index) : QString()); });
    } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
      connect(area, &QAreaSeries::hovered, this,
              [this, area](const QPointF&, bool on) { showHover(on ? charts::hoverText(area) : QString()); });
    } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
      // The signal gives the point on the line under the pointer: the text of the nearest point.
      connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF& at, bool on) {
        int nearest = -1;
        double best = 0;
        for (int i = 0; i < xy->count(); ++i)
          if (const double dx = std::abs(xy->at(i).x() - at.x()); nearest < 0 || dx < best) {
            nearest = i;
            best = dx;
          }
        showHover(on && nearest >= 0 ? charts::hoverText(xy, nearest) : QString());
      });
    }
  }
}

QMenu* ChartView::createExportMenu(QWidget* parent) {
  auto* menu = new QMenu(parent);
  const auto add = [&](const QString& text, const char* name, auto slot) {
    QAction* a = menu->addAction(text);
    a->setObjectName(QString::fromLatin1(name));
    connect(a, &QAction::triggered, this, slot);
  };
  add(tr("Export as &PNG\u2026"), "exportPng", [this] { exportInteractively(charts::ImageFormat::Png); });
  add(tr("Export as &SVG\u2026"), "exportSvg", [this] { exportInteractively(charts::ImageFormat::Svg); });
  add(tr("Export as P&DF\u2026"), "exportPdf", [this] { exportInteractively(charts::ImageFormat::Pdf); });
  menu->addSeparator();
  add(tr("&Copy to clipboard"), "copyChart", [this] { copyToClipboard(); });
  return menu;
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
  QMenu* menu = createExportMenu(this);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->popup(event->globalPos());
  event->accept();
}

QString ChartView::suggestedFileName() const {
  const QString base = fileNameFrom(!objectName().isEmpty() ? objectName() : title_);
  const auto shown = shownFilters();
  return shown ? base + "-" + filterFileSuffix(*shown) : base;
}

void ChartView::exportInteractively(std::optional<charts::ImageFormat> format) {
  exportInteractively({this}, this, format);
}

void ChartView::exportInteractively(const QList<ChartView*>& views, ChartView* selected,
                                    std::optional<charts::ImageFormat> format) {
  if (views.isEmpty()) return;
  QWidget* parent = (selected ? selected : views.front())->window();
  ChartExportDialog dialog(views, selected, format.value_or(charts::ImageFormat::Png), parent);
  if (dialog.exec() != QDialog::Accepted) return;
  ChartView* view = dialog.chart();
  const charts::ImageFormat chosen = dialog.format();
  const QString path =
      askExportPath(parent, tr("Export chart"), view->suggestedFileName(), suffixOf(chosen), filterOf(chosen));
  if (path.isEmpty()) return;
  if (auto r = view->exportTo(path, dialog.pixelSize()); !r)
    warnPlain(parent, tr("Export chart"), QString::fromStdString(r.error().message));
  else if (auto* main = qobject_cast<QMainWindow*>(parent))
    main->statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), 15000);
}

Result<void> ChartView::exportTo(const QString& path, const QSize& pixels) {
  if (!chart()) return makeError("no chart to export");
  // The file leaves the window and its filter bar: it says its period and filters under its title.
  const auto filters = shownFilters();
  if (!filters) return charts::exportChart(*chart(), path, pixels);
  const QString shown = chart()->title();
  chart()->setTitle(titleWithFilters(title_, *filters));
  auto r = charts::exportChart(*chart(), path, pixels);
  chart()->setTitle(shown);
  return r;
}

void ChartView::copyToClipboard() {
  if (!chart()) return;
  const QSize shown = size().expandedTo(QSize(16, 16));
  QApplication::clipboard()->setImage(charts::renderChartImage(*chart(), shown * 2, QSizeF(shown)));
}

}  // namespace salesops::ui
