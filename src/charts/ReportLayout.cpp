// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/ReportLayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace salesops::charts {
namespace {

const QColor kHeaderFill(0xe4, 0xea, 0xf2);
const QColor kStripe(0xf4, 0xf6, 0xf9);
const QColor kRule(0x8a, 0x99, 0xad);

// Column edges across `width`, from the columns' relative widths.
std::vector<double> columnEdges(const std::vector<ReportColumn>& columns, double width) {
  const double total =
      std::accumulate(columns.begin(), columns.end(), 0.0, [](double s, const ReportColumn& c) { return s + c.width; });
  std::vector<double> edges{0};
  for (const ReportColumn& c : columns) edges.push_back(edges.back() + width * c.width / total);
  return edges;
}

void drawCells(QPainter& p, const QRectF& r, const std::vector<ReportColumn>& columns, const std::vector<double>& edges,
               const QStringList& cells, double pad) {
  const QFontMetricsF metrics(p.font(), p.device());
  for (size_t c = 0; c < columns.size() && c < static_cast<size_t>(cells.size()); ++c) {
    const QRectF cell(r.left() + edges[c] + pad, r.top(), edges[c + 1] - edges[c] - 2 * pad, r.height());
    // A cell too narrow for its text shows an ellipsis rather than running into its neighbour.
    const QString text = metrics.elidedText(cells[static_cast<qsizetype>(c)], Qt::ElideRight, cell.width());
    p.drawText(cell, static_cast<int>(columns[c].align | Qt::AlignVCenter), text);
  }
}

}  // namespace

ReportLayout::ReportLayout(QPaintDevice& device, const QRectF& body, ReportFonts fonts)
    : device_(device), body_(body), fonts_(std::move(fonts)) {
  mm_ = device.logicalDpiX() / 25.4;
}

double ReportLayout::rowHeight() const { return QFontMetricsF(fonts_.body, &device_).height() * 1.45; }

void ReportLayout::newPage() {
  ++page_;
  y_ = 0;
}

void ReportLayout::pageBreak() {
  if (y_ > 0) newPage();
}

void ReportLayout::breakPage() {
  // Headings and table headers at the foot of the page go along to the next one, unless they are
  // all the page holds (then moving them would only leave an empty page behind).
  size_t firstKept = placed_.size();
  while (firstKept > 0 && placed_[firstKept - 1].page == page_ && placed_[firstKept - 1].keepWithNext) --firstKept;
  const bool othersOnPage = firstKept > 0 && placed_[firstKept - 1].page == page_;
  if (!othersOnPage) firstKept = placed_.size();
  newPage();
  for (size_t i = firstKept; i < placed_.size(); ++i) {
    placed_[i].page = page_;
    placed_[i].rect.moveTop(y_);
    y_ += placed_[i].rect.height();
  }
}

void ReportLayout::place(double height, Paint paint, bool keepWithNext) {
  height = std::min(height, body_.height());
  if (y_ > 0 && y_ + height > body_.height()) breakPage();
  placed_.push_back({page_, QRectF(0, y_, body_.width(), height), std::move(paint), keepWithNext});
  y_ += height;
}

void ReportLayout::addBlock(double height, Paint paint) { place(height, std::move(paint), false); }

void ReportLayout::addSpace(double height) {
  // Space at the top of a page is wasted: a new page starts at the top anyway.
  if (y_ <= 0) return;
  y_ = std::min(y_ + height, body_.height());
}

void ReportLayout::addHeading(const QString& text) {
  const QFont font = fonts_.heading;
  const double h = QFontMetricsF(font, &device_).height() * 1.7;
  place(
      h,
      [font, text, mm = mm_](QPainter& p, const QRectF& r) {
        p.setFont(font);
        p.setPen(QColor(0x1f, 0x3a, 0x5f));
        p.drawText(r.adjusted(0, 0, 0, -1.5 * mm), Qt::AlignLeft | Qt::AlignBottom, text);
        p.setPen(QPen(kRule, 0.3 * mm));
        p.drawLine(QPointF(r.left(), r.bottom() - 0.8 * mm), QPointF(r.right(), r.bottom() - 0.8 * mm));
      },
      true);
}

void ReportLayout::addParagraph(const QString& text, const QFont* font, const QColor& color) {
  const QFont f = font ? *font : fonts_.body;
  const QFontMetricsF metrics(f, &device_);
  const QRectF bounds = metrics.boundingRect(QRectF(0, 0, body_.width(), 1e6), Qt::TextWordWrap, text);
  place(
      bounds.height() + metrics.height() * 0.4,
      [f, text, color](QPainter& p, const QRectF& r) {
        p.setFont(f);
        p.setPen(color.isValid() ? color : QColor(Qt::black));
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
      },
      false);
}

void ReportLayout::addTable(const ReportTable& table, const QString& continued) {
  const double rowH = rowHeight();
  const double pad = 1.5 * mm_;
  const double width = body_.width() * std::clamp(table.width, 0.1, 1.0);
  const auto edges = columnEdges(table.columns, width);
  QFont headerFont = fonts_.body;
  headerFont.setBold(true);
  QStringList titles;
  // Column titles wrap rather than lose their end: the header is as tall as its tallest title.
  const QFontMetricsF headerMetrics(headerFont, &device_);
  double headerH = rowH;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    titles << table.columns[c].title;
    const QRectF cell(0, 0, edges[c + 1] - edges[c] - 2 * pad, 1e6);
    headerH = std::max(headerH, headerMetrics.boundingRect(cell, Qt::TextWordWrap, titles.back()).height() + rowH -
                                    headerMetrics.height());
  }
  const Paint header = [=, columns = table.columns, mm = mm_](QPainter& p, const QRectF& full) {
    const QRectF r(full.left(), full.top(), width, full.height());
    p.fillRect(r, kHeaderFill);
    p.setFont(headerFont);
    p.setPen(Qt::black);
    for (size_t c = 0; c < columns.size(); ++c) {
      const QRectF cell(r.left() + edges[c] + pad, r.top(), edges[c + 1] - edges[c] - 2 * pad, r.height() - 0.8 * mm);
      p.drawText(cell, static_cast<int>(columns[c].align | Qt::AlignBottom | Qt::TextWordWrap), titles[c]);
    }
    p.setPen(QPen(kRule, 0.3 * mm));
    p.drawLine(r.bottomLeft(), r.bottomRight());
  };
  // A table starts where its header and a few rows fit, so a header never stands alone.
  const size_t firstRows = std::min<size_t>(table.rows.size(), 3);
  if (y_ > 0 && y_ + headerH + static_cast<double>(firstRows) * rowH > body_.height()) breakPage();
  place(headerH, header, true);
  const QFont bodyFont = fonts_.body;
  const QFont smallFont = fonts_.small;
  for (size_t i = 0; i < table.rows.size(); ++i) {
    // The first row may take the header along to the next page (place() does that); later rows
    // that start a page repeat the header above them, under a line saying whose table it is.
    if (i > 0 && y_ + rowH > body_.height()) {
      newPage();
      if (!continued.isEmpty())
        place(
            QFontMetricsF(smallFont, &device_).height() * 1.6,
            [smallFont, continued](QPainter& p, const QRectF& r) {
              p.setFont(smallFont);
              p.setPen(QColor(0x5b, 0x66, 0x73));
              p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, continued);
            },
            true);
      place(headerH, header, true);
    }
    const ReportRow& row = table.rows[i];
    place(
        rowH,
        [=, columns = table.columns, stripe = i % 2 == 1](QPainter& p, const QRectF& full) {
          const QRectF r(full.left(), full.top(), width, full.height());
          if (stripe) p.fillRect(r, kStripe);
          QFont f = bodyFont;
          f.setBold(row.bold);
          p.setFont(f);
          p.setPen(row.color.isValid() ? row.color : QColor(Qt::black));
          drawCells(p, r, columns, edges, row.cells, pad);
        },
        false);
  }
}

int ReportLayout::blocksOn(int page) const {
  return static_cast<int>(
      std::count_if(placed_.begin(), placed_.end(), [page](const Placed& p) { return p.page == page; }));
}

void ReportLayout::paint(QPagedPaintDevice& device, QPainter& painter,
                         const std::function<void(QPainter&, int, int)>& decorate) const {
  const int pages = pageCount();
  size_t next = 0;
  for (int page = 0; page < pages; ++page) {
    if (page > 0) device.newPage();
    painter.save();
    decorate(painter, page + 1, pages);
    painter.restore();
    for (; next < placed_.size() && placed_[next].page == page; ++next) {
      painter.save();
      placed_[next].paint(painter, placed_[next].rect.translated(body_.topLeft()));
      painter.restore();
    }
  }
}

}  // namespace salesops::charts
