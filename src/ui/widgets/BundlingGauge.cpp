// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BundlingGauge.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace salesops::ui {
namespace {
constexpr int kBar = 16;
const QColor kFill("#0969da");
const QColor kReached("#1a7f37");
const QColor kMarker("#cf222e");
}  // namespace

BundlingGauge::BundlingGauge(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BundlingGauge::setValues(const QString& title, std::optional<double> value, std::optional<double> marker,
                              const QString& markerLabel, const QString& caption) {
  title_ = title;
  value_ = value;
  marker_ = marker;
  markerLabel_ = markerLabel;
  caption_ = caption;
  setToolTip(caption);
  updateGeometry();
  update();
}

QSize BundlingGauge::sizeHint() const {
  const QFontMetrics fm(font());
  return {360, fm.height() * 4 + kBar + 12};
}

QSize BundlingGauge::minimumSizeHint() const { return {220, sizeHint().height()}; }

void BundlingGauge::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const QFontMetrics fm(font());
  const int line = fm.height();
  const QRect area = rect().adjusted(1, 0, -1, 0);
  // The title, the marker's label (on its own line, above the marker), the bar, the caption.
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.setPen(palette().color(QPalette::WindowText));
  p.drawText(QRect(area.left(), 0, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, title_);
  p.setFont(font());

  const QRect bar(area.left(), 2 * line + 6, area.width(), kBar);
  QPainterPath track;
  track.addRoundedRect(bar, 3, 3);
  p.fillPath(track, palette().color(QPalette::Midlight));
  if (value_) {
    const double v = std::clamp(*value_, 0.0, 1.0);
    const bool reached = marker_ && *value_ >= *marker_;
    QPainterPath filled;
    filled.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * v, bar.height()), 3, 3);
    p.fillPath(filled, reached ? kReached : kFill);
  }
  if (marker_) {
    const int x = bar.left() + static_cast<int>(std::clamp(*marker_, 0.0, 1.0) * bar.width());
    p.setPen(QPen(kMarker, 2));
    p.drawLine(x, bar.top() - 5, x, bar.bottom() + 3);
    const int w = fm.horizontalAdvance(markerLabel_);
    const int left = std::clamp(x - w / 2, area.left(), area.right() - w);
    p.drawText(QRect(left, line + 1, w, line), Qt::AlignCenter, markerLabel_);
  }
  p.setPen(palette().color(QPalette::WindowText));
  p.drawText(QRect(area.left(), bar.bottom() + 4, area.width(), line * 2),
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption_);
}

}  // namespace salesops::ui
