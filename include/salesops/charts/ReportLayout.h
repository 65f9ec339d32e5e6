// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace salesops::charts {

/// One column of a ReportTable: numbers are right-aligned so their digits line up.
struct ReportColumn {
  QString title;
  double width = 1;  ///< relative to the other columns
  Qt::Alignment align = Qt::AlignLeft;
};

struct ReportRow {
  QStringList cells;
  QColor color = QColor();  ///< text colour; invalid = the table's
  bool bold = false;        ///< totals
};

struct ReportTable {
  std::vector<ReportColumn> columns;
  std::vector<ReportRow> rows;
  double width = 1;  ///< share of the body width
};

/// The fonts of a report, in points.
struct ReportFonts {
  QFont heading;
  QFont body;
  QFont small;
};

/// Lays a report out in pages before anything is painted, so every page can say "n / N".
///
/// Content is added top to bottom as blocks of known height; a block that does not fit on what is
/// left of the page starts a new one, a heading moves along with the block after it, and a table is
/// split between rows, its header repeated on every page, so no row is ever cut off. paint() then
/// draws page after page and lets the caller add the header and footer of each.
class ReportLayout {
 public:
  using Paint = std::function<void(QPainter&, const QRectF&)>;

  /// `body` is the part of each page between header and footer, in the device's units; fonts are
  /// measured on `device`.
  ReportLayout(QPaintDevice& device, const QRectF& body, ReportFonts fonts);

  const QRectF& body() const { return body_; }
  const ReportFonts& fonts() const { return fonts_; }
  /// Device units per millimetre.
  double mm() const { return mm_; }
  /// What is left of the current page.
  double remaining() const { return body_.height() - y_; }

  /// A block `height` high over the full body width. A block taller than a page is shrunk to one
  /// page; callers keep their blocks at most body().height().
  void addBlock(double height, Paint paint);
  /// A section title; never the last thing on a page.
  void addHeading(const QString& text);
  /// Word-wrapped text in `font` (the body font when omitted), `color` (black when invalid).
  void addParagraph(const QString& text, const QFont* font = nullptr, const QColor& color = QColor());
  void addSpace(double height);
  /// Rows across as many pages as they need, the header on each; `continued` (e.g. "Areas,
  /// continued") is printed above the header on the pages after the first.
  void addTable(const ReportTable& table, const QString& continued = QString());
  /// The next block starts a page (nothing happens on an empty page).
  void pageBreak();

  int pageCount() const { return page_ + 1; }
  /// Number of blocks placed on page `page` (0-based), for tests of the pagination.
  int blocksOn(int page) const;

  /// Draws the pages on `device` (a QPdfWriter) through `painter`, which is active on it.
  /// `decorate(painter, page, pages)` draws each page's header and footer, with 1-based page numbers.
  void paint(QPagedPaintDevice& device, QPainter& painter,
             const std::function<void(QPainter&, int, int)>& decorate) const;

  /// Height of one table row in the body font.
  double rowHeight() const;

 private:
  struct Placed {
    int page = 0;
    QRectF rect;
    Paint paint;
    bool keepWithNext = false;
  };
  void place(double height, Paint paint, bool keepWithNext);
  void newPage();
  /// A new page that takes the headings waiting at the foot of this one along.
  void breakPage();

  QPaintDevice& device_;
  QRectF body_;
  ReportFonts fonts_;
  double mm_ = 1;
  std::vector<Placed> placed_;
  int page_ = 0;
  double y_ = 0;
};

}  // namespace salesops::charts
