// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/charts/SeriesColors.h"

#include <array>
#include <cstdint>

namespace salesops::charts {
namespace {

// Tableau 10 without its grey (kept for "Other"), then a darker teal: distinguishable on light and
// dark backgrounds and for the common colour-vision deficiencies.
constexpr std::array<QRgb, 10> kPalette = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                           0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x2f7f7a};

}  // namespace

QColor seriesColor(const QString& member) {
  // Channels are few and appear everywhere: each its own colour.
  if (member == QLatin1String("d2d")) return QColor(kPalette[0]);
  if (member == QLatin1String("htl")) return QColor(kPalette[1]);
  if (member == QLatin1String("promo_bus")) return QColor(kPalette[4]);
  // FNV-1a over UTF-16: unlike qHash it has no per-process seed, so a name keeps its colour between
  // runs and between the window and the command line.
  uint32_t h = 2166136261u;
  for (QChar c : member) {
    h ^= c.unicode();
    h *= 16777619u;
  }
  return QColor(kPalette[h % kPalette.size()]);
}

QColor seriesColor(const QString& member, const QStringList& members) {
  if (member == QLatin1String("d2d") || member == QLatin1String("htl") || member == QLatin1String("promo_bus"))
    return seriesColor(member);
  const qsizetype at = members.indexOf(member);
  return at < 0 ? seriesColor(member) : QColor(kPalette[static_cast<size_t>(at) % kPalette.size()]);
}

QColor otherSeriesColor() { return QColor(0xba, 0xb0, 0xac); }

QColor totalSeriesColor() { return QColor(0x1f, 0x77, 0xb4); }

}  // namespace salesops::charts
